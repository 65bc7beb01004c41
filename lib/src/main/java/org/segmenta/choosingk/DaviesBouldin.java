package org.segmenta.choosingk;

import org.segmenta.clustering.Segmentation;
import org.segmenta.statistics.Distances;

/**
 * The Davies–Bouldin index (Davies &amp; Bouldin, "A cluster separation measure", IEEE Transactions on Pattern
 * Analysis and Machine Intelligence 1(2), 1979): for each segment, its worst ratio of spread to separation against any
 * other segment, averaged over segments. Lower is better (0 would be points on their centroids, far apart).
 *
 * <pre>
 *   S_s  = mean over the customers i of segment s of ‖x_i − c_s‖     (spread: mean distance to the centroid)
 *   M_st = ‖c_s − c_t‖                                               (separation of the centroids)
 *   DB   = (1/k) Σ_s max_{t ≠ s} (S_s + S_t) / M_st
 * </pre>
 * Computed in the scaled feature space with Euclidean distances; matches scikit-learn's {@code davies_bouldin_score},
 * including its conventions: 0 when every spread or every centroid distance is (numerically, 1e-8) zero, and a pair of
 * segments with identical centroids counted as ratio 0.
 *
 * <pre>{@code
 * double db = DaviesBouldin.score(segments);
 * }</pre>
 */
public final class DaviesBouldin {

    /** The absolute tolerance under which scikit-learn (numpy's {@code allclose}) treats a distance as zero. */
    private static final double ZERO = 1e-8;

    private DaviesBouldin() {
    }

    /**
     * @return the Davies–Bouldin index of {@code segmentation}
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n − 1
     */
    public static double score(Segmentation segmentation) {
        SegmentCount.requireScorable(segmentation, "the Davies–Bouldin index");
        double[][] x = segmentation.features().values();
        double[][] centroids = segmentation.scaledCentroids();
        int k = segmentation.k();
        double[] spread = new double[k];
        for (int i = 0; i < x.length; i++) {
            int s = segmentation.segmentOf(i);
            spread[s] += Distances.euclidean(x[i], centroids[s]);
        }
        for (int s = 0; s < k; s++) {
            spread[s] /= segmentation.size(s);
        }
        return score(x.length, spread, centroids);
    }

    /**
     * The index from the segments' spreads and centroids alone, for segments whose customers are not in this memory
     * (a distributed table gives the spreads in one pass once the centroids are known): the same formula and
     * conventions as {@link #score(Segmentation)}, which computes the spreads and calls this.
     *
     * @param n the number of customers
     * @param spreads S_s, the mean Euclidean distance from the customers of each segment to its centroid
     * @param centroids c_s, the mean feature vector of each segment
     * @return {@code (1/k) Σ_s max_{t ≠ s} (S_s + S_t) / ‖c_s − c_t‖}, 0 when every spread or every centroid
     *     distance is (within 1e-8) zero
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n − 1, or if the spreads and centroids do not match
     */
    public static double score(long n, double[] spreads, double[][] centroids) {
        int k = centroids.length;
        SegmentCount.requireScorable(k, n, "the Davies–Bouldin index");
        if (spreads.length != k) {
            throw new IllegalArgumentException("got " + spreads.length + " spreads for " + k + " centroids");
        }
        double[] spread = spreads;
        boolean allSpreadsZero = true;
        for (int s = 0; s < k; s++) {
            allSpreadsZero &= Math.abs(spread[s]) <= ZERO;
        }
        double[][] separation = new double[k][k];
        boolean allSeparationsZero = true;
        for (int s = 0; s < k; s++) {
            for (int t = 0; t < k; t++) {
                separation[s][t] = Distances.euclidean(centroids[s], centroids[t]);
                allSeparationsZero &= separation[s][t] <= ZERO;
            }
        }
        if (allSpreadsZero || allSeparationsZero) {
            return 0.0;
        }
        double sum = 0;
        for (int s = 0; s < k; s++) {
            double worst = 0;
            for (int t = 0; t < k; t++) {
                if (t != s && separation[s][t] != 0) {
                    worst = Math.max(worst, (spread[s] + spread[t]) / separation[s][t]);
                }
            }
            sum += worst;
        }
        return sum / k;
    }
}
