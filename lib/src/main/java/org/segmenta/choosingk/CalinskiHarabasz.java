package org.segmenta.choosingk;

import org.segmenta.clustering.Segmentation;

/**
 * The Calinski–Harabasz index, or variance ratio criterion (Calinski &amp; Harabasz, "A dendrite method for cluster
 * analysis", Communications in Statistics 3, 1974): between-segment dispersion over within-segment dispersion, each
 * divided by its degrees of freedom. Higher is better.
 *
 * <pre>
 *   CH = [ B / (k − 1) ] / [ W / (n − k) ]
 *   B  = Σ_s n_s ‖c_s − x̄‖²          (between-segment sum of squares, c_s the segment means, x̄ the overall mean)
 *   W  = Σ_i ‖x_i − c_label(i)‖²     (within-segment sum of squares, i.e. WCSS)
 * </pre>
 * Computed in the scaled feature space; matches scikit-learn's {@code calinski_harabasz_score}, including its value 1
 * when W = 0.
 *
 * <pre>{@code
 * double ch = CalinskiHarabasz.score(segments);
 * }</pre>
 */
public final class CalinskiHarabasz {

    private CalinskiHarabasz() {
    }

    /**
     * @return the Calinski–Harabasz index of {@code segmentation}
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n − 1
     */
    public static double score(Segmentation segmentation) {
        SegmentCount.requireScorable(segmentation, "the Calinski–Harabasz index");
        double[][] x = segmentation.features().values();
        int n = x.length;
        int p = x[0].length;
        int k = segmentation.k();
        double[] overall = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                overall[j] += row[j] / n;
            }
        }
        long[] sizes = new long[k];
        for (int s = 0; s < k; s++) {
            sizes[s] = segmentation.size(s);
        }
        return score(n, sizes, segmentation.scaledCentroids(), overall, segmentation.wcss());
    }

    /**
     * The index from the segments' summaries alone, for segments whose customers are not in this memory (a
     * distributed table gives them in one pass): the same formula as {@link #score(Segmentation)}, which computes
     * these summaries and calls this.
     *
     * @param n the number of customers
     * @param sizes n_s, the customers of each segment (summing to n)
     * @param centroids c_s, the mean feature vector of each segment
     * @param overallMean x̄, the mean feature vector of all customers
     * @param wcss W, the within-segment sum of squares around the centroids
     * @return {@code [B / (k − 1)] / [W / (n − k)]} with {@code B = Σ_s n_s ‖c_s − x̄‖²}; 1 when W = 0
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n − 1, or if the sizes and centroids do not match
     */
    public static double score(long n, long[] sizes, double[][] centroids, double[] overallMean, double wcss) {
        int k = centroids.length;
        SegmentCount.requireScorable(k, n, "the Calinski–Harabasz index");
        if (sizes.length != k) {
            throw new IllegalArgumentException("got " + sizes.length + " segment sizes for " + k + " centroids");
        }
        int p = overallMean.length;
        double between = 0;
        for (int s = 0; s < k; s++) {
            double squared = 0;
            for (int j = 0; j < p; j++) {
                double d = centroids[s][j] - overallMean[j];
                squared += d * d;
            }
            between += sizes[s] * squared;
        }
        double within = wcss;
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1.0));
    }
}
