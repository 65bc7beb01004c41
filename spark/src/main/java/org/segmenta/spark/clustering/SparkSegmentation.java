package org.segmenta.spark.clustering;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.clustering.SegmentationWarning;
import org.segmenta.data.Fix;

/**
 * The result of k-means on Spark ({@link SparkKMeans}): the small facts of the segments, held on the driver, and a way
 * to label any Dataset of customers with their segment without bringing it to the driver. The Spark counterpart of
 * the library's {@link Segmentation} for what a cluster returns (centroids, sizes, WCSS, the run's facts); the
 * per-customer labels stay in Spark ({@link #label(Dataset)}).
 *
 * <p>Definitions, the library's: a customer's segment is its nearest MLlib centre (MLlib's own assignment rule,
 * the lowest centre index in a tie); a segment's centroid is the mean of its customers' feature vectors (not the
 * MLlib centre, which is the mean of the assignment before the last); {@code WCSS = Σ_i ‖x_i − c_segment(i)‖²}
 * around those means, summed exactly by a Spark aggregation (MLlib's {@code trainingCost} is the cost of the
 * assignment before the last update, measured to the centres of that step, and is not used).
 *
 * <p>Numbering, as {@link Segmentation}: segments are {@code 0 .. k-1}, shown as "Segment 1 .. k", largest first, so
 * the numbers do not depend on the order MLlib found its centres in. Ties in size are broken by the centroids'
 * coordinates (the smaller first feature first, then the second, …), not by the first customer in the table as in
 * the library: a distributed Dataset has no first row. A segment MLlib leaves empty (its centre nearest to nobody at
 * the end) is dropped, so {@link #k()} can be below the k asked for; {@link #warnings()} then says so.
 *
 * <p>Immutable. Only the MLlib model (k centres) and the numbers above are held; the label function that runs on the
 * executors carries the centres and the segment numbers, nothing else.
 */
public final class SparkSegmentation {

    /** The column {@link #label(Dataset)} adds. */
    public static final String SEGMENT_COLUMN = "segment";

    private final int requestedK;
    private final KMeansSettings settings;
    private final String initialisation;
    private final String featuresColumn;
    private final KMeansModel model;
    /** The segment ({@code 0 .. k-1}) of each MLlib cluster index, or −1 for a cluster nobody is nearest to. */
    private final int[] segmentOfCluster;
    private final long[] sizes;
    private final double[][] centroids;
    private final double wcss;
    private final int iterations;
    private final boolean converged;

