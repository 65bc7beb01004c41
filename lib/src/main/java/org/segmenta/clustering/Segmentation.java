package org.segmenta.clustering;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.Table;

/**
 * The result of segmenting customers, whatever algorithm made it: which segment each customer is in, the segment
 * centroids in the original units, the within-cluster sum of squares, the features used, and the method with its
 * parameters. Profiles, charts and exports take this type and never care which algorithm produced it.
 *
 * <p>Segments are numbered {@code 0 .. k-1} in {@link #labels()} and shown to people as "Segment 1 .. k". They are
 * ordered by size, largest first (ties: the segment whose first customer comes first in the table), so the same
 * partition always gets the same numbers whatever order an algorithm happened to find it in.
 *
 * <p>WCSS (inertia) is measured in the space the algorithm saw, i.e. after scaling:
 * {@code WCSS = Σ_i ‖x_i − c_label(i)‖²}, where {@code c_s} is the mean of segment {@code s}.
 *
 * <p>Facts of the run: an iterative algorithm (k-means) also reports how many iterations its kept run took and whether
 * it converged ({@link #iterative()}, {@link #iterations()}, {@link #converged()}), and says in {@link #warnings()}
 * when its segments may not be final, as scikit-learn's {@code ConvergenceWarning} does. Hierarchical clustering and
 * hand-made labels have no iterations: it merges the closest clusters n − 1 times and always finishes.
 */
public final class Segmentation {

    private final String method;
    private final FeatureMatrix features;
    private final int[] labels;
    private final int k;
    private final int[] sizes;
    private final double[][] scaledCentroids;
    private final double[][] originalCentroids;
    private final double wcss;
    private final Map<String, Object> parameters;
    /** The k-means run that made these segments, or null for an algorithm that does not iterate. */
    private final KMeansRun run;

