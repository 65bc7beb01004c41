package org.segmenta.spark.clustering;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * k-means on Spark ({@link SparkKMeans}) for every k of minK..maxK with the same settings (only k changes), with two
 * numbers per k for choosing it: the WCSS of the best restart (the elbow curve) and MLlib's silhouette of its segments.
 * The Spark counterpart of the library's {@link org.segmenta.choosingk.ElbowCurve}; the library draws it
 * ({@code ElbowChart.of(sweep.ks(), sweep.wcssValues(), chosenK)}). Only k fits' small results and one number per k
 * come back to the driver.
 *
 * <p>The silhouette is MLlib's ({@link ClusteringEvaluator}, metric "silhouette", distance "squaredEuclidean"):
 * Rousseeuw's silhouette with <b>squared</b> Euclidean distances, {@code s(i) = (b(i) − a(i)) / max(a(i), b(i))} with
 * {@code a(i)} the mean squared distance from customer i to the other customers of its segment, {@code b(i)} the
 * smallest mean squared distance to the customers of another segment, 0 for a customer alone in its segment; the score
 * is the mean over customers (scikit-learn's {@code silhouette_score(X, labels, metric='sqeuclidean')}). MLlib
 * computes it in one pass from per-segment sums ({@code a}, {@code b} follow from ‖x‖², Σy and Σ‖y‖² of each
 * segment), which only squared distances allow. The library's {@link org.segmenta.choosingk.Silhouette} uses plain
 * Euclidean distances (all n² pairs, or a sample): the two scores of the same segments are different numbers and
 * are not to be compared with each other, only across k within one sweep. It is undefined for one segment: at k = 1
 * the sweep has no silhouette (NaN).
 *
 * <p>Ward's hierarchical clustering (and with it the dendrogram) is not offered on Spark; see {@link SparkKMeans}.
 *
 * <pre>{@code
 * SparkKSweep sweep = SparkKSweep.run(customers, 1, 10, KMeans.settings().restarts(10).seed(42));
 * System.out.println(sweep.table().print());                     // k, WCSS, drop from k-1 (%), silhouette
 * Show.chart(ElbowChart.of(sweep.ks(), sweep.wcssValues(), 5));  // the library's elbow chart
 * SparkSegmentation five = sweep.fit(5);                          // = SparkKMeans.of(5, settings).fit(customers)
 * }</pre>
 */
public final class SparkKSweep {

    private final int[] ks;
    private final List<SparkSegmentation> fits;
    private final double[] silhouettes;

    private SparkKSweep(int[] ks, List<SparkSegmentation> fits, double[] silhouettes) {
        this.ks = ks;
        this.fits = List.copyOf(fits);
        this.silhouettes = silhouettes;
    }

    /**
     * Sweeps the feature vectors in column {@value SparkKMeans#DEFAULT_FEATURES_COLUMN}.
     *
     * @see #run(Dataset, String, int, int, KMeansSettings)
     */
    public static SparkKSweep run(Dataset<Row> customers, int minK, int maxK, KMeansSettings settings) {
        return run(customers, SparkKMeans.DEFAULT_FEATURES_COLUMN, minK, maxK, settings);
    }

    /**
     * Fits k = minK, …, maxK in that order, each {@code SparkKMeans.of(k, settings).featuresColumn(featuresColumn)
     * .fit(customers)} (the same seed for every k), and scores each fit with two segments or more by MLlib's
     * silhouette. The features column is cached once for the sweep, in partitions of about
     * {@value SparkKMeans#ROWS_PER_PARTITION} customers ({@link #cachedFeatures}); a Dataset that is that already is
     * read as it is and left cached for the caller.
     *
     * @param minK the smallest k, at least 1
     * @param maxK the largest k, at least minK + 1
     * @throws IllegalArgumentException if the range is empty or below 1, or from a fit (bad features, k above what
     *     the data allows), with that fit's message
     */
    public static SparkKSweep run(Dataset<Row> customers, String featuresColumn, int minK, int maxK,
                                  KMeansSettings settings) {
        if (minK < 1 || maxK <= minK) {
            throw new IllegalArgumentException("a k sweep needs 1 ≤ minK < maxK, got minK = " + minK + ", maxK = "
                    + maxK);
        }
        FeatureVectors.requireVectorColumn(customers, featuresColumn);
        // Every fit of the sweep reads the features cached once, in partitions of about ROWS_PER_PARTITION rows.
        Dataset<Row> points = cachedFeatures(customers, featuresColumn);
        try {
            int[] ks = IntStream.rangeClosed(minK, maxK).toArray();
            List<SparkSegmentation> fits = new ArrayList<>();
            double[] silhouettes = new double[ks.length];
            ClusteringEvaluator evaluator = new ClusteringEvaluator().setFeaturesCol(featuresColumn)
                    .setPredictionCol(SparkSegmentation.SEGMENT_COLUMN).setMetricName("silhouette")
                    .setDistanceMeasure("squaredEuclidean");
            for (int i = 0; i < ks.length; i++) {
                SparkSegmentation fit = SparkKMeans.of(ks[i], settings).featuresColumn(featuresColumn).fit(points);
                fits.add(fit);
                silhouettes[i] = fit.k() < 2 ? Double.NaN : evaluator.evaluate(fit.label(points));
            }
            return new SparkKSweep(ks, fits, silhouettes);
        } finally {
            if (points != customers) {
                points.unpersist();
            }
        }
    }

    /**
     * The features column alone, cached in partitions of about {@value SparkKMeans#ROWS_PER_PARTITION} customers; a
     * Dataset that is that already (cached, the features column alone, no more partitions than that: what a caller
     * that reads the features again after the sweep caches with this method) is used as it is and left cached.
     *
     * @param customers the customers, with the features vector column
     * @param featuresColumn the name of that column
     * @return {@code customers} itself if it is such a Dataset, else a new persisted one the caller unpersists
     */
    public static Dataset<Row> cachedFeatures(Dataset<Row> customers, String featuresColumn) {
        long rows = customers.count();
        int partitions = customers.rdd().getNumPartitions();
        int wanted = (int) Math.max(1, Math.min(partitions, Math.ceilDiv(rows, SparkKMeans.ROWS_PER_PARTITION)));
        if (!customers.storageLevel().equals(StorageLevel.NONE()) && partitions <= wanted
                && customers.columns().length == 1 && customers.columns()[0].equals(featuresColumn)) {
            return customers;
        }
        Dataset<Row> points = customers.select(col(featuresColumn));
        return (wanted < partitions ? points.coalesce(wanted) : points).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** @return a copy of the ks swept, ascending and consecutive */
    public int[] ks() {
        return ks.clone();
    }

    /** @return the smallest k swept */
    public int minK() {
        return ks[0];
    }

    /** @return the largest k swept */
    public int maxK() {
        return ks[ks.length - 1];
    }

    /**
     * @return the best fit for {@code k}
     * @throws IllegalArgumentException if k was not swept
     */
    public SparkSegmentation fit(int k) {
        return fits.get(index(k));
    }

    /** @return the WCSS of the best fit for {@code k} */
    public double wcss(int k) {
        return fit(k).wcss();
    }

    /** @return WCSS for each k swept, index 0 holding minK */
    public double[] wcssValues() {
        return fits.stream().mapToDouble(SparkSegmentation::wcss).toArray();
    }

    /** @return MLlib's squared-Euclidean silhouette of the best fit for {@code k}; NaN for a single segment */
    public double silhouette(int k) {
        return silhouettes[index(k)];
    }

    /** @return the squared-Euclidean silhouette for each k swept, index 0 holding minK; NaN where undefined */
    public double[] silhouettes() {
        return silhouettes.clone();
    }

    /**
     * @return a table with columns {@code k}, {@code WCSS}, {@code Drop from k-1 (%)} (how much of the previous WCSS
     *     the k-th segment removed; empty for the first k) and {@code Silhouette (squared Euclidean)} (empty where
     *     undefined), one row per k
     */
    public Table table() {
        IntColumn k = IntColumn.create("k", ks);
        DoubleColumn wcss = DoubleColumn.create("WCSS", wcssValues());
        DoubleColumn drop = DoubleColumn.create("Drop from k-1 (%)");
        DoubleColumn silhouette = DoubleColumn.create("Silhouette (squared Euclidean)");
        for (int i = 0; i < ks.length; i++) {
            if (i == 0) {
                drop.appendMissing();
            } else {
                double previous = wcss.getDouble(i - 1);
                drop.append(100 * (previous - wcss.getDouble(i)) / previous);
            }
            if (Double.isNaN(silhouettes[i])) {
                silhouette.appendMissing();
            } else {
                silhouette.append(silhouettes[i]);
            }
        }
        wcss.setPrintFormatter(Decimals.column(2));
        drop.setPrintFormatter(Decimals.column(1));
        silhouette.setPrintFormatter(Decimals.column(3));
        return Table.create("k-means on Spark: WCSS and silhouette by number of segments", k, wcss, drop, silhouette);
    }

    private int index(int k) {
        if (k < minK() || k > maxK()) {
            throw new IllegalArgumentException("k = " + k + " is outside the swept range " + minK() + ".." + maxK()
                    + "; choose a k in it or sweep a wider range.");
        }
        return k - minK();
    }
}
