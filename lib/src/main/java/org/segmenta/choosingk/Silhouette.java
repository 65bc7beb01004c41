package org.segmenta.choosingk;

import java.util.Arrays;
import org.segmenta.statistics.Distances;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.segmenta.clustering.Segmentation;

/**
 * Silhouette widths of a segmentation (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation
 * of cluster analysis", Journal of Computational and Applied Mathematics 20, 1987): how much closer each customer is
 * to its own segment than to the next-nearest one.
 *
 * <p>For customer {@code i} in segment {@code A}, with Euclidean distances {@code d} in the scaled feature space:
 * <pre>
 *   a(i) = mean of d(i, j) over the other customers j of A
 *   b(i) = min over segments C ≠ A of the mean of d(i, j) over the customers j of C
 *   s(i) = (b(i) − a(i)) / max(a(i), b(i))        (s(i) = 0 when i is alone in its segment)
 * </pre>
 * {@code s(i)} lies in [−1, 1]: near 1 the customer sits well inside its segment, near 0 on the border, below 0 it is
 * closer on average to another segment. The mean over all customers is scikit-learn's {@code silhouette_score}; the
 * values match {@code silhouette_samples} (which also sets s(i) = 0 when a(i) = b(i) = 0).
 *
 * <p>Cost: all {@code n²/2} pairwise distances. That is fine up to {@value #MAX_EXACT_ROWS} customers; above that use
 * {@link #ofSample}, which scores a seeded random sample (as scikit-learn's {@code sample_size}) and says so in
 * {@link #description()}.
 *
 * <pre>{@code
 * Silhouette silhouette = Silhouette.of(segments);
 * silhouette.mean();              // overall mean silhouette width
 * silhouette.segmentMean(0);      // mean over Segment 1
 * Silhouette big = Silhouette.ofSample(segments, 5000, 42);
 * }</pre>
 */
public final class Silhouette {

    /** The largest number of customers {@link #of} scores exactly (all pairwise distances). */
    public static final int MAX_EXACT_ROWS = 20_000;

    private final Segmentation segmentation;
    private final int[] rows;
    private final double[] values;
    private final double[] segmentMeans;
    private final double mean;
    private final Long seed;