    private Segmentation(String method, FeatureMatrix features, int[] labels, int k, Map<String, Object> parameters,
                         KMeansRun run) {
        this.method = method;
        this.run = run;
        this.features = features;
        this.labels = labels;
        this.k = k;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        this.scaledCentroids = means(features::value, features.columns(), labels, sizes);
        this.originalCentroids = means(features::originalValue, features.columns(), labels, sizes);
        int p = features.columns();
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double[] centroid = scaledCentroids[labels[i]];
            double squared = 0;
            for (int j = 0; j < p; j++) {
                double d = features.value(i, j) - centroid[j];
                squared += d * d;
            }
            sum += squared;
        }
        this.wcss = sum;
    }

    /** Reads value (row, column) of a matrix without copying it. */
    @FunctionalInterface
    private interface Values {
        double get(int row, int column);
    }

    /**
     * Builds a segmentation from an algorithm's labels. Segments are renumbered by decreasing size; centroids and WCSS
     * are computed from the labels.
     *
     * @param method the algorithm's name as people should read it, e.g. {@code "k-means"} or {@code "Ward linkage"}
     * @param features the feature matrix that was clustered
     * @param labels one segment label per row of {@code features}, any non-negative integers
     * @param parameters the algorithm's settings (k, linkage, ...), shown in reports; iteration order is kept
     * @return a segmentation that is not {@link #iterative()}
     * @throws IllegalArgumentException if the labels do not match the rows, or a label is negative
     */
    public static Segmentation of(String method, FeatureMatrix features, int[] labels, Map<String, ?> parameters) {
        return of(method, features, labels, parameters, null);
    }

    /**
     * Builds the segmentation of a k-means fit: its labels (every one of the {@code run.k()} segments non-empty), its
     * settings as {@link #parameters()}, and the facts of its kept run.
     */
    static Segmentation ofKMeans(FeatureMatrix features, int[] labels, KMeansRun run) {
        return of("k-means", features, labels, run.parameters(), run);
    }

    private static Segmentation of(String method, FeatureMatrix features, int[] labels, Map<String, ?> parameters,
                                   KMeansRun run) {
        if (labels.length != features.rows()) {
            throw new IllegalArgumentException("got " + labels.length + " labels for " + features.rows() + " rows");
        }
        int maxLabel = Arrays.stream(labels).max().orElse(-1);
        if (Arrays.stream(labels).anyMatch(label -> label < 0)) {
            throw new IllegalArgumentException("segment labels must not be negative");
        }
        int[] count = new int[maxLabel + 1];
        int[] firstRow = new int[maxLabel + 1];
        Arrays.fill(firstRow, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            count[labels[i]]++;
            firstRow[labels[i]] = Math.min(firstRow[labels[i]], i);
        }
        Integer[] used = java.util.stream.IntStream.rangeClosed(0, maxLabel).filter(l -> count[l] > 0).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(used, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
                : Integer.compare(firstRow[a], firstRow[b]));
        int[] newLabel = new int[maxLabel + 1];
        for (int s = 0; s < used.length; s++) {
            newLabel[used[s]] = s;
        }
        int[] renumbered = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            renumbered[i] = newLabel[labels[i]];
        }
        return new Segmentation(method, features, renumbered, used.length, new LinkedHashMap<>(parameters), run);
    }

    private static double[][] means(Values x, int p, int[] labels, int[] sizes) {
        double[][] means = new double[sizes.length][p];
        for (int i = 0; i < labels.length; i++) {
            double[] mean = means[labels[i]];
            for (int j = 0; j < p; j++) {
                mean[j] += x.get(i, j);
            }
        }
        for (int s = 0; s < sizes.length; s++) {
            for (int j = 0; j < p; j++) {
                means[s][j] /= sizes[s];
            }
        }
        return means;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    /**
     * Checks that {@code customers} is a table of the customers that were segmented: one row per segmented customer,
     * in the same order (the table the features were built from). Profiles, charts and exports that read other
     * columns of the table call this first.
     *
     * @throws IllegalArgumentException if the row counts differ; the message names the table and both counts
     */
    public void requireRowsOf(Table customers) {
        if (customers.rowCount() != labels.length) {
            throw new IllegalArgumentException("table '" + customers.name() + "' has " + customers.rowCount()
                    + " rows but the segmentation has " + labels.length
                    + "; pass the table the features were built from.");
        }
    }

    /** @return the algorithm's name, e.g. {@code "k-means"} */
    public String method() {
        return method;
    }

    /** @return the feature matrix that was clustered */
    public FeatureMatrix features() {
        return features;
    }

    /** @return the number of segments */
    public int k() {
        return k;
    }

    /** @return a copy of the segment of each customer, {@code 0 .. k-1}, in table row order */
    public int[] labels() {
        return labels.clone();
    }

    /** @return the segment ({@code 0 .. k-1}) of customer {@code row} */
    public int segmentOf(int row) {
        return labels[row];
    }

    /** @return a copy of the number of customers in each segment, largest first */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The name a segment is shown under in tables, charts and messages: segment {@code s} ({@code 0 .. k-1}, as in
     * {@link #labels()}) is "Segment s+1".
     *
     * @param segment a segment index, {@code 0 .. k-1}
     * @return {@code "Segment " + (segment + 1)}, e.g. "Segment 1" for segment 0
     */
    public static String segmentLabel(int segment) {
        return "Segment " + (segment + 1);
    }

    /** @return the number of customers in segment {@code segment} */
    public int size(int segment) {
        return sizes[segment];
    }

    /**
     * @return the centroid (mean customer) of {@code segment} in the original units of the features: the average of
     *     its customers' original values (for one-hot columns, the share of the segment in that category). For
     *     affine scalings this is exactly the scaled centroid mapped back; under a log transform it is the arithmetic
     *     mean in original units, which is what a reader expects ("average spend").
     */
    public double[] centroid(int segment) {
        return originalCentroids[segment].clone();
    }

    /** @return the centroids in the original units, one row per segment */
    public double[][] centroids() {
        double[][] centroids = new double[k][];
        for (int s = 0; s < k; s++) {
            centroids[s] = centroid(s);
        }
        return centroids;
    }

    /** @return the centroids in the scaled space the algorithm saw, one row per segment */
    public double[][] scaledCentroids() {
        double[][] copy = new double[k][];
        for (int s = 0; s < k; s++) {
            copy[s] = scaledCentroids[s].clone();
        }
        return copy;
    }

    /** @return the within-cluster sum of squares (inertia), in the scaled space */
    public double wcss() {
        return wcss;
    }

    /**
     * @return the algorithm's settings, in the order it reported them, for reports: for k-means k, initialisation,
     *     restarts, seed, maxIterations and tolerance; for hierarchical clustering linkage, k and the cut height when
     *     cut at one. What the run did is not here: see {@link #iterations()} and {@link #converged()}.
     */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * @return whether these segments come from an iterative algorithm (k-means), so that {@link #iterations()} and
     *     {@link #converged()} are defined; false for hierarchical clustering and hand-made labels
     */
    public boolean iterative() {
        return run != null;
    }

    /**
     * The number of iterations of the run that was kept (for k-means with restarts, the one with the smallest WCSS):
     * assignment steps of Lloyd's algorithm, the last one after a small shift included; at most
     * {@code maxIterations}. scikit-learn's {@code n_iter_}.
     *
     * @throws IllegalStateException if the segments do not come from an iterative algorithm ({@link #iterative()}
     *     is false), saying which method made them
     */
    public int iterations() {
        return requireRun("iterations()").iterations();
    }

    /**
     * Whether the run that was kept stopped by itself (no label changed, or the centroids moved by at most the
     * tolerance) rather than at the iteration cap. When false, the segments may not be final; {@link #warnings()}
     * says what to do.
     *
     * @throws IllegalStateException if the segments do not come from an iterative algorithm ({@link #iterative()}
     *     is false), saying which method made them
     */
    public boolean converged() {
        return requireRun("converged()").converged();
    }

    /**
     * Warnings about these segments, each saying what happened and, as a {@link org.segmenta.data.Fix}, what to do
     * ({@link SegmentationWarning#java()} says both for a Java user); empty when there is nothing to warn about
     * (always for hierarchical clustering and hand-made labels). k-means warns when its kept run stopped at
     * {@code maxIterations} without converging; the fix is {@link org.segmenta.data.Fix.Setting#MAX_ITERATIONS}. It
     * never loses a segment: k above the number of distinct customers is refused, and a segment that empties, in any
     * iteration or after the last assignment, takes the customer farthest from its centre, so a k-means result always
     * has the k segments asked for.
     *
     * @return the warnings, possibly none
     */
    public List<SegmentationWarning> warnings() {
        return run == null ? List.of() : run.warnings();
    }

    private KMeansRun requireRun(String fact) {
        if (run == null) {
            throw new IllegalStateException(fact + " is a fact of iterative algorithms such as k-means; these "
                    + "segments were made by " + method + ", which does not iterate. Check iterative() first.");
        }
        return run;
    }

    /**
     * @return one line: method, k, sizes, features, WCSS and settings; for k-means whether it converged and in how many
     *     iterations; then each warning on a line of its own, starting "Warning: "
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method + " with " + k + " segments of sizes " + Arrays.toString(sizes)
                + " on " + features.names() + ", WCSS " + String.format(Locale.ROOT, "%.2f", wcss) + ", "
                + parameters);
        if (run != null) {
            text.append(run.converged() ? ", converged after " : ", not converged after ")
                    .append(run.iterations()).append(run.iterations() == 1 ? " iteration" : " iterations");
        }
        for (SegmentationWarning warning : warnings()) {
            text.append(System.lineSeparator()).append("Warning: ").append(warning.java());
        }
        return text.toString();
    }
}
