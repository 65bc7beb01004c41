package org.segmenta.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * How much to trust each segment: the cluster-wise bootstrap of Hennig (C. Hennig, "Cluster-wise assessment of
 * cluster stability", Computational Statistics &amp; Data Analysis 52, 2007, 258–271), as R's {@code fpc::clusterboot}
 * does it with {@code bootmethod = "boot"} and its defaults {@code multipleboot = FALSE}, {@code dissolution = 0.5},
 * {@code recover = 0.75}. A segment that reflects real structure is found again when the customers are resampled; a
 * segment that an algorithm carved out of noise is not.
 *
 * <p>For each of B resamples ({@value #DEFAULT_SAMPLES} by default, as Hennig recommends):
 * <ol>
 *   <li>draw n customers with replacement from the n customers, and keep each drawn customer once (clusterboot's
 *       {@code multipleboot = FALSE}: duplicates would pull k-means centroids toward repeated customers); about 63 %
 *       of the customers remain;</li>
 *   <li>re-cluster those customers with the same method; they keep the coordinates the original clustering saw
 *       ({@link FeatureMatrix#values()}, presented to the method as an unscaled feature matrix with the same column
 *       names): nothing is re-standardised per resample, as clusterboot resamples the data matrix it is given;</li>
 *   <li>for each original segment C, restricted to the resampled customers (C ∩ S), take the largest Jaccard
 *       similarity {@code |C∩S ∩ D| / |C∩S ∪ D|} with any segment D of the re-clustering ({@link Jaccard}). A segment
 *       none of whose customers was drawn scores 0, as in clusterboot.</li>
 * </ol>
 * A segment's stability is its mean Jaccard over the B resamples; {@link StabilityVerdict} turns it into a verdict.
 *
 * <p>Randomness: the resamples come from a {@link SplittableRandom} with the given seed ({@value #DEFAULT_SEED} by
 * default). Re-clustering with a {@link KMeans} configuration gives each resample its own k-means seed, drawn from the
 * same generator, so the whole assessment is reproducible from the one seed; a clustering function is called as
 * given and must be deterministic itself.
 *
 * <p>Cost: B re-clusterings of about 0.63·n customers, each as costly as the clustering it repeats. On the 200 mall
 * customers, B = 100 with k-means at 10 restarts is 1,000 small fits, so the restarts need not be reduced; on
 * thousands of customers, fewer restarts
 * inside the bootstrap (e.g. {@code KMeans.withK(k).restarts(3)}) keep it quick, at the price of a few resamples
 * stuck in a worse local optimum, which lowers the Jaccard values a little.
 *
 * <p>Progress and stopping ({@link #progress(Progress)}): each resample is reported as it is done ("bootstrap of
 * k-means (k = 5): 17 of 100 resamples"), and the assessment stops, throwing a
 * {@link java.util.concurrent.CancellationException}, when the calling thread is interrupted or the progress's
 * cancellation is cancelled: between resamples, and with k-means also at each restart (a clustering function is
 * called as given and runs to its end).
 *
 * <pre>{@code
 * StabilityAssessment stability = BootstrapStability.of(KMeans.withK(5).restarts(10)).samples(100).seed(42)
 *         .assess(segments);
 * // any method, as a function of the resampled customers:
 * StabilityAssessment other = BootstrapStability.of(resampled -> myMethod.fit(resampled)).assess(mySegments);
 * }</pre>
 */
public final class BootstrapStability {

    /** Default number of bootstrap resamples B (Hennig's recommendation and clusterboot's default). */
    public static final int DEFAULT_SAMPLES = 100;
    /** Default seed, so that results are reproducible even when none is chosen. */
    public static final long DEFAULT_SEED = 42;

    private final Reclustering recluster;
    private final String description;
    private final Integer requiredK;
    private final int samples;
    private final long seed;
    private final Progress progress;

    /** Clusters one resample with its own seed; a method that can be stopped stops with {@code nested}. */
    @FunctionalInterface
    private interface Reclustering {
        Segmentation apply(FeatureMatrix resample, long seed, Progress nested);
    }

    private BootstrapStability(Reclustering recluster, String description, Integer requiredK, int samples, long seed,
            Progress progress) {
        if (samples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least 1 resample, got " + samples
                    + "; Hennig recommends " + DEFAULT_SAMPLES + ".");
        }
        this.recluster = recluster;
        this.description = description;
        this.requiredK = requiredK;
        this.samples = samples;
        this.seed = seed;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Re-clusters every resample with k-means as configured (k, restarts, iterations), each resample with its own seed
     * drawn from this assessment's seed.
     *
     * @param kMeans the configuration; its k must be the number of segments of the segmentation assessed
     */
    public static BootstrapStability of(KMeans kMeans) {
        return new BootstrapStability((features, seed, nested) -> kMeans.seed(seed).progress(nested).fit(features),
                "k-means (k = " + kMeans.k() + ")", kMeans.k(), DEFAULT_SAMPLES, DEFAULT_SEED, Progress.silent());
    }

    /**
     * Re-clusters every resample with {@code method}, e.g. a hierarchical clustering cut at k segments.
     *
     * @param method turns the resampled customers into a segmentation of them; called once per resample, it must be
     *     deterministic for the assessment to be reproducible
     */
    public static BootstrapStability of(Function<FeatureMatrix, Segmentation> method) {
        return new BootstrapStability((features, seed, nested) -> method.apply(features), "the given method", null,
                DEFAULT_SAMPLES, DEFAULT_SEED, Progress.silent());
    }

    /** @return a copy with this number of resamples B (at least 1; 100 recommended, 20–50 for a quick look) */
    public BootstrapStability samples(int samples) {
        return new BootstrapStability(recluster, description, requiredK, samples, seed, progress);
    }

    /** @return a copy drawing its resamples (and k-means seeds) from this seed */
    public BootstrapStability seed(long seed) {
        return new BootstrapStability(recluster, description, requiredK, samples, seed, progress);
    }

    /**
     * @return a copy that reports each resample to {@code progress} and stops when it says so (see the class
     *     comment); its k-means fits report nothing of their own. The default is {@link Progress#silent()}.
     */
    public BootstrapStability progress(Progress progress) {
        return new BootstrapStability(recluster, description, requiredK, samples, seed, progress);
    }

    /**
     * Assesses every segment of {@code segmentation}, which must have been made on its own features
     * ({@link Segmentation#features()}) by the method this bootstrap re-clusters with.
     *
     * @throws IllegalArgumentException if a k-means configuration has another k than the segmentation, or a resample
     *     cannot be re-clustered (the message names the resample and the reason)
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted or the progress's
     *     cancellation is cancelled before the last resample is done, saying after how many resamples it stopped
     */
    public StabilityAssessment assess(Segmentation segmentation) {
        if (requiredK != null && requiredK != segmentation.k()) {
            throw new IllegalArgumentException("the segmentation has " + segmentation.k() + " segments but the "
                    + "bootstrap re-clusters with k-means at k = " + requiredK + "; use KMeans.withK("
                    + segmentation.k() + ") with the settings that made the segmentation.");
        }
        FeatureMatrix features = segmentation.features();
        double[][] x = features.values();
        int n = x.length;
        int k = segmentation.k();
        double[][] jaccards = new double[k][samples];
        SplittableRandom random = new SplittableRandom(seed);
        TaskProgress resamplesDone = progress.start("bootstrap of " + description, "resamples", samples);
        for (int b = 0; b < samples; b++) {
            resamplesDone.checkpoint();
            int[] rows = distinctDraw(n, random);
            long clusteringSeed = random.nextLong();
            Segmentation found;
            try {
                found = recluster(features, x, rows, clusteringSeed, b, resamplesDone.nested());
            } catch (CancellationException e) {
                throw resamplesDone.stoppedBy(e);
            }
            BitSet[] original = membership(rows.length, k, t -> segmentation.segmentOf(rows[t]));
            BitSet[] again = membership(rows.length, found.k(), found::segmentOf);
            for (int s = 0; s < k; s++) {
                double best = 0;
                for (BitSet d : again) {
                    best = Math.max(best, Jaccard.similarity(original[s], d));
                }
                jaccards[s][b] = best;
            }
            resamplesDone.step();
        }
        resamplesDone.finish();
        List<SegmentStability> segments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            segments.add(new SegmentStability(s, segmentation.size(s), jaccards[s]));
        }
        return new StabilityAssessment(segmentation, description, samples, seed, segments);
    }

    /** Draws n row numbers with replacement and keeps each once, in the order first drawn (R's {@code unique}). */
    private static int[] distinctDraw(int n, SplittableRandom random) {
        boolean[] drawn = new boolean[n];
        int[] rows = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int row = random.nextInt(n);
            if (!drawn[row]) {
                drawn[row] = true;
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    private Segmentation recluster(FeatureMatrix features, double[][] x, int[] rows, long clusteringSeed, int b,
            Progress nested) {
        String where = "bootstrap resample " + (b + 1) + " of " + samples + " (" + rows.length + " distinct customers)";
        Segmentation found;
        try {
            found = recluster.apply(resample(features, x, rows, where), clusteringSeed, nested);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " could not be re-clustered: " + e.getMessage(), e);
        }
        if (found.features().rows() != rows.length) {
            throw new IllegalArgumentException(where + ": the clustering method returned a segmentation of "
                    + found.features().rows() + " customers; it must segment the customers it is given.");
        }
        return found;
    }

    private static FeatureMatrix resample(FeatureMatrix features, double[][] x, int[] rows, String where) {
        List<String> names = features.names();
        DoubleColumn[] columns = new DoubleColumn[names.size()];
        for (int j = 0; j < columns.length; j++) {
            double[] values = new double[rows.length];
            for (int t = 0; t < rows.length; t++) {
                values[t] = x[rows[t]][j];
            }
            columns[j] = DoubleColumn.create(names.get(j), values);
        }
        return FeatureMatrix.of(Table.create(where, columns), Scaling.NONE, names.toArray(String[]::new));
    }

    /** One set of resample positions per segment. */
    private static BitSet[] membership(int size, int k, IntUnaryOperator segmentOf) {
        BitSet[] sets = new BitSet[k];
        for (int s = 0; s < k; s++) {
            sets[s] = new BitSet(size);
        }
        for (int t = 0; t < size; t++) {
            sets[segmentOf.applyAsInt(t)].set(t);
        }
        return sets;
    }

    @Override
    public String toString() {
        return "BootstrapStability[" + description + ", B = " + samples + ", seed " + seed + "]";
    }
}