    private SparkSegmentation(int requestedK, KMeansSettings settings, String initialisation, String featuresColumn,
                              KMeansModel model, int[] segmentOfCluster, long[] sizes, double[][] centroids,
                              double wcss, int iterations, boolean converged) {
        this.requestedK = requestedK;
        this.settings = settings;
        this.initialisation = initialisation;
        this.featuresColumn = featuresColumn;
        this.model = model;
        this.segmentOfCluster = segmentOfCluster;
        this.sizes = sizes;
        this.centroids = centroids;
        this.wcss = wcss;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * Measures an MLlib model on the customers it was fitted to: assigns each customer to its nearest centre, then
     * two aggregations (count and mean per cluster; the squared distances to those means), k rows and one number
     * back to the driver.
     *
     * @param points the customers' feature vectors in column {@code featuresColumn}, validated
     * @param requestedK the k the fit was asked for
     * @param initialisation how the centres started, for {@link #parameters()}
     */
    static SparkSegmentation measure(Dataset<Row> points, String featuresColumn, KMeansModel model, int requestedK,
                                     KMeansSettings settings, String initialisation) {
        return measure(points, featuresColumn, model, requestedK, settings, initialisation, model.numIter(),
                model.numIter() < settings.maxIterations());
    }

    /**
     * As {@link #measure(Dataset, String, KMeansModel, int, KMeansSettings, String)}, for a model whose iterations
     * were run and counted by the caller.
     *
     * @param iterations the Lloyd iterations run
     * @param converged whether the run stopped by its tolerance rather than the iteration cap
     */
    static SparkSegmentation measure(Dataset<Row> points, String featuresColumn, KMeansModel model, int requestedK,
                                     KMeansSettings settings, String initialisation, int iterations,
                                     boolean converged) {
        int clusters = model.k();
        int p = model.clusterCenters()[0].size();
        int[] identity = IntStream.range(0, clusters).toArray();
        Dataset<Row> assigned = points.select(segmentFunction(model, identity).apply(col(featuresColumn)).as("cluster"),
                org.apache.spark.ml.functions.vector_to_array(col(featuresColumn), "float64").as("x"));
        List<Column> means = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            means.add(avg(col("x").getItem(j)));
        }
        long[] counts = new long[clusters];
        double[][] clusterMeans = new double[clusters][p];
        for (Row row : assigned.groupBy("cluster").agg(count(lit(1)), means.toArray(Column[]::new)).collectAsList()) {
            int cluster = row.getInt(0);
            counts[cluster] = row.getLong(1);
            for (int j = 0; j < p; j++) {
                clusterMeans[cluster][j] = row.getDouble(2 + j);
            }
        }
        Column squaredDistance = lit(0.0);
        for (int j = 0; j < p; j++) {
            Column[] coordinate = new Column[clusters];
            for (int c = 0; c < clusters; c++) {
                coordinate[c] = lit(clusterMeans[c][j]);
            }
            Column centre = element_at(org.apache.spark.sql.functions.array(coordinate), col("cluster").plus(1));
            squaredDistance = squaredDistance.plus(pow(col("x").getItem(j).minus(centre), 2));
        }
        double wcss = assigned.agg(sum(squaredDistance)).first().getDouble(0);

        Integer[] used = IntStream.range(0, clusters).filter(c -> counts[c] > 0).boxed().toArray(Integer[]::new);
        Comparator<Integer> bySize = Comparator.<Integer>comparingLong(c -> counts[c]).reversed();
        Arrays.sort(used, bySize.thenComparing((a, b) -> Arrays.compare(clusterMeans[a], clusterMeans[b])));
        int[] segmentOfCluster = new int[clusters];
        Arrays.fill(segmentOfCluster, -1);
        long[] sizes = new long[used.length];
        double[][] centroids = new double[used.length][];
        for (int s = 0; s < used.length; s++) {
            segmentOfCluster[used[s]] = s;
            sizes[s] = counts[used[s]];
            centroids[s] = clusterMeans[used[s]];
        }
        return new SparkSegmentation(requestedK, settings, initialisation, featuresColumn, model, segmentOfCluster,
                sizes, centroids, wcss, iterations, converged);
    }

    /** The segment of a feature vector: its nearest centre by MLlib's rule, renumbered; null for a null vector. */
    private static UserDefinedFunction segmentFunction(KMeansModel model, int[] segmentOfCluster) {
        return udf(new SegmentOf(model, segmentOfCluster.clone()), DataTypes.IntegerType);
    }

    /** What the executors run: the model's centres and the renumbering, both serialisable and small. */
    private record SegmentOf(KMeansModel model, int[] segmentOfCluster) implements UDF1<Vector, Integer> {
        @Override
        public Integer call(Vector features) {
            return features == null ? null : segmentOfCluster[model.predict(Vectors.fromML(features))];
        }
    }

    /**
     * Adds column {@value #SEGMENT_COLUMN} to {@code customers}: each customer's segment {@code 0 .. k-1} (as
     * {@link #sizes()} numbers them), from its feature vector in the column the fit read. Lazy, like any Spark
     * transformation: nothing runs and nothing comes to the driver until the result is written or aggregated.
     *
     * @param customers any Dataset with the features vector column (the fitted customers or new ones)
     * @return {@code customers} with an integer column {@value #SEGMENT_COLUMN}, null where the vector is null
     * @throws IllegalArgumentException if the features column is missing or not vectors, or {@value #SEGMENT_COLUMN}
     *     is already a column
     */
    public Dataset<Row> label(Dataset<Row> customers) {
        return label(customers, SEGMENT_COLUMN);
    }

    /**
     * As {@link #label(Dataset)}, naming the new column.
     *
     * @param segmentColumn the name of the column to add, not already in {@code customers}
     */
    public Dataset<Row> label(Dataset<Row> customers, String segmentColumn) {
        FeatureVectors.requireVectorColumn(customers, featuresColumn);
        if (Arrays.asList(customers.columns()).contains(segmentColumn)) {
            throw new IllegalArgumentException("the customers Dataset already has a column '" + segmentColumn
                    + "'; drop it or pass another name to label(customers, name).");
        }
        return customers.withColumn(segmentColumn,
                segmentFunction(model, segmentOfCluster).apply(col(featuresColumn)));
    }

    /**
     * The segment of one feature vector on the driver, by the rule {@link #label(Dataset)} applies on the executors
     * (its nearest MLlib centre, renumbered): for the few customers a caller has collected already (a silhouette
     * sample).
     *
     * @param features one customer's feature vector, as many values as the centroids
     * @return its segment {@code 0 .. k-1}
     * @throws IllegalArgumentException if the vector has another number of values, or its nearest centre is one the
     *     fit left empty (a vector that was not among the fitted customers)
     */
    public int segmentOf(double[] features) {
        int p = centroids[0].length;
        if (features.length != p) {
            throw new IllegalArgumentException("a feature vector of " + features.length + " values for segments of "
                    + p + " features");
        }
        int segment = segmentOfCluster[model.predict(Vectors.dense(features))];
        if (segment < 0) {
            throw new IllegalArgumentException("the vector " + Arrays.toString(features) + " is nearest to a centre "
                    + "no fitted customer was assigned to; it is not one of the fitted customers.");
        }
        return segment;
    }

    /** @return the number of segments (non-empty), at most the k asked for */
    public int k() {
        return sizes.length;
    }

    /** @return the k the fit was asked for */
    public int requestedK() {
        return requestedK;
    }

    /** @return the name of the features vector column the fit read and {@link #label(Dataset)} reads */
    public String featuresColumn() {
        return featuresColumn;
    }

    /** @return a copy of the number of customers in each segment, largest first */
    public long[] sizes() {
        return sizes.clone();
    }

    /** @return the number of customers in {@code segment} ({@code 0 .. k-1}) */
    public long size(int segment) {
        return sizes[segment];
    }

    /** @return a copy of the centroid (mean feature vector) of {@code segment}, in the space of the features column */
    public double[] centroid(int segment) {
        return centroids[segment].clone();
    }

    /** @return the centroids, one row per segment, in the space of the features column */
    public double[][] centroids() {
        double[][] copy = new double[centroids.length][];
        for (int s = 0; s < centroids.length; s++) {
            copy[s] = centroids[s].clone();
        }
        return copy;
    }

    /** @return the within-cluster sum of squares around the centroids, in the space of the features column */
    public double wcss() {
        return wcss;
    }

    /** @return the Lloyd iterations MLlib ran for the kept fit, at most {@code maxIterations} */
    public int iterations() {
        return iterations;
    }

    /**
     * @return whether the kept fit stopped before {@code maxIterations} because every centre moved less than the
     *     tolerance; a fit that converged exactly at the cap reads as not converged (MLlib does not say which)
     */
    public boolean converged() {
        return converged;
    }

    /**
     * @return the settings in the order reports show them: k, initialisation, restarts and seed (not for a fit from
     *     given centres), maxIterations, tolerance (the library's relative one)
     */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", requestedK);
        parameters.put("initialisation", initialisation);
        if (!initialisation.equals(SparkKMeans.GIVEN_CENTRES)) {
            parameters.put("restarts", settings.restarts());
            parameters.put("seed", settings.seed());
        }
        parameters.put("maxIterations", settings.maxIterations());
        parameters.put("tolerance", settings.tolerance());
        return Collections.unmodifiableMap(parameters);
    }

