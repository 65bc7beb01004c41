package org.segmenta.choosingk;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * The gap statistic (Tibshirani, Walther &amp; Hastie, "Estimating the number of clusters in a data set via the gap
 * statistic", Journal of the Royal Statistical Society B 63(2), 2001): how much tighter the segments of the real data
 * are than those of data with no segments at all.
 *
 * <p>With {@code W_k} the WCSS of k-means with k segments (the paper's pooled within-cluster sum of squares around the
 * cluster means, {@code W_k = Σ_r D_r / (2 n_r)}), and B reference data sets drawn uniformly over the bounding box of
 * the scaled features (the paper's option (a)), each segmented by the same k-means:
 * <pre>
 *   Gap(k) = (1/B) Σ_b log W*_kb − log W_k         (natural logarithms)
 *   sd_k   = sqrt( (1/B) Σ_b (log W*_kb − l̄_k)² ),  l̄_k = (1/B) Σ_b log W*_kb
 *   s_k    = sd_k · sqrt(1 + 1/B)
 *   choose the smallest k with Gap(k) ≥ Gap(k+1) − s_{k+1}
 * </pre>
 * The rule can only be checked for k below the largest k computed, and may find no k (then {@link #chosenK()} is
 * empty). Including k = 1 lets the rule answer "no segments" (k = 1) for data without structure.
 *
 * <p>One seed drives it all: the k-means fits (on the customers and on every reference set) use the settings' seed,
 * and the reference sets are drawn from {@code new SplittableRandom(seed)}, split once per set b = 1..B in order, each
 * set taking n × p uniform draws from its own split stream. The same data, settings and B give the same gaps.
 *
 * <pre>{@code
 * GapStatistic gap = GapStatistic.compute(features, 1, 10, KMeans.settings().restarts(10).seed(42), 10);
 * gap.chosenK();      // OptionalInt
 * gap.gap(5); gap.standardError(5);
 * }</pre>
 */
public final class GapStatistic {

    /** The default number B of reference data sets. */
    public static final int DEFAULT_REFERENCES = 10;

    private final int[] ks;
    private final double[] logW;
    private final double[] expectedLogW;
    private final double[] sd;
    private final double[] standardError;
    private final double[] gap;
    private final int references;

    private GapStatistic(int[] ks, double[] logW, double[] expectedLogW, double[] sd, int references) {
        this.ks = ks;
        this.logW = logW;
        this.expectedLogW = expectedLogW;
        this.sd = sd;
        this.references = references;
        this.standardError = new double[ks.length];
        this.gap = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            gap[i] = expectedLogW[i] - logW[i];
            standardError[i] = sd[i] * Math.sqrt(1 + 1.0 / references);
        }
    }

    /**
     * Computes the gap statistic for k = minK..maxK: k-means (with {@code settings}, only k changing) on the customers
     * and on {@code references} uniform reference sets drawn from the settings' seed (see the class comment).
     *
     * @param features the customers (their scaled space is used)
     * @param minK the smallest k, at least 1
     * @param maxK the largest k, above minK and below the number of distinct customers (W_k must not be 0)
     * @param settings restarts, seed and the other k-means settings; the seed also draws the reference sets
     * @param references the number B of reference data sets, at least 2
     * @throws IllegalArgumentException if the range does not fit the data or B is below 2
     */
    public static GapStatistic compute(FeatureMatrix features, int minK, int maxK, KMeansSettings settings,
            int references) {
        checkRange(features, minK, maxK);
        checkReferences(references);
        KSweep observed = KSweep.run(features, minK, maxK, settings);
        return compute(features, observed, settings, references, Progress.silent().start("gap statistic",
                "k-means fits on reference data", references * observed.size()));
    }

    /**
     * As {@link #compute(FeatureMatrix, int, int, KMeansSettings, int)}, reusing the sweep already made on the
     * customers, and counting each k-means fit on reference data as one step of {@code fitsDone} (B × ks of them).
     *
     * @throws java.util.concurrent.CancellationException from the reference fit that {@code fitsDone} stopped
     */
    static GapStatistic compute(FeatureMatrix features, KSweep observed, KMeansSettings settings, int references,
            TaskProgress fitsDone) {
        checkReferences(references);
        SplittableRandom master = new SplittableRandom(settings.seed());
        double[][] referenceWcss = new double[references][];
        for (int b = 0; b < references; b++) {
            FeatureMatrix reference = UniformReference.draw(features, master.split());
            referenceWcss[b] = KSweep.run(reference, observed.minK(), observed.maxK(), settings, fitsDone, (fit, k) -> {
            }).wcssValues();
        }
        return fromWcss(observed.ks(), observed.wcssValues(), referenceWcss);
    }

    /**
     * The gap statistic from WCSS values already computed (any clustering may have produced them).
     *
     * @param ks consecutive increasing numbers of segments, at least 2 of them
     * @param observedWcss W_k of the real data, one per k, all &gt; 0
     * @param referenceWcss W*_kb: one row per reference data set b (at least 2), one column per k, all &gt; 0
     */
    public static GapStatistic fromWcss(int[] ks, double[] observedWcss, double[][] referenceWcss) {
        if (ks.length < 2) {
            throw new IllegalArgumentException("the gap statistic needs at least 2 values of k, got " + ks.length);
        }
        for (int i = 1; i < ks.length; i++) {
            if (ks[i] != ks[i - 1] + 1) {
                throw new IllegalArgumentException("the ks must be consecutive (the rule compares k with k + 1), got "
                        + Arrays.toString(ks));
            }
        }
        if (ks[0] < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + ks[0]);
        }
        if (referenceWcss.length < 2) {
            throw new IllegalArgumentException("the gap statistic needs at least 2 reference data sets (B), got "
                    + referenceWcss.length);
        }
        requirePositive("observed", observedWcss, ks);
        for (int b = 0; b < referenceWcss.length; b++) {
            requirePositive("reference set " + b, referenceWcss[b], ks);
        }
        int bCount = referenceWcss.length;
        double[] logW = new double[ks.length];
        double[] expected = new double[ks.length];
        double[] sd = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            logW[i] = Math.log(observedWcss[i]);
            double mean = 0;
            for (double[] row : referenceWcss) {
                mean += Math.log(row[i]) / bCount;
            }
            double squares = 0;
            for (double[] row : referenceWcss) {
                double d = Math.log(row[i]) - mean;
                squares += d * d;
            }
            expected[i] = mean;
            sd[i] = Math.sqrt(squares / bCount);
        }
        return new GapStatistic(ks.clone(), logW, expected, sd, bCount);
    }

    private static void requirePositive(String what, double[] wcss, int[] ks) {
        if (wcss.length != ks.length) {
            throw new IllegalArgumentException(what + " has " + wcss.length + " WCSS values for " + ks.length
                    + " values of k; give one per k.");
        }
        for (int i = 0; i < ks.length; i++) {
            if (!(wcss[i] > 0) || Double.isInfinite(wcss[i])) {
                throw new IllegalArgumentException(what + " has WCSS " + wcss[i] + " at k = " + ks[i]
                        + "; log W_k needs a finite WCSS > 0 (k below the number of distinct customers).");
            }
        }
    }

    static void checkReferences(int references) {
        if (references < 2) {
            throw new IllegalArgumentException("the gap statistic needs at least 2 reference data sets (B), got "
                    + references + "; the paper uses 10 or more.");
        }
    }

    static void checkRange(FeatureMatrix features, int minK, int maxK) {
        if (minK < 1 || maxK <= minK) {
            throw new IllegalArgumentException("choose 1 ≤ minK < maxK, got minK = " + minK + ", maxK = " + maxK);
        }
        // Counting stops at maxK + 1: below it the count is exact, which is all the check and its message need.
        int distinct = features.distinctRowsUpTo((int) Math.min(Integer.MAX_VALUE, maxK + 1L));
        if (maxK >= distinct) {
            throw new IllegalArgumentException("maxK = " + maxK + " leaves no within-segment spread among the "
                    + distinct + " distinct customers (W_k = 0 has no logarithm); choose maxK ≤ " + (distinct - 1)
                    + ".");
        }
    }

    /**
     * @return the paper's choice, the smallest k with {@code Gap(k) ≥ Gap(k+1) − s_{k+1}}, checked for every k but the
     *     largest; empty if no k qualifies
     */
    public OptionalInt chosenK() {
        for (int i = 0; i + 1 < ks.length; i++) {
            if (gap[i] >= gap[i + 1] - standardError[i + 1]) {
                return OptionalInt.of(ks[i]);
            }
        }
        return OptionalInt.empty();
    }

    /** @return a copy of the ks computed, ascending and consecutive */
    public int[] ks() {
        return ks.clone();
    }

    /** @return the number B of reference data sets */
    public int references() {
        return references;
    }

    /** @return Gap(k) */
    public double gap(int k) {
        return gap[index(k)];
    }

    /** @return s_k = sd_k · sqrt(1 + 1/B), the standard error the rule uses */
    public double standardError(int k) {
        return standardError[index(k)];
    }

    /** @return sd_k, the standard deviation (divisor B) of log W*_kb over the reference sets */
    public double referenceSd(int k) {
        return sd[index(k)];
    }

    /** @return log W_k of the real data */
    public double logW(int k) {
        return logW[index(k)];
    }

    /** @return (1/B) Σ_b log W*_kb, the expected log W_k under the uniform reference */
    public double expectedLogW(int k) {
        return expectedLogW[index(k)];
    }

    /** @return a copy of Gap(k) for each k of {@link #ks()} */
    public double[] gaps() {
        return gap.clone();
    }

    /** @return a copy of s_k for each k of {@link #ks()} */
    public double[] standardErrors() {
        return standardError.clone();
    }

    private int index(int k) {
        if (k < ks[0] || k > ks[ks.length - 1]) {
            throw new IllegalArgumentException("k = " + k + " is outside the computed range " + ks[0] + ".."
                    + ks[ks.length - 1]);
        }
        return k - ks[0];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GapStatistic[k=%d..%d, B=%d, chosen k=%s]", ks[0], ks[ks.length - 1],
                references, chosenK().isPresent() ? String.valueOf(chosenK().getAsInt()) : "none");
    }
}
