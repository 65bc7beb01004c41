package org.segmenta.choosingk;

import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The elbow method: k-means' within-cluster sum of squares (WCSS) for k = 1, 2, …, K. WCSS always falls as k grows
 * (more centroids, shorter distances); the "elbow" is the k after which it falls much more slowly, i.e. where another
 * segment stops buying a large improvement. WCSS at k = 1 is the total sum of squares around the overall mean.
 *
 * <pre>{@code
 * ElbowCurve elbow = ElbowCurve.sweep(features, 10, KMeans.settings().restarts(10).seed(42));
 * elbow.wcss(5);                               // WCSS of the best restart at k = 5
 * System.out.println(elbow.table().print());   // k, WCSS, drop from k-1 (%)
 * }</pre>
 */
public final class ElbowCurve {

    private final KSweep sweep;

    private ElbowCurve(KSweep sweep) {
        this.sweep = sweep;
    }

    /**
     * Runs k-means for k = 1..maxK with the given settings (only k changes between runs; every k starts from the same
     * seed, so {@code fit(k)} is the segmentation {@code settings.withK(k).fit(features)} gives).
     *
     * @param features the customers to segment
     * @param maxK the largest k, at least 2 and at most the number of distinct customers
     * @param settings restarts, seed and the other k-means settings, used for every k
     * @throws IllegalArgumentException if maxK is below 2 or above the number of distinct customers
     */
    public static ElbowCurve sweep(FeatureMatrix features, int maxK, KMeansSettings settings) {
        if (maxK < 2) {
            throw new IllegalArgumentException("an elbow curve needs maxK ≥ 2, got " + maxK);
        }
        // Counting stops at maxK: below it the count is exact, which is all the check and its message need.
        int distinct = features.distinctRowsUpTo(maxK);
        if (maxK > distinct) {
            throw new IllegalArgumentException("maxK = " + maxK + " is more than the " + distinct
                    + " distinct customers in the features; choose maxK ≤ " + distinct + ".");
        }
        return new ElbowCurve(KSweep.run(features, 1, maxK, settings));
    }

    /** @return the largest k swept */
    public int maxK() {
        return sweep.maxK();
    }

    /** @return the best WCSS found for {@code k} segments */
    public double wcss(int k) {
        return fit(k).wcss();
    }

    /**
     * @return the best k-means segmentation found for {@code k} segments
     * @throws IllegalArgumentException if k is outside 1..maxK
     */
    public Segmentation fit(int k) {
        return sweep.fit(k);
    }

    /** @return the ks swept, 1..maxK */
    public int[] ks() {
        return sweep.ks();
    }

    /** @return WCSS for each k, index 0 holding k = 1 */
    public double[] wcssValues() {
        return sweep.wcssValues();
    }

    /**
     * @return a table with columns {@code k}, {@code WCSS} and {@code Drop from k-1 (%)}: how much of the previous WCSS
     *     adding the k-th segment removed (empty for k = 1)
     */
    public Table table() {
        IntColumn k = IntColumn.create("k", ks());
        DoubleColumn wcss = DoubleColumn.create("WCSS", wcssValues());
        DoubleColumn drop = DoubleColumn.create("Drop from k-1 (%)");
        for (int i = 0; i < wcss.size(); i++) {
            if (i == 0) {
                drop.appendMissing();
            } else {
                double previous = wcss.getDouble(i - 1);
                drop.append(100 * (previous - wcss.getDouble(i)) / previous);
            }
        }
        wcss.setPrintFormatter(Decimals.column(2));
        drop.setPrintFormatter(Decimals.column(1));
        return Table.create("Elbow: WCSS by number of segments", k, wcss, drop);
    }
}
