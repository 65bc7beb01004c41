package org.segmenta.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.segmenta.features.FeatureMatrix;

/**
 * k-means written plainly: Lloyd's algorithm as it is taught, one loop per step, every distance computed in full, one
 * thread. This is the library's teaching implementation: read it to see what k-means does. {@link KMeans} is an
 * optimisation of exactly this algorithm (Hamerly's bounds, distance tiles, row blocks on all cores) and, from the
 * same starting centres, gives the same segments and WCSS; the tests check that they agree.
 *
 * <p>Objective: for n customers {@code x_1..x_n} (rows of p features) and k segments, choose centres {@code c_1..c_k}
 * minimising the within-cluster sum of squares {@code WCSS = Σ_i min_s ‖x_i − c_s‖²}.
 *
 * <p>The algorithm, for one start:
 * <ol>
 *   <li><b>Start.</b> Choose k initial centres among the customers by greedy k-means++ ({@link #kMeansPlusPlus}).</li>
 *   <li><b>Assign.</b> Give every customer the label of its nearest centre (squared Euclidean distance; in a tie, the
 *       lowest index).</li>
 *   <li><b>Stop</b> if no label changed.</li>
 *   <li><b>Update.</b> Move every centre to the mean of its customers. A segment left with no customers takes the
 *       customer farthest from its own centre (among segments of two or more; the first such customer), so no
 *       segment is lost.</li>
 *   <li><b>Stop</b> if the centres moved by at most the tolerance in all (squared distances summed over centres),
 *       after one last assignment; otherwise go back to step 2, at most {@code maxIterations} assignments in all.</li>
 * </ol>
 * The tolerance is {@code tolerance} times the mean over features of each feature's variance (as scikit-learn). Each
 * step lowers WCSS, so the algorithm converges, but only to a local optimum: several starts from different random
 * centres are run and the one with the smallest WCSS is kept. The reported WCSS is taken around the means of the
 * final labels; a segment that the last assignment left empty first takes a customer as in step 4, so every one of
 * the k segments has customers. The result reports the kept start's iterations and whether it stopped before
 * {@code maxIterations} ({@link Segmentation#iterations()}, {@link Segmentation#converged()}).
 *
 * <p>References: S. P. Lloyd, "Least squares quantization in PCM", IEEE Transactions on Information Theory 28(2),
 * 1982 (the algorithm); J. MacQueen, "Some methods for classification and analysis of multivariate observations",
 * 5th Berkeley Symposium, 1967 (the name "k-means"); D. Arthur and S. Vassilvitskii, "k-means++: the advantages of
 * careful seeding", SODA 2007 (the seeding).
 *
 * <p>Cost: {@code O(n·k·p)} per iteration and {@code O(n·k·p·log k)} for the seeding, one thread; use {@link KMeans}
 * for real work.
 *
 * <pre>{@code
 * Segmentation segments = LloydKMeans.fit(features, 5, 10, 42);   // the segments of KMeans.withK(5).restarts(10).seed(42)
 * }</pre>
 */
public final class LloydKMeans {

    /** One run of Lloyd's algorithm: the labels, their WCSS, the assignments made and whether it stopped by itself. */
    record Run(int[] labels, double wcss, int iterations, boolean converged) {
    }

    private LloydKMeans() {
    }

