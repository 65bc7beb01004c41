package org.segmenta.cli;

import org.segmenta.choosingk.CalinskiHarabasz;
import org.segmenta.choosingk.DaviesBouldin;
import org.segmenta.choosingk.Silhouette;
import org.segmenta.clustering.Segmentation;

/**
 * How good the segments are by the usual internal criteria, all computed by the lib in the scaled feature space. The
 * three indices need 2 ≤ k ≤ n − 1 and are NaN otherwise.
 *
 * @param wcss within-cluster sum of squares ({@link Segmentation#wcss()})
 * @param silhouette mean silhouette width ({@link Silhouette}), on a seeded sample of {@value #SILHOUETTE_SAMPLE}
 *     customers above {@value Silhouette#MAX_EXACT_ROWS}
 * @param silhouetteSample the sample size, or 0 when every customer was scored
 * @param calinskiHarabasz the Calinski–Harabasz index ({@link CalinskiHarabasz})
 * @param daviesBouldin the Davies–Bouldin index ({@link DaviesBouldin})
 */
record Quality(double wcss, double silhouette, int silhouetteSample, double calinskiHarabasz, double daviesBouldin) {

    /** Customers scored for the silhouette when there are too many to score all. */
    static final int SILHOUETTE_SAMPLE = 10_000;

    /** @return the silhouette sample size for {@code customers}: 0 (all of them) up to the exact limit */
    static int silhouetteSampleFor(int customers) {
        return customers > Silhouette.MAX_EXACT_ROWS ? SILHOUETTE_SAMPLE : 0;
    }

    /** @return the criteria of {@code segmentation}; the silhouette sample, if any, is drawn with {@code seed} */
    static Quality of(Segmentation segmentation, long seed) {
        int n = segmentation.features().rows();
        int k = segmentation.k();
        if (k < 2 || k > n - 1) {
            return new Quality(segmentation.wcss(), Double.NaN, 0, Double.NaN, Double.NaN);
        }
        int sample = silhouetteSampleFor(n);
        Silhouette silhouette = sample == 0 ? Silhouette.of(segmentation)
                : Silhouette.ofSample(segmentation, sample, seed);
        return new Quality(segmentation.wcss(), silhouette.mean(), sample, CalinskiHarabasz.score(segmentation),
                DaviesBouldin.score(segmentation));
    }
}
