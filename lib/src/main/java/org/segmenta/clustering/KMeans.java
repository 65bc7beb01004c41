package org.segmenta.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * k-means clustering (Lloyd's algorithm) with greedy k-means++ seeding and several restarts, keeping the restart with
 * the smallest within-cluster sum of squares: a fast implementation of {@link LloydKMeans}, the plain version to read
 * first. From the same starting centres it gives the same labels, WCSS and iteration count, only sooner; from the
 * same data, k, restarts and seed, the same segments (tested on the mall data, blobs and integer grids; the seeding
 * sums its distances block by block, so in a near tie a draw could in principle fall on a neighbouring customer).
 *
 * <p>Objective: choose centroids {@code c_1..c_k} minimising {@code WCSS = Σ_i min_s ‖x_i − c_s‖²}. Lloyd's algorithm
 * alternates assigning each customer to its nearest centroid and moving each centroid to the mean of its customers;
 * every step lowers WCSS, so it converges, but only to a local optimum: hence the restarts.
 *
 * <p>Seeding is greedy k-means++ as in scikit-learn: the first centre is a uniformly random customer; each next one is
 * the best (lowest resulting WCSS) of {@code 2 + ⌊ln k⌋} candidates drawn with probability proportional to the squared
 * distance to the nearest centre so far (Arthur &amp; Vassilvitskii, "k-means++: the advantages of careful seeding",
 * SODA 2007). A run stops when no assignment changes, or when the centroids move by less than {@code tolerance} times
 * the mean feature variance (in squared distance, summed over centroids), or after {@code maxIterations}; in the
 * last case the result's {@link Segmentation#converged()} is false and {@link Segmentation#warnings()} says so. A
 * segment that empties, in any iteration or after the last assignment, is given the customer farthest from its
 * centroid, so a fit always returns the k segments asked for (never fewer).
 *
 * <p>How it is fast, with {@link LloydKMeans}'s results: the data is one row-major {@code double[]} (one copy per
 * feature matrix); distances are computed a tile of customers at a time, coordinate by coordinate, in loops the JIT compiler
 * turns into SIMD instructions, with the same rounding as the plain loop; Hamerly's bounds (G. Hamerly, "Making
 * k-means even faster", SDM 2010) skip every customer that provably keeps its segment, and a customer near a tie is
 * always measured; passes over the data are cut into fixed blocks of rows worked on by all cores, their sums added in
 * block order. Restarts are seeded up front from the one seed and run in parallel. So the labels are
 * those of the plain algorithm from the same centres, and the same seed gives the same segments whatever the number
 * of threads (the package-private HamerlyLloyd and GreedyKMeansPlusPlus hold the details).
 *
 * <p>Cost: {@code O(n·k·p)} per iteration for n customers and p features in the worst case; far less once the
 * centroids settle. Memory: no copy of the data (a fit reads the feature matrix's own row-major array of
 * {@code 8·n·p} bytes); {@code 20·n} bytes (labels and Hamerly's two bounds) per restart running at once, of which
 * only the best restart's labels ({@code 4·n}) are kept; and {@code 8·n·(3 + ⌊ln k⌋)} bytes while a restart is seeded
 * (the distances to the nearest centre so far and to each of the {@code 2 + ⌊ln k⌋} candidates). Every random
 * choice comes from the seed, so the same data, k and seed always give the same segments.
 *
 * <p>Why not Smile's {@code KMeans}: it refuses k = 1 (needed for the elbow curve), draws from a global random
 * generator, and its restarts cannot be seeded one by one; its results are used as an independent reference in the
 * tests.
 *
 * <p>Progress and stopping ({@link #progress(Progress)}): silent by default. A fit reports each restart as it ends
 * ("k-means (k = 5): 3 of 10 restarts", in order, though restarts run in parallel). It stops, throwing a
 * {@link java.util.concurrent.CancellationException}, when the thread that called {@code fit} is interrupted (in a
 * notebook: Jupyter's "Interrupt kernel"; see {@link Progress}) or the progress's
 * {@link org.segmenta.progress.Cancellation} is cancelled; the check is made before and after each restart's seeding
 * and before each of its Lloyd iterations, so a fit stops within about one seeding or one iteration. The settings do
 * not change the result: with or without them, the same segments.
 *
 * <pre>{@code
 * Segmentation segments = KMeans.withK(5).restarts(10).seed(42).fit(features);
 * Segmentation reported = KMeans.withK(5).progress(Progress.toStandardError()).fit(features);
 * KMeansSettings noK = KMeans.settings().restarts(10).seed(42);   // for a sweep over k: ElbowCurve, KSelection
 * }</pre>
 */
public final class KMeans {

    /** Default number of restarts (scikit-learn's classic {@code n_init}). */
    public static final int DEFAULT_RESTARTS = 10;
    /** Default seed, so that results are reproducible even when none is chosen. */
    public static final long DEFAULT_SEED = 42;
    /** Default iteration cap per restart (scikit-learn's). */
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    /** Default relative tolerance on centroid movement (scikit-learn's). */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    private final int k;
    private final KMeansSettings settings;
    private final Progress progress;

    KMeans(int k, KMeansSettings settings, Progress progress) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Starts a k-means configuration with {@value #DEFAULT_RESTARTS} restarts, seed {@value #DEFAULT_SEED}, at most
     * {@value #DEFAULT_MAX_ITERATIONS} iterations and tolerance {@value #DEFAULT_TOLERANCE}.
     *
     * @param k the number of segments, at least 1
     */
    public static KMeans withK(int k) {
        return settings().withK(k);
    }

    /**
     * The settings without a k, for a sweep over k ({@link org.segmenta.choosingk.ElbowCurve},
     * {@link org.segmenta.choosingk.KSelection}): {@value #DEFAULT_RESTARTS} restarts, seed {@value #DEFAULT_SEED},
     * at most {@value #DEFAULT_MAX_ITERATIONS} iterations and tolerance {@value #DEFAULT_TOLERANCE}, each changed by
     * the settings' own setters, e.g. {@code KMeans.settings().restarts(10).seed(42)}.
     */
    public static KMeansSettings settings() {
        return new KMeansSettings(DEFAULT_RESTARTS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** @return a copy with this number of independent k-means++ restarts (the best one is kept) */
    public KMeans restarts(int restarts) {
        return new KMeans(k, settings.restarts(restarts), progress);
    }

    /** @return a copy with this seed for every random choice */
    public KMeans seed(long seed) {
        return new KMeans(k, settings.seed(seed), progress);
    }

    /** @return a copy with this iteration cap per restart */
    public KMeans maxIterations(int maxIterations) {
        return new KMeans(k, settings.maxIterations(maxIterations), progress);
    }

    /** @return a copy with this relative tolerance on centroid movement (0: iterate until assignments stop changing) */
    public KMeans tolerance(double tolerance) {
        return new KMeans(k, settings.tolerance(tolerance), progress);
    }

    /** @return a copy with a different number of segments, the other settings kept */
    public KMeans k(int k) {
        return new KMeans(k, settings, progress);
    }

    /**
     * @return a copy that reports its restarts to {@code progress} and stops when it says so (see the class
     *     comment); the default is {@link Progress#silent()}
     */
    public KMeans progress(Progress progress) {
        return new KMeans(k, settings, progress);
    }

    /** @return the number of segments */
    public int k() {
        return k;
    }

    /**
     * Segments the customers of {@code features} (in its scaled space).
     *
     * @throws IllegalArgumentException if k exceeds the number of distinct customers
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted or the progress's
     *     cancellation is cancelled before every restart has finished, saying after how many restarts it stopped
     */
    public Segmentation fit(FeatureMatrix features) {
        int restarts = settings.restarts();
        long seed = settings.seed();
        int maxIterations = settings.maxIterations();
        double tolerance = settings.tolerance();
        TaskProgress restartsDone = progress.start("k-means (k = " + k + ")", "restarts", restarts);
        restartsDone.checkpoint();
        // The matrix's own values, not a copy: at a million rows × 10 features a copy is 80 MB, and first touches of
        // fresh memory can cost as much as the k-means iterations themselves.
        RowMajorPoints x = features.readValues(RowMajorPoints::new);
        int distinct = features.distinctRowsUpTo(k);
        if (k > distinct) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be formed from " + features.rows()
                    + " customers with only " + distinct + " distinct feature rows; choose k ≤ " + distinct + ".");
        }
        double absoluteTolerance = tolerance * meanVariance(x);
        SplittableRandom master = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[restarts];
        for (int r = 0; r < restarts; r++) {
            randoms[r] = master.split();
        }
        IntFunction<LloydRun> restart = r -> {
            // A stop is looked for after seeding and before every Lloyd iteration, never inside one; a worker that
            // finds one leaves its restart undone, and finish() below throws on the calling thread.
            if (restartsDone.stopRequested()) {
                return null;
            }
            double[] centres = GreedyKMeansPlusPlus.centres(x, k, randoms[r]);
            if (restartsDone.stopRequested()) {
                return null;
            }
            LloydRun run = HamerlyLloyd.run(x, centres, maxIterations, absoluteTolerance,
                    restartsDone::stopRequested);
            if (run != null) {
                restartsDone.step();
            }
            return run;
        };
        // Restarts run in parallel, and each spreads its passes over the data across the cores too: a core that
        // would wait for the other's block picks up another restart instead.
        // Only the best restart so far is kept (the smallest WCSS, the first of equals): each other one's labels are
        // dropped as soon as it has been compared, instead of every restart's n labels living until the last ends.
        Optional<Numbered> kept = IntStream.range(0, restarts).parallel()
                .mapToObj(r -> {
                    LloydRun run = restart.apply(r);
                    return run == null ? null : new Numbered(r, run);
                })
                .filter(Objects::nonNull)
                .reduce(KMeans::better);
        restartsDone.finish();
        LloydRun best = kept.orElseThrow().run();
        return Segmentation.ofKMeans(features, best.labels(), new KMeansRun(k, settings, best.iterations(),
                best.converged()));
    }

    /**
     * The starting centres {@link #fit} draws, one set per restart, for an engine that runs Lloyd's iterations itself
     * (MLlib on Spark): started from these, it reaches the segments {@code fit} reaches. Restart r's centres are the
     * greedy k-means++ draw (see the class comment) with the r-th {@code split()} of {@code new
     * SplittableRandom(seed)}, over the points in the order given, exactly as {@code fit} draws them over a feature
     * matrix with these rows.
     *
     * @param points the customers' feature rows in the scaled space, in the order of the feature matrix {@code fit}
     *     would be given; not changed
     * @return {@code restarts × k} centres of {@code points[0].length} values each, in restart order
     * @throws IllegalArgumentException if there are no points, rows of different lengths, a value that is not finite,
     *     or fewer distinct rows than k; the message names the row or the limit
     */
    public double[][][] startingCentres(double[][] points) {
        RowMajorPoints x = checkedPoints(points);
        int distinct = distinctRowsUpTo(points, k);
        if (k > distinct) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be formed from " + points.length
                    + " customers with only " + distinct + " distinct feature rows; choose k ≤ " + distinct + ".");
        }
        SplittableRandom master = new SplittableRandom(settings.seed());
        int p = x.columns();
        double[][][] starts = new double[settings.restarts()][k][];
        for (int r = 0; r < settings.restarts(); r++) {
            double[] centres = GreedyKMeansPlusPlus.centres(x, k, master.split());
            for (int s = 0; s < k; s++) {
                starts[r][s] = Arrays.copyOfRange(centres, s * p, (s + 1) * p);
            }
        }
        return starts;
    }

    private static RowMajorPoints checkedPoints(double[][] points) {
        if (points.length == 0 || points[0].length == 0) {
            throw new IllegalArgumentException("no points to draw starting centres from; give at least one row of "
                    + "at least one value.");
        }
        int p = points[0].length;
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != p) {
                throw new IllegalArgumentException("row " + i + " has " + points[i].length + " values but row 0 has "
                        + p + "; give every row the same features.");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(points[i][j])) {
                    throw new IllegalArgumentException("row " + i + " has " + points[i][j] + " in column " + j
                            + "; give finite values (impute gaps before segmenting).");
                }
            }
        }
        return RowMajorPoints.of(points);
    }

    /** Distinct rows ({@code -0.0} equal to {@code 0.0}) counted up to {@code limit}, comparing with those found. */
    private static int distinctRowsUpTo(double[][] points, int limit) {
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i < points.length && found.size() < limit; i++) {
            double[] row = points[i];
            if (found.stream().noneMatch(seen -> sameValues(seen, row))) {
                found.add(row);
            }
        }
        return found.size();
    }

    private static boolean sameValues(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    /** A restart's run with its number, so that the first of equal runs is kept whatever order they end in. */
    private record Numbered(int restart, LloydRun run) {
    }

    /** @return the run with the smaller WCSS, or of two equal ones the earlier restart (an associative choice) */
    private static Numbered better(Numbered a, Numbered b) {
        int order = Double.compare(a.run().wcss(), b.run().wcss());
        return order < 0 || (order == 0 && a.restart() < b.restart()) ? a : b;
    }

    /**
     * The mean over features of each feature's variance (divided by n), the scale of the tolerance; the sums run over
     * rows in order, as the plain algorithm took them.
     */
    static double meanVariance(RowMajorPoints x) {
        int n = x.rows();
        int p = x.columns();
        double[] values = x.values();
        double[] means = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                means[j] += values[i * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= n;
        }
        double[] sumSquares = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double d = values[i * p + j] - means[j];
                sumSquares[j] += d * d;
            }
        }
        double total = 0;
        for (int j = 0; j < p; j++) {
            total += sumSquares[j] / n;
        }
        return total / p;
    }

    @Override
    public String toString() {
        return "KMeans[k=" + k + ", restarts=" + settings.restarts() + ", seed=" + settings.seed() + ", maxIterations="
                + settings.maxIterations() + ", tolerance=" + settings.tolerance() + "]";
    }
}