    /** @return plain-language warnings (segments left empty, no convergence), each with what to do; often none */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (k() < requestedK) {
            int lost = requestedK - k();
            warnings.add(String.format(Locale.ROOT, "k-means on Spark made %d segment%s, not the %d asked for: %d "
                    + "centre%s ended nearest to no customer. Try more restarts or another seed, or a smaller k.", k(),
                    k() == 1 ? "" : "s", requestedK, lost, lost == 1 ? "" : "s"));
        }
        if (!converged) {
            // The library's wording and fix (SegmentationWarning); SparkKMeans has the same .maxIterations(n).
            Fix fix = new Fix("Raise the iteration cap (or loosen the tolerance, now " + settings.tolerance() + ")",
                    Fix.Setting.MAX_ITERATIONS, String.valueOf(2 * settings.maxIterations()));
            warnings.add(new SegmentationWarning(String.format(Locale.ROOT, "k-means on Spark did not converge: the "
                    + "kept fit was still moving when it reached the iteration cap of %d iterations, so its segments "
                    + "may not be final.", settings.maxIterations()), fix).java());
        }
        return List.copyOf(warnings);
    }

    /** @return one line: k, sizes, WCSS, settings, convergence; then each warning on its own line */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "k-means on Spark with %d segments of sizes %s on '%s', WCSS %.2f, %s, %s after %d iteration%s", k(),
                Arrays.toString(sizes), featuresColumn, wcss, parameters(), converged ? "converged" : "not converged",
                iterations, iterations == 1 ? "" : "s"));
        for (String warning : warnings()) {
            text.append(System.lineSeparator()).append("Warning: ").append(warning);
        }
        return text.toString();
    }
}