    /**
     * Segments the customers of {@code features} (in its scaled space) with {@code restarts} starts, at most
     * {@value KMeans#DEFAULT_MAX_ITERATIONS} iterations each and tolerance {@value KMeans#DEFAULT_TOLERANCE}: the same
     * segments as {@code KMeans.withK(k).restarts(restarts).seed(seed).fit(features)}.
     *
     * @param k the number of segments, from 1 to the number of distinct customers
     * @param restarts the number of k-means++ starts, at least 1 (the one with the smallest WCSS is kept)
     * @param seed the seed of every random choice
     * @throws IllegalArgumentException if k or restarts is out of range, saying the limit
     */
    public static Segmentation fit(FeatureMatrix features, int k, int restarts, long seed) {
        int distinct = features.distinctRows();
        if (k < 1 || k > distinct) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be formed from " + features.rows()
                    + " customers with " + distinct + " distinct feature rows; choose 1 ≤ k ≤ " + distinct + ".");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        Run best = fit(features.values(), k, restarts, seed, KMeans.DEFAULT_MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE);
        return Segmentation.ofKMeans(features, best.labels(), new KMeansRun(k, KMeans.settings().restarts(restarts)
                .seed(seed), best.iterations(), best.converged()));
    }

    /**
     * One run of Lloyd's algorithm (steps 2 to 5 of the class comment) from the centres given, with no seeding and no
     * random choice: for comparing the library's k-means with another implementation started from the same centres
     * (the spark module checks Spark MLlib's k-means against it this way). Two exact implementations of Lloyd's
     * algorithm started from the same centres make the same assignments step by step as long as no customer is
     * (nearly) equidistant from two centres and no segment empties, so they stop at the same partition.
     *
     * <pre>{@code
     * Segmentation segments = LloydKMeans.fromCentres(features, new double[][] {{20, 80}, {80, 20}}, 300, 0);
     * }</pre>
     *
     * @param features the customers, in the scaled space the centres are given in
     * @param initialCentres k starting centres, each a row of {@code features.columns()} finite values (copied, not
     *     modified); k from 1 to the number of distinct customers
     * @param maxIterations the cap on assignment steps, at least 1
     * @param tolerance the relative tolerance on centroid movement as in {@link KMeans} (squared shifts summed over
     *     centres, against {@code tolerance} times the mean feature variance), 0 or more; 0 stops only when no label
     *     changes or no centre moves
     * @return the segmentation; its {@link Segmentation#parameters()} are k, initialisation "given centres",
     *     maxIterations and tolerance, and it reports the run's iterations and whether it converged
     * @throws IllegalArgumentException if a centre has the wrong number of values or a value that is not finite, k is
     *     out of range, or maxIterations or tolerance is; the message names the centre or the setting
     */
    public static Segmentation fromCentres(FeatureMatrix features, double[][] initialCentres, int maxIterations,
                                           double tolerance) {
        KMeansSettings settings = KMeans.settings().restarts(1).maxIterations(maxIterations).tolerance(tolerance);
        int k = initialCentres.length;
        if (k == 0) {
            throw new IllegalArgumentException("no initial centres given; give one centre per segment wanted.");
        }
        int p = features.columns();
        double[][] centres = new double[k][];
        for (int s = 0; s < k; s++) {
            if (initialCentres[s] == null || initialCentres[s].length != p) {
                throw new IllegalArgumentException("initial centre " + s + " has "
                        + (initialCentres[s] == null ? "no values" : initialCentres[s].length + " values")
                        + " but the features have " + p + " columns " + features.names()
                        + "; give one value per feature column, in the scaled space.");
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(initialCentres[s][j])) {
                    throw new IllegalArgumentException("initial centre " + s + " has " + initialCentres[s][j]
                            + " for feature '" + features.names().get(j) + "'; give finite values.");
                }
            }
            centres[s] = initialCentres[s].clone();
        }
        int distinct = features.distinctRowsUpTo(k);
        if (k > distinct) {
            throw new IllegalArgumentException(k + " initial centres cannot make segments of " + features.rows()
                    + " customers with " + distinct + " distinct feature rows; give 1 to " + distinct + " centres.");
        }
        double[][] x = features.values();
        Run run = lloyd(x, centres, maxIterations, tolerance * meanVariance(x));
        return Segmentation.ofKMeans(features, run.labels(), new KMeansRun(k, settings, run.iterations(),
                run.converged(), true));
    }

    /** Runs {@code restarts} starts, each seeded from its own split of one generator, and keeps the smallest WCSS. */
    static Run fit(double[][] x, int k, int restarts, long seed, int maxIterations, double tolerance) {
        double absoluteTolerance = tolerance * meanVariance(x);
        SplittableRandom master = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < restarts; r++) {
            Run run = lloyd(x, kMeansPlusPlus(x, k, master.split()), maxIterations, absoluteTolerance);
            if (best == null || run.wcss() < best.wcss()) {
                best = run;
            }
        }
        return best;
    }

    /**
     * Greedy k-means++: the first centre is {@code x[random.nextInt(n)]}; each next one is the best (smallest resulting
     * WCSS) of {@code 2 + ⌊ln k⌋} candidates, each drawn (one {@code random.nextDouble()}) with probability
     * proportional to its squared distance to the nearest centre so far.
     *
     * @return k centres, copies of rows of x
     */
    static double[][] kMeansPlusPlus(double[][] x, int k, SplittableRandom random) {
        int n = x.length;
        int trials = 2 + (int) Math.log(k);
        double[][] centres = new double[k][];
        centres[0] = x[random.nextInt(n)].clone();
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = Segmentation.squaredDistance(x[i], centres[0]);
        }
        double[] cumulative = new double[n];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += closest[i];
                cumulative[i] = total;
            }
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int candidate = pickProportional(cumulative, random.nextDouble() * total);
                double[] candidateClosest = new double[n];
                double potential = 0;
                for (int i = 0; i < n; i++) {
                    candidateClosest[i] = Math.min(closest[i], Segmentation.squaredDistance(x[i], x[candidate]));
                    potential += candidateClosest[i];
                }
                if (potential < bestPotential) {
                    bestPotential = potential;
                    bestClosest = candidateClosest;
                    centres[c] = x[candidate].clone();
                }
            }
            closest = bestClosest;
        }
        return centres;
    }

    /** The first row whose running total exceeds {@code target} (never a row that adds nothing to it). */
    private static int pickProportional(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        while (low > 0 && cumulative[low] == cumulative[low - 1]) {
            low--;
        }
        return low;
    }

    /** Lloyd's algorithm (steps 2 to 5 of the class comment) from the given centres, which are not modified. */
    static Run lloyd(double[][] x, double[][] initialCentres, int maxIterations, double absoluteTolerance) {
        double[][] centres = initialCentres;
        int[] labels = new int[x.length];
        Arrays.fill(labels, -1);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            if (!assign(x, centres, labels)) {
                converged = true;
                break;
            }
            double[][] moved = means(x, labels, centres);
            double shift = 0;
            for (int s = 0; s < centres.length; s++) {
                shift += Segmentation.squaredDistance(centres[s], moved[s]);
            }
            centres = moved;
            if (shift <= absoluteTolerance) {
                assign(x, centres, labels);
                converged = true;
                break;
            }
        }
        double[][] finalMeans = means(x, labels, centres);
        double wcss = 0;
        for (int i = 0; i < x.length; i++) {
            wcss += Segmentation.squaredDistance(x[i], finalMeans[labels[i]]);
        }
        return new Run(labels, wcss, iteration, converged);
    }

    /** Step 2: labels every row with its nearest centre (the lowest index in a tie); says whether a label changed. */
    private static boolean assign(double[][] x, double[][] centres, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int s = 0; s < centres.length; s++) {
                double d = Segmentation.squaredDistance(x[i], centres[s]);
                if (d < nearestDistance) {
                    nearestDistance = d;
                    nearest = s;
                }
            }
            if (labels[i] != nearest) {
                labels[i] = nearest;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Step 4: the mean of each segment's rows. An empty segment first takes the row farthest from its own
     * {@code previous} centre among segments of two or more rows (its label changes in {@code labels}).
     */
    private static double[][] means(double[][] x, int[] labels, double[][] previous) {
        int k = previous.length;
        int p = x[0].length;
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < p; j++) {
                sums[labels[i]][j] += x[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            if (counts[s] == 0) {
                int farthest = -1;
                double farthestDistance = -1;
                for (int i = 0; i < x.length; i++) {
                    double d = Segmentation.squaredDistance(x[i], previous[labels[i]]);
                    if (counts[labels[i]] > 1 && d > farthestDistance) {
                        farthestDistance = d;
                        farthest = i;
                    }
                }
                int from = labels[farthest];
                counts[from]--;
                counts[s] = 1;
                for (int j = 0; j < p; j++) {
                    sums[from][j] -= x[farthest][j];
                    sums[s][j] = x[farthest][j];
                }
                labels[farthest] = s;
            }
        }
        double[][] means = new double[k][p];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                means[s][j] = sums[s][j] / counts[s];
            }
        }
        return means;
    }

    /** The mean over features of each feature's variance (divided by n): the scale of the tolerance. */
    static double meanVariance(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double total = 0;
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double sumSquares = 0;
            for (double[] row : x) {
                sumSquares += (row[j] - mean) * (row[j] - mean);
            }
            total += sumSquares / n;
        }
        return total / p;
    }
}