    private Silhouette(Segmentation segmentation, int[] rows, double[] values, Long seed) {
        this.segmentation = segmentation;
        this.rows = rows;
        this.values = values;
        this.seed = seed;
        int k = segmentation.k();
        double[] sums = new double[k];
        int[] counts = new int[k];
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            int s = segmentation.segmentOf(rows[i]);
            sums[s] += values[i];
            counts[s]++;
            total += values[i];
        }
        this.segmentMeans = new double[k];
        for (int s = 0; s < k; s++) {
            segmentMeans[s] = counts[s] == 0 ? Double.NaN : sums[s] / counts[s];
        }
        this.mean = total / rows.length;
    }

    /**
     * Scores every customer (exact).
     *
     * @throws IllegalArgumentException if the segmentation has fewer than 2 segments or as many as customers, or more
     *     than {@value #MAX_EXACT_ROWS} customers (then use {@link #ofSample})
     */
    public static Silhouette of(Segmentation segmentation) {
        int n = segmentation.features().rows();
        if (n > MAX_EXACT_ROWS) {
            throw new IllegalArgumentException("the exact silhouette of " + n + " customers needs " + n
                    + "² / 2 distances; above " + MAX_EXACT_ROWS + " customers score a random sample instead: "
                    + "Silhouette.ofSample(segmentation, 10000, seed).");
        }
        SegmentCount.requireScorable(segmentation, "the silhouette");
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return new Silhouette(segmentation, all, widths(segmentation, all), null);
    }

    /**
     * Scores a random sample of customers, drawn without replacement with the given seed; distances are taken within
     * the sample only (as scikit-learn's {@code silhouette_score(..., sample_size=m)}). The same seed always gives the
     * same sample.
     *
     * @param sampleSize how many customers to score, 3 to n (n scores everyone, exactly)
     * @param seed the seed of the sample
     * @throws IllegalArgumentException if the sample size is out of range, or the sample holds fewer than 2 segments
     */
    public static Silhouette ofSample(Segmentation segmentation, int sampleSize, long seed) {
        int n = segmentation.features().rows();
        if (sampleSize < 3 || sampleSize > n) {
            throw new IllegalArgumentException("a silhouette sample size must be between 3 and the " + n
                    + " customers, got " + sampleSize + ".");
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] sample = Arrays.copyOf(order, sampleSize);
        Arrays.sort(sample);
        int segmentsInSample = (int) Arrays.stream(sample).map(segmentation::segmentOf).distinct().count();
        SegmentCount.requireScorable(segmentsInSample, sampleSize, "the silhouette of a sample of " + sampleSize);
        return new Silhouette(segmentation, sample, widths(segmentation, sample), sampleSize < n ? seed : null);
    }

    /** s(i) for the given rows, distances taken among those rows only. */
    private static double[] widths(Segmentation segmentation, int[] rows) {
        double[][] all = segmentation.features().values();
        int m = rows.length;
        int k = segmentation.k();
        double[][] x = new double[m][];
        int[] label = new int[m];
        int[] count = new int[k];
        for (int i = 0; i < m; i++) {
            x[i] = all[rows[i]];
            label[i] = segmentation.segmentOf(rows[i]);
            count[label[i]]++;
        }
        // distanceSum[i][c]: sum of the distances from customer i to the customers of segment c.
        double[][] distanceSum = new double[m][k];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double d = Distances.euclidean(x[i], x[j]);
                distanceSum[i][label[j]] += d;
                distanceSum[j][label[i]] += d;
            }
        }
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            int own = label[i];
            if (count[own] == 1) {
                s[i] = 0;
                continue;
            }
            double a = distanceSum[i][own] / (count[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, distanceSum[i][c] / count[c]);
                }
            }
            double larger = Math.max(a, b);
            s[i] = larger == 0 ? 0 : (b - a) / larger;
        }
        return s;
    }


    /** @return the segmentation scored */
    public Segmentation segmentation() {
        return segmentation;
    }

    /** @return the mean silhouette width over the customers scored (scikit-learn's {@code silhouette_score}) */
    public double mean() {
        return mean;
    }

    /** @return the mean s(i) over the scored customers of {@code segment} (0-based), NaN if none was scored */
    public double segmentMean(int segment) {
        return segmentMeans[segment];
    }

    /** @return a copy of the mean s(i) per segment, index 0 = Segment 1 */
    public double[] segmentMeans() {
        return segmentMeans.clone();
    }

    /** @return a copy of the table rows scored, ascending (all rows unless sampled) */
    public int[] rows() {
        return rows.clone();
    }

    /** @return a copy of s(i) for each row of {@link #rows()}, in the same order */
    public double[] values() {
        return values.clone();
    }

    /** @return the s(i) of the scored customers of {@code segment}, largest first (the order of a silhouette plot) */
    public double[] segmentValuesDescending(int segment) {
        double[] own = new double[rows.length];
        int next = 0;
        for (int i = 0; i < rows.length; i++) {
            if (segmentation.segmentOf(rows[i]) == segment) {
                own[next++] = values[i];
            }
        }
        double[] sorted = Arrays.copyOf(own, next);
        Arrays.sort(sorted);
        for (int i = 0, j = next - 1; i < j; i++, j--) {
            double swap = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swap;
        }
        return sorted;
    }

    /** @return whether only a random sample of the customers was scored */
    public boolean isSampled() {
        return seed != null;
    }

    /** @return the seed of the sample, empty if every customer was scored */
    public OptionalLong sampleSeed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** @return how the value was obtained, e.g. "exact, all 200 customers" or "estimated on a random sample of …" */
    public String description() {
        int n = segmentation.features().rows();
        return isSampled()
                ? String.format(Locale.ROOT, "estimated on a random sample of %,d of %,d customers (seed %d)",
                        rows.length, n, seed)
                : String.format(Locale.ROOT, "exact, all %,d customers", n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Silhouette[k=%d, mean=%.4f, %s]", segmentation.k(), mean, description());
    }
}
