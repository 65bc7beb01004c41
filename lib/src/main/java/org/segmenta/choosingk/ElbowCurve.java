package org.segmenta.choosingk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.segmenta.clustering.KMeans;
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
 * ElbowCurve elbow = ElbowCurve.sweep(features, 10, KMeans.withK(1).restarts(10).seed(42));
 * elbow.wcss(5);                               // WCSS of the best restart at k = 5
 * System.out.println(elbow.table().print());   // k, WCSS, drop from k-1 (%)
 * }</pre>
 */
public final class ElbowCurve {

    private final List<Segmentation> fits;

    private ElbowCurve(List<Segmentation> fits) {
        this.fits = List.copyOf(fits);
    }

    /**
     * Runs k-means for k = 1..maxK with the given settings (only k changes between runs).
     *
     * @param features the customers to segment
     * @param maxK the largest k, at least 2 and at most the number of distinct customers
     * @param kMeans restarts, seed and other settings used for every k
     */
    public static ElbowCurve sweep(FeatureMatrix features, int maxK, KMeans kMeans) {
        if (maxK < 2) {
            throw new IllegalArgumentException("an elbow curve needs maxK ≥ 2, got " + maxK);
        }
        int distinct = features.distinctRows();
        if (maxK > distinct) {
            throw new IllegalArgumentException("maxK = " + maxK + " is more than the " + distinct
                    + " distinct customers in the features; choose maxK ≤ " + distinct + ".");
        }
        List<Segmentation> fits = new ArrayList<>();
        for (int k = 1; k <= maxK; k++) {
            fits.add(kMeans.k(k).fit(features));
        }
        return new ElbowCurve(fits);
    }

    /**
     * Runs k-means for k = 1..maxK with {@link KMeans#DEFAULT_RESTARTS} restarts and the given seed.
     */
    public static ElbowCurve sweep(FeatureMatrix features, int maxK, long seed) {
        return sweep(features, maxK, KMeans.withK(1).seed(seed));
    }

    /** @return the largest k swept */
    public int maxK() {
        return fits.size();
    }

    /** @return the best WCSS found for {@code k} segments */
    public double wcss(int k) {
        return fit(k).wcss();
    }

    /** @return the best k-means segmentation found for {@code k} segments */
    public Segmentation fit(int k) {
        if (k < 1 || k > fits.size()) {
            throw new IllegalArgumentException("k = " + k + " is outside the swept range 1.." + fits.size());
        }
        return fits.get(k - 1);
    }

    /** @return the ks swept, 1..maxK */
    public int[] ks() {
        return IntStream.rangeClosed(1, fits.size()).toArray();
    }

    /** @return WCSS for each k, index 0 holding k = 1 */
    public double[] wcssValues() {
        return fits.stream().mapToDouble(Segmentation::wcss).toArray();
    }

    /**
     * @return a table with columns {@code k}, {@code WCSS} and {@code Drop from k-1 (%)}: how much of the previous WCSS
     *     adding the k-th segment removed (empty for k = 1)
     */
    public Table table() {
        IntColumn k = IntColumn.create("k", ks());
        DoubleColumn wcss = DoubleColumn.create("WCSS", wcssValues());
        DoubleColumn drop = DoubleColumn.create("Drop from k-1 (%)");
        for (int i = 0; i < fits.size(); i++) {
            if (i == 0) {
                drop.appendMissing();
            } else {
                double previous = fits.get(i - 1).wcss();
                drop.append(100 * (previous - fits.get(i).wcss()) / previous);
            }
        }
        wcss.setPrintFormatter(Decimals.column(2));
        drop.setPrintFormatter(Decimals.column(1));
        return Table.create("Elbow: WCSS by number of segments", k, wcss, drop);
    }
}
