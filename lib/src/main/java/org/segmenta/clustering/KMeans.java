package org.segmenta.clustering;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.segmenta.features.FeatureMatrix;

/**
 * k-means clustering (Lloyd's algorithm) with greedy k-means++ seeding and several restarts, keeping the restart with
 * the smallest within-cluster sum of squares.
 *
 * <p>Objective: choose centroids {@code c_1..c_k} minimising {@code WCSS = Σ_i min_s ‖x_i − c_s‖²}. Lloyd's algorithm
 * alternates assigning each customer to its nearest centroid and moving each centroid to the mean of its customers;
 * every step lowers WCSS, so it converges, but only to a local optimum: hence the restarts.
 *
 * <p>Seeding is greedy k-means++ as in scikit-learn: the first centre is a uniformly random customer; each next one is
 * the best (lowest resulting WCSS) of {@code 2 + ⌊ln k⌋} candidates drawn with probability proportional to the squared
 * distance to the nearest centre so far (Arthur &amp; Vassilvitskii, "k-means++: the advantages of careful seeding",
 * SODA 2007). A run stops when no assignment changes, or when the centroids move by less than {@code tolerance} times
 * the mean feature variance (in squared distance, summed over centroids), or after {@code maxIterations}. A segment
 * that empties is given the customer farthest from its centroid.
 *
 * <p>Cost: {@code O(n·k·p)} per iteration for n customers and p features. Every random choice comes from the seed, so
 * the same data, k and seed always give the same segments.
 *
 * <p>Why not Smile's {@code KMeans}: it refuses k = 1 (needed for the elbow curve), draws from a global random
 * generator, and its restarts cannot be seeded one by one (see {@code ../shared/KERNELS.md}); its results are used as an
 * independent reference in the tests.
 *
 * <pre>{@code
 * Segmentation segments = KMeans.withK(5).restarts(10).seed(42).fit(features);
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
    private final int restarts;
    private final long seed;
    private final int maxIterations;
    private final double tolerance;

    private KMeans(int k, int restarts, long seed, int maxIterations, double tolerance) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be 0 or more, got " + tolerance);
        }
        this.k = k;
        this.restarts = restarts;
        this.seed = seed;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * Starts a k-means configuration with {@value #DEFAULT_RESTARTS} restarts, seed {@value #DEFAULT_SEED}, at most
     * {@value #DEFAULT_MAX_ITERATIONS} iterations and tolerance {@value #DEFAULT_TOLERANCE}.
     *
     * @param k the number of segments, at least 1
     */
    public static KMeans withK(int k) {
        return new KMeans(k, DEFAULT_RESTARTS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** @return a copy with this number of independent k-means++ restarts (the best one is kept) */
    public KMeans restarts(int restarts) {
        return new KMeans(k, restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this seed for every random choice */
    public KMeans seed(long seed) {
        return new KMeans(k, restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this iteration cap per restart */
    public KMeans maxIterations(int maxIterations) {
        return new KMeans(k, restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this relative tolerance on centroid movement (0: iterate until assignments stop changing) */
    public KMeans tolerance(double tolerance) {
        return new KMeans(k, restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with a different number of segments, the other settings kept */
    public KMeans k(int k) {
        return new KMeans(k, restarts, seed, maxIterations, tolerance);
    }

    /** @return the number of segments */
    public int k() {
        return k;
    }

    /**
     * Segments the customers of {@code features} (in its scaled space).
     *
     * @throws IllegalArgumentException if k exceeds the number of distinct customers
     */
    public Segmentation fit(FeatureMatrix features) {
        int distinct = features.distinctRows();
        if (k > distinct) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be formed from " + features.rows()
                    + " customers with only " + distinct + " distinct feature rows; choose k ≤ " + distinct + ".");
        }
        double[][] x = features.values();
        double absoluteTolerance = tolerance * meanVariance(x);
        SplittableRandom master = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < restarts; r++) {
            Run run = lloyd(x, seed(x, master.split()), absoluteTolerance);
            if (best == null || run.wcss < best.wcss) {
                best = run;
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("initialisation", "k-means++ (greedy)");
        parameters.put("restarts", restarts);
        parameters.put("seed", seed);
        parameters.put("maxIterations", maxIterations);
        parameters.put("tolerance", tolerance);
        parameters.put("iterations", best.iterations);
        parameters.put("converged", best.converged);
        return Segmentation.of("k-means", features, best.labels, parameters);
    }

    private record Run(int[] labels, double wcss, int iterations, boolean converged) {
    }

    /** Greedy k-means++: returns k initial centres chosen among the rows of x. */
    private double[][] seed(double[][] x, SplittableRandom random) {
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
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int candidate = pickProportional(cumulative, random.nextDouble() * running);
                double[] candidateClosest = new double[n];
                double candidatePotential = 0;
                for (int i = 0; i < n; i++) {
                    candidateClosest[i] = Math.min(closest[i], Segmentation.squaredDistance(x[i], x[candidate]));
                    candidatePotential += candidateClosest[i];
                }
                if (candidatePotential < bestPotential) {
                    bestCandidate = candidate;
                    bestPotential = candidatePotential;
                    bestClosest = candidateClosest;
                }
            }
            centres[c] = x[bestCandidate].clone();
            closest = bestClosest;
        }
        return centres;
    }

    /**
     * The first index whose cumulative weight exceeds {@code target}: row i is picked with probability proportional
     * to its weight, and a row of weight 0 (an existing centre) never is.
     */
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
        // Rounding can put target at the very top; fall back to the last row with weight.
        while (low > 0 && cumulative[low] == cumulative[low - 1]) {
            low--;
        }
        return low;
    }

    private Run lloyd(double[][] x, double[][] centres, double absoluteTolerance) {
        int n = x.length;
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            boolean changed = assign(x, centres, labels);
            if (!changed) {
                converged = true;
                break;
            }
            double[][] updated = means(x, labels, centres);
            double shift = 0;
            for (int s = 0; s < k; s++) {
                shift += Segmentation.squaredDistance(centres[s], updated[s]);
            }
            centres = updated;
            if (shift <= absoluteTolerance) {
                assign(x, centres, labels);
                converged = true;
                break;
            }
        }
        double wcss = 0;
        double[][] finalMeans = means(x, labels, centres);
        for (int i = 0; i < n; i++) {
            wcss += Segmentation.squaredDistance(x[i], finalMeans[labels[i]]);
        }
        return new Run(labels, wcss, iteration, converged);
    }

    /** Assigns every row to its nearest centre (ties: the lower index); returns whether any label changed. */
    private static boolean assign(double[][] x, double[][] centres, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int s = 0; s < centres.length; s++) {
                double d = Segmentation.squaredDistance(x[i], centres[s]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The mean of each segment's rows. A segment left empty takes the row farthest from its own centre, which moves
     * to the empty segment (so the assignment stays consistent with the returned centres).
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
                    if (counts[labels[i]] > 1) {
                        double d = Segmentation.squaredDistance(x[i], previous[labels[i]]);
                        if (d > farthestDistance) {
                            farthestDistance = d;
                            farthest = i;
                        }
                    }
                }
                int from = labels[farthest];
                counts[from]--;
                for (int j = 0; j < p; j++) {
                    sums[from][j] -= x[farthest][j];
                    sums[s][j] = x[farthest][j];
                }
                counts[s] = 1;
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

    private static double meanVariance(double[][] x) {
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

    @Override
    public String toString() {
        return "KMeans[k=" + k + ", restarts=" + restarts + ", seed=" + seed + ", maxIterations=" + maxIterations
                + ", tolerance=" + tolerance + "]";
    }
}
