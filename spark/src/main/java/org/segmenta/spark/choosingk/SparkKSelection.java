package org.segmenta.spark.choosingk;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.segmenta.choosingk.CalinskiHarabasz;
import org.segmenta.choosingk.Criterion;
import org.segmenta.choosingk.DaviesBouldin;
import org.segmenta.choosingk.GapStatistic;
import org.segmenta.choosingk.KRecommendation;
import org.segmenta.choosingk.Knee;
import org.segmenta.choosingk.Kneedle;
import org.segmenta.choosingk.Silhouette;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import org.segmenta.spark.clustering.SparkKSweep;
import org.segmenta.spark.clustering.SparkSegmentation;
import org.segmenta.statistics.Distances;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Choosing the number of segments on Spark: k-means for every k of a range ({@link SparkKSweep}), scored by the
 * criteria that are exact and cheap in passes over the customers, and one recommended k with the reasons, by the
 * library's own rules. The Spark counterpart of the library's {@link org.segmenta.choosingk.KSelection}; the
 * library's classes stay the definitions, this class only gathers their inputs where the customers are.
 *
 * <p>Per k ≥ 2, from the sweep's best fit ({@code fit(k)}, whose segments, centroids c_s, sizes n_s and WCSS come
 * back to the driver):
 *
 * <ul>
 *   <li><b>WCSS</b> {@code = Σ_i ‖x_i − c_segment(i)‖²}, from the sweep (the elbow curve). The elbow is the library's
 *   {@link Kneedle} (convex, decreasing, S = 1; Satopää et al., "Finding a 'Kneedle' in a haystack", ICDCS
 *   Workshops 2011) on the WCSS by k.</li>
 *   <li><b>Calinski–Harabasz</b> {@code = [B / (k − 1)] / [W / (n − k)]}, {@code B = Σ_s n_s ‖c_s − x̄‖²},
 *   {@code W} = WCSS (Calinski &amp; Harabasz, Communications in Statistics 3, 1974): the library's
 *   {@link CalinskiHarabasz#score(long, long[], double[][], double[], double)} from the sizes, centroids, WCSS and the
 *   overall mean x̄ (one aggregation over the customers for the whole sweep).</li>
 *   <li><b>Davies–Bouldin</b> {@code = (1/k) Σ_s max_{t≠s} (S_s + S_t) / ‖c_s − c_t‖}, {@code S_s} the mean
 *   Euclidean distance from the customers of segment s to c_s (Davies &amp; Bouldin, IEEE TPAMI 1(2), 1979): the
 *   library's {@link DaviesBouldin#score(long, double[], double[][])} from the centroids and the spreads, which one
 *   aggregation per k sums on the executors.</li>
 *   <li><b>Silhouette</b>: the library's {@link Silhouette} (Rousseeuw 1987, <b>Euclidean</b> distances, not MLlib's
 *   squared ones that {@link SparkKSweep#silhouettes()} reports) on customers collected to the driver: every customer
 *   (up to {@value Silhouette#MAX_EXACT_ROWS}) or a seeded sample of a given size, the same rows the library's
 *   {@link Silhouette#ofSample} draws with the same seed on the same table in the same order (a partial
 *   Fisher–Yates shuffle of the row numbers by {@code new SplittableRandom(seed)}, kept here in a map so that n row
 *   numbers need not be held), each labelled by the fit ({@link SparkSegmentation#segmentOf}). One collection for the
 *   whole sweep; distances are taken among the scored customers only, as in the library.</li>
 * </ul>
 *
 * <p>Left out: <b>the gap statistic</b> (Tibshirani, Walther &amp; Hastie, JRSS B 63, 2001). It compares the WCSS with
 * k-means on uniform reference tables of the same size as the customer table, {@value GapStatistic#DEFAULT_REFERENCES}
 * of them for every k: that many more sweeps over data as large as the customers, which is not cheap on a cluster and
 * cannot be replaced by something smaller without changing the statistic. It does not vote, and the recommendation's
 * explanation says so ({@link KRecommendation#from(Map, Map)}, {@link #GAP_LEFT_OUT}).
 *
 * <p>Each criterion prefers a k as in the library (the elbow; the largest mean silhouette; the largest
 * Calinski–Harabasz; the smallest Davies–Bouldin; ties within a criterion to the smaller k) and the recommendation is
 * their majority vote, ties to the smaller k ({@link KRecommendation}).
 *
 * <p>On a customer table of at most {@link org.segmenta.spark.clustering.SparkKMeans#DRIVER_SEEDING_ROWS} rows, the
 * sweep's fits start from the library's k-means++ draws, so on the table the library was given, in the same order,
 * every per-k value is the library's {@link org.segmenta.choosingk.KSelection}'s (up to the order of floating-point
 * sums) and the recommendation is the one the library makes from the same four criteria (tested on the mall data).
 *
 * <pre>{@code
 * SparkKSelection selection = SparkKSelection.sweep(customers, "features", 2, 10,
 *         KMeans.settings().restarts(10).seed(42), 0);
 * selection.recommendedK();             // e.g. 5
 * selection.explanation();              // "k = 5: ... The gap rule was left out: ..."
 * SparkSegmentation segments = selection.fit(selection.recommendedK());
 * }</pre>
 *
 * Immutable.
 */
public final class SparkKSelection {

    /** Why the gap statistic is not computed on Spark: the reason {@link KRecommendation#leftOut()} gives. */
    public static final String GAP_LEFT_OUT = "on Spark the gap statistic is not computed, since it needs k-means on "
            + GapStatistic.DEFAULT_REFERENCES + " uniform reference tables as large as the customer table for every k";

    private final SparkKSweep sweep;
    private final long rows;
    private final int silhouetteRows;
    private final long silhouetteSeed;
    private final double[] silhouettes;
    private final double[] calinskiHarabasz;
    private final double[] daviesBouldin;
    private final Knee elbow;
    private final Map<Criterion, OptionalInt> best;
    private final KRecommendation recommendation;

    private SparkKSelection(SparkKSweep sweep, long rows, int silhouetteRows, long silhouetteSeed,
            double[] silhouettes, double[] calinskiHarabasz, double[] daviesBouldin) {
        this.sweep = sweep;
        this.rows = rows;
        this.silhouetteRows = silhouetteRows;
        this.silhouetteSeed = silhouetteSeed;
        this.silhouettes = silhouettes;
        this.calinskiHarabasz = calinskiHarabasz;
        this.daviesBouldin = daviesBouldin;
        int[] ks = sweep.ks();
        this.elbow = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(IntStream.of(ks).asDoubleStream().toArray(),
                sweep.wcssValues());
        this.best = new EnumMap<>(Criterion.class);
        best.put(Criterion.ELBOW, elbow.found() ? OptionalInt.of((int) elbow.x().getAsDouble()) : OptionalInt.empty());
        best.put(Criterion.SILHOUETTE, bestOf(silhouettes, +1));
        best.put(Criterion.CALINSKI_HARABASZ, bestOf(calinskiHarabasz, +1));
        best.put(Criterion.DAVIES_BOULDIN, bestOf(daviesBouldin, -1));
        this.recommendation = KRecommendation.from(best, Map.of(Criterion.GAP, GAP_LEFT_OUT));
    }

    /**
     * Sweeps k = minK..maxK on Spark and recommends a k.
     *
     * @param customers the customers, with their feature vectors in {@code featuresColumn}
     * @param featuresColumn the features vector column
     * @param minK the smallest k, at least 1
     * @param maxK the largest k, at least minK + 2 and 3, at most the number of distinct feature vectors
     * @param settings restarts, seed and the other k-means settings, used for every k (only k changes); the seed
     *     also draws the silhouette sample
     * @param silhouetteSampleSize how many customers the silhouette scores: 0 for all of them (at most
     *     {@value Silhouette#MAX_EXACT_ROWS}), else a seeded sample of that many, 3 up to the number of customers
     * @throws IllegalArgumentException if the range is too short, there are too many customers for the exact
     *     silhouette with sample size 0, the sample size is out of range, or from a fit (bad features, k above what
     *     the data allow), with that fit's message
     */
    public static SparkKSelection sweep(Dataset<Row> customers, String featuresColumn, int minK, int maxK,
            KMeansSettings settings, int silhouetteSampleSize) {
        if (minK < 1 || maxK < minK + 2 || maxK < 3) {
            throw new IllegalArgumentException("choosing k needs at least 3 values of k including k = 2, i.e. "
                    + "1 ≤ minK and maxK ≥ max(minK + 2, 3); got minK = " + minK + ", maxK = " + maxK + ".");
        }
        Dataset<Row> points = SparkKSweep.cachedFeatures(customers, featuresColumn);
        try {
            long n = points.count();
            if (silhouetteSampleSize == 0 && n > Silhouette.MAX_EXACT_ROWS) {
                throw new IllegalArgumentException(n + " customers are too many for the exact silhouette (at most "
                        + Silhouette.MAX_EXACT_ROWS + "); pass a silhouette sample size, e.g. 10000.");
            }
            if (silhouetteSampleSize != 0 && (silhouetteSampleSize < 3 || silhouetteSampleSize > n)) {
                throw new IllegalArgumentException("a silhouette sample size must be 0 (every customer) or between 3 "
                        + "and the " + n + " customers, got " + silhouetteSampleSize + ".");
            }
            SparkKSweep sweep = SparkKSweep.run(points, featuresColumn, minK, maxK, settings);
            double[] overallMean = mean(points, featuresColumn);
            double[][] scored = silhouetteCustomers(points, featuresColumn, n, silhouetteSampleSize, settings.seed());
            int[] ks = sweep.ks();
            double[] silhouettes = new double[ks.length];
            double[] ch = new double[ks.length];
            double[] db = new double[ks.length];
            for (int i = 0; i < ks.length; i++) {
                SparkSegmentation fit = sweep.fit(ks[i]);
                if (fit.k() < 2) {
                    silhouettes[i] = ch[i] = db[i] = Double.NaN;
                    continue;
                }
                ch[i] = CalinskiHarabasz.score(n, fit.sizes(), fit.centroids(), overallMean, fit.wcss());
                db[i] = DaviesBouldin.score(n, spreads(points, fit), fit.centroids());
                silhouettes[i] = silhouette(scored, fit);
            }
            return new SparkKSelection(sweep, n, silhouetteSampleSize == 0 ? (int) n : silhouetteSampleSize,
                    settings.seed(), silhouettes, ch, db);
        } finally {
            if (points != customers) {
                points.unpersist();
            }
        }
    }

    /** x̄: the mean of every feature over the customers, one aggregation. */
    private static double[] mean(Dataset<Row> points, String featuresColumn) {
        Dataset<Row> values = points.select(org.apache.spark.ml.functions.vector_to_array(col(featuresColumn),
                "float64").as("x"));
        int p = ((Vector) points.first().get(0)).size();
        Column[] means = new Column[p];
        for (int j = 0; j < p; j++) {
            means[j] = org.apache.spark.sql.functions.avg(col("x").getItem(j));
        }
        Row row = values.agg(means[0], Arrays.copyOfRange(means, 1, p)).first();
        double[] mean = new double[p];
        for (int j = 0; j < p; j++) {
            mean[j] = row.getDouble(j);
        }
        return mean;
    }

    /** S_s: the mean Euclidean distance from the customers of each segment to its centroid, one aggregation. */
    private static double[] spreads(Dataset<Row> points, SparkSegmentation fit) {
        String segment = "__segmenta_segment";
        Dataset<Row> labelled = fit.label(points, segment);
        Column distance = udf(new DistanceToCentroid(fit.centroids()), DataTypes.DoubleType)
                .apply(col(fit.featuresColumn()), col(segment));
        double[] spreads = new double[fit.k()];
        for (Row row : labelled.groupBy(segment).agg(sum(distance), count(lit(1))).collectAsList()) {
            int s = row.getInt(0);
            spreads[s] = row.getDouble(1) / fit.size(s);
        }
        return spreads;
    }

    /** What the executors run for Davies–Bouldin: ‖x − c_segment‖ with the library's {@link Distances}. */
    private record DistanceToCentroid(double[][] centroids) implements UDF2<Vector, Integer, Double> {
        @Override
        public Double call(Vector features, Integer segment) {
            return Distances.euclidean(features.toArray(), centroids[segment]);
        }
    }

    /**
     * The feature vectors of the customers the silhouette scores, in the table's order: all of them (sampleSize 0),
     * or the rows {@link Silhouette#ofSample} draws, in ascending row order.
     */
    private static double[][] silhouetteCustomers(Dataset<Row> points, String featuresColumn, long n, int sampleSize,
            long seed) {
        List<Row> collected;
        if (sampleSize == 0) {
            collected = points.select(col(featuresColumn)).collectAsList();
        } else {
            long[] chosen = sampleRows(n, sampleSize, seed);
            JavaRDD<Row> rdd = points.select(col(featuresColumn)).javaRDD();
            collected = rdd.zipWithIndex().filter(pair -> Arrays.binarySearch(chosen, pair._2()) >= 0)
                    .map(pair -> pair._1()).collect();
        }
        double[][] x = new double[collected.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = ((Vector) collected.get(i).get(0)).toArray();
        }
        return x;
    }

    /**
     * The rows {@link Silhouette#ofSample} scores for a table of n rows: the first m places of a Fisher–Yates shuffle
     * of 0..n−1 by {@code new SplittableRandom(seed)} ({@code j = i + nextInt(n − i)}, swap), sorted; the rows moved
     * are kept in a map, so the cost is O(m), not O(n).
     */
    static long[] sampleRows(long n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, Long> moved = new HashMap<>();
        long[] chosen = new long[m];
        for (int i = 0; i < m; i++) {
            long j = i + (n <= Integer.MAX_VALUE ? random.nextInt((int) (n - i)) : random.nextLong(n - i));
            long atJ = moved.getOrDefault(j, j);
            long atI = moved.getOrDefault((long) i, (long) i);
            moved.put(j, atI);
            moved.put((long) i, atJ);
            chosen[i] = atJ;
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * The library's mean silhouette of the scored customers under {@code fit}. A feature constant among the scored
     * customers is left out of the matrix (the library's feature matrix refuses constant columns): it adds exactly 0
     * to every distance between them, so the widths are the same numbers.
     */
    private static double silhouette(double[][] x, SparkSegmentation fit) {
        int m = x.length;
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = fit.segmentOf(x[i]);
        }
        List<DoubleColumn> columns = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            double[] values = new double[m];
            for (int i = 0; i < m; i++) {
                values[i] = x[i][j];
            }
            double first = values[0];
            if (Arrays.stream(values).anyMatch(v -> v != first)) {
                columns.add(DoubleColumn.create("x" + (j + 1), values));
            }
        }
        if (columns.isEmpty()) {
            return Double.NaN;
        }
        FeatureMatrix matrix = FeatureMatrix.of(Table.create("silhouette customers", columns.toArray(DoubleColumn[]::new)),
                columns.stream().map(DoubleColumn::name).toArray(String[]::new));
        Segmentation segments = Segmentation.of("k-means on Spark", matrix, labels, Map.of("k", fit.k()));
        return Silhouette.of(segments).mean();
    }

    /** The k of the largest (direction +1) or smallest (−1) value, ignoring NaN; ties go to the smaller k. */
    private OptionalInt bestOf(double[] values, int direction) {
        int bestIndex = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (bestIndex < 0 || direction * values[i] > direction * values[bestIndex])) {
                bestIndex = i;
            }
        }
        return bestIndex < 0 ? OptionalInt.empty() : OptionalInt.of(sweep.minK() + bestIndex);
    }

    /** @return the sweep: the fit, WCSS and MLlib's squared-Euclidean silhouette for every k */
    public SparkKSweep sweep() {
        return sweep;
    }

    /** @return a copy of the ks swept, ascending */
    public int[] ks() {
        return sweep.ks();
    }

    /** @return the best k-means fit for {@code k} */
    public SparkSegmentation fit(int k) {
        return sweep.fit(k);
    }

    /** @return the WCSS of the best fit for {@code k} */
    public double wcss(int k) {
        return sweep.wcss(k);
    }

    /** @return WCSS for each k of {@link #ks()} */
    public double[] wcssValues() {
        return sweep.wcssValues();
    }

    /** @return the library's (Euclidean) mean silhouette width at {@code k} on the scored customers, NaN for k = 1 */
    public double meanSilhouette(int k) {
        return silhouettes[index(k)];
    }

    /** @return the Calinski–Harabasz index at {@code k}, NaN for k = 1 */
    public double calinskiHarabasz(int k) {
        return calinskiHarabasz[index(k)];
    }

    /** @return the Davies–Bouldin index at {@code k}, NaN for k = 1 */
    public double daviesBouldin(int k) {
        return daviesBouldin[index(k)];
    }

    /** @return what Kneedle found on the WCSS curve (convex, decreasing, S = 1) */
    public Knee elbow() {
        return elbow;
    }

    /** @return the k that {@code criterion} prefers, empty if it names none or was left out (the gap rule) */
    public OptionalInt bestK(Criterion criterion) {
        return best.getOrDefault(criterion, OptionalInt.empty());
    }

    /** @return the recommendation from the four criteria, with the gap rule left out */
    public KRecommendation recommendation() {
        return recommendation;
    }

    /** @return the recommended number of segments */
    public int recommendedK() {
        return recommendation.k();
    }

    /** @return the recommendation in plain language, ending with why the gap rule was left out */
    public String explanation() {
        return recommendation.explanation();
    }

    /** @return the number of customers swept */
    public long rows() {
        return rows;
    }

    /** @return how many customers the silhouette scored (all of them unless sampled) */
    public int silhouetteRows() {
        return silhouetteRows;
    }

    /** @return whether the silhouette scored a seeded sample rather than every customer */
    public boolean silhouetteSampled() {
        return silhouetteRows < rows;
    }

    /** @return how the silhouette was obtained, in {@link Silhouette#description()}'s words */
    public String silhouetteDescription() {
        return silhouetteSampled()
                ? String.format(Locale.ROOT, "estimated on a random sample of %,d of %,d customers (seed %d)",
                        silhouetteRows, rows, silhouetteSeed)
                : String.format(Locale.ROOT, "exact, all %,d customers", rows);
    }

    /**
     * @return one row per k: {@code k}, {@code WCSS}, {@code Mean silhouette}, {@code Calinski–Harabasz},
     *     {@code Davies–Bouldin} and {@code Preferred by}; blank where a criterion is undefined (k = 1). No gap
     *     columns: the gap statistic is left out.
     */
    public Table table() {
        int[] ks = sweep.ks();
        StringColumn preferredBy = StringColumn.create("Preferred by");
        for (int k : ks) {
            preferredBy.append(String.join(", ", recommendation.supporters(k).stream().map(Criterion::label)
                    .toList()));
        }
        DoubleColumn wcss = DoubleColumn.create("WCSS", wcssValues());
        DoubleColumn silhouette = DoubleColumn.create("Mean silhouette", silhouettes.clone());
        DoubleColumn ch = DoubleColumn.create("Calinski–Harabasz", calinskiHarabasz.clone());
        DoubleColumn db = DoubleColumn.create("Davies–Bouldin", daviesBouldin.clone());
        wcss.setPrintFormatter(Decimals.column(2));
        silhouette.setPrintFormatter(Decimals.column(3));
        ch.setPrintFormatter(Decimals.column(1));
        db.setPrintFormatter(Decimals.column(3));
        return Table.create("Choosing k on Spark: criteria by number of segments", IntColumn.create("k", ks), wcss,
                silhouette, ch, db, preferredBy);
    }

    private int index(int k) {
        if (k < sweep.minK() || k > sweep.maxK()) {
            throw new IllegalArgumentException("k = " + k + " is outside the swept range " + sweep.minK() + ".."
                    + sweep.maxK() + "; choose a k in it or sweep a wider range.");
        }
        return k - sweep.minK();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SparkKSelection[k=%d..%d, recommended k=%d]", sweep.minK(), sweep.maxK(),
                recommendedK());
    }
}
