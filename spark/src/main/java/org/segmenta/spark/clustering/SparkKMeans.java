package org.segmenta.spark.clustering;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.segmenta.clustering.KMeansSettings;

/**
 * k-means on Apache Spark with MLlib ({@code org.apache.spark.ml.clustering.KMeans}), for customer tables too large
 * for one machine: the library's {@link org.segmenta.clustering.KMeans} with the same settings record
 * ({@link KMeansSettings}: restarts, seed, maxIterations, tolerance) and the same objective, {@code WCSS = Σ_i min_s
 * ‖x_i − c_s‖²}, run where the data is. The customers stay in Spark; the fit brings back k centroids, k sizes, the WCSS
 * and the run's facts ({@link SparkSegmentation}), and labels customers lazily ({@link SparkSegmentation#label}).
 *
 * <p>Two ways to start, chosen by the table's size:
 *
 * <ul>
 *   <li><b>Up to {@value #DRIVER_SEEDING_ROWS} customers: the library's starts.</b> The features are collected to the
 *   driver in the Dataset's order and every restart's starting centres are the library's own greedy k-means++ draws
 *   ({@link org.segmenta.clustering.KMeans#startingCentres}); from each, MLlib runs Lloyd's iterations one step at a
 *   time (its {@code mllib.clustering.KMeans} with the current centres as initial model and one iteration), stopped
 *   by the library's rule: when the squared shifts of the centres, summed, are at most {@code tolerance · v̄} (v̄ the
 *   mean feature variance). So the fit is the library's {@link org.segmenta.clustering.KMeans#fit} run by Spark: on a
 *   table in the order the library was given (the customer tables of both engines are sorted by customer id), the
 *   same segments, sizes and WCSS (tested on the mall data and on Online Retail's customers).</li>
 *   <li><b>Larger tables: MLlib's k-means||.</b> Each restart is one MLlib fit: k-means|| initialisation (B. Bahmani
 *   et al., "Scalable k-means++", VLDB 2012; MLlib's default of 2 steps) from its own seed (restart r's is the first
 *   {@code nextLong()} of the r-th {@code split()} of {@code new SplittableRandom(seed)}), then Lloyd's algorithm
 *   (MLlib's "row" solver, the one that computes each distance with a precision check). MLlib stops when every centre
 *   moved by at most a distance ε; the fit passes {@code ε = √(tolerance · v̄ / k)}, so MLlib stops only where the
 *   library's rule would stop too (if every centre moves by at most ε, the summed squared shifts are at most
 *   {@code tolerance · v̄}). The starts are not the library's, so with restarts the two reach the same optimum on data
 *   with one clear optimum (the mall data: WCSS 44448.46, sizes 81, 39, 35, 23, 22) but are not the same draws.</li>
 * </ul>
 *
 * <p>Either way the restart with the smallest WCSS is kept (the earliest of equal ones), and WCSS is summed exactly
 * around the means of the final assignment (see {@link SparkSegmentation}), not taken from MLlib's training cost.
 *
 * <p>Why the Lloyd iterations agree with the library's (tested, {@code SparkKMeansTest}): started from the same
 * centres, MLlib's and the library's ({@link org.segmenta.clustering.LloydKMeans#fromCentres}) are the same
 * algorithm: assign every customer to its nearest centre, move each centre to the mean of its customers, repeat. Each
 * step is a function of the previous partition only, so as long as both assign every customer alike they visit the
 * same partitions. They could part only (a) when a customer is within rounding of two centres (MLlib measures ‖x‖² +
 * ‖c‖² − 2x·c when its error bound is small, the library (x − c)² coordinate by coordinate; both take the lower index
 * in an exact tie), or (b) when a segment empties (MLlib keeps its old centre, the library gives it the farthest
 * customer). On a cluster MLlib adds the executors' partial sums in the order they arrive, so a centre can move in its
 * last bits after its customers have settled; with tolerance 0 the step-by-step fit counts shifts within that
 * rounding as still.
 *
 * <p>k = 1 is not sent to MLlib (which refuses it): the one segment holds every customer, its centroid is the mean,
 * its WCSS the total sum of squares, with 0 iterations; the elbow curve starts there.
 *
 * <p>Hierarchical clustering (Ward) is not offered on Spark: it needs all pairwise merge costs of n customers (the
 * library's chain needs the whole data in one memory and O(n²) time), which no distribution turns into a cluster
 * job; at the scale Spark is for, use k-means, or run Ward with the library on a sample.
 *
 * <pre>{@code
 * Dataset<Row> customers = new VectorAssembler().setInputCols(new String[] {"recency", "frequency", "monetary"})
 *         .setOutputCol("features").transform(table);
 * SparkSegmentation segments = SparkKMeans.withK(5).restarts(10).seed(42).fit(customers);
 * segments.sizes(); segments.centroids(); segments.wcss();         // small, on the driver
 * segments.label(customers).write().parquet("s3a://bucket/segments/");   // per customer, never collected
 * }</pre>
 *
 * Immutable; each setter returns a copy.
 */
public final class SparkKMeans {

    /** The features vector column read unless {@link #featuresColumn(String)} names another. */
    public static final String DEFAULT_FEATURES_COLUMN = "features";

    /** About how many customers each partition of a fit's cached features holds (at least one partition). */
    public static final long ROWS_PER_PARTITION = 100_000;
    /**
     * The most customers whose features {@link #fit} collects to the driver to draw the library's k-means++ starts
     * (at 10 features, 80 MB); above it, MLlib's k-means|| starts each restart where the data is.
     */
    public static final long DRIVER_SEEDING_ROWS = 1_000_000;
    /**
     * With tolerance 0, the summed squared shift (relative to the centres' summed squared norms) below which the
     * centres count as still: on a cluster the executors' partial sums arrive in any order, so a centre whose
     * customers no longer change can still move in its last bits.
     */
    private static final double STILL = 1e-24;
    /** The initialisation named in {@link SparkSegmentation#parameters()} for a fit seeded on the driver. */
    static final String LIBRARY_K_MEANS_PLUS_PLUS = "greedy k-means++ (the library's, on the driver)";
    /** The initialisation named in {@link SparkSegmentation#parameters()} for a fit of a larger table. */
    static final String K_MEANS_PARALLEL = "k-means|| (MLlib)";
    /** The initialisation named in {@link SparkSegmentation#parameters()} for k = 1, which needs none. */
    static final String ONE_SEGMENT = "none (one segment)";
    /** The initialisation named in {@link SparkSegmentation#parameters()} for a fit from given centres. */
    static final String GIVEN_CENTRES = "given centres";

    private final int k;
    private final KMeansSettings settings;
    private final String featuresColumn;
    private final long driverSeedingRows;

    private SparkKMeans(int k, KMeansSettings settings, String featuresColumn, long driverSeedingRows) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.featuresColumn = Objects.requireNonNull(featuresColumn, "featuresColumn");
        this.driverSeedingRows = driverSeedingRows;
    }

    /**
     * @param k the number of segments, at least 1
     * @return k-means with the library's default settings ({@link org.segmenta.clustering.KMeans#settings()}: 10
     *     restarts, seed 42, at most 300 iterations, tolerance 1e-4) on column {@value #DEFAULT_FEATURES_COLUMN}
     */
    public static SparkKMeans withK(int k) {
        return of(k, org.segmenta.clustering.KMeans.settings());
    }

    /**
     * @param k the number of segments, at least 1
     * @param settings the library's k-means settings (the same record a local fit or sweep takes)
     * @return k-means with these settings on column {@value #DEFAULT_FEATURES_COLUMN}
     */
    public static SparkKMeans of(int k, KMeansSettings settings) {
        return new SparkKMeans(k, settings, DEFAULT_FEATURES_COLUMN, DRIVER_SEEDING_ROWS);
    }

    /** @return a copy with this number of k-means|| restarts (the one with the smallest WCSS is kept) */
    public SparkKMeans restarts(int restarts) {
        return new SparkKMeans(k, settings.restarts(restarts), featuresColumn, driverSeedingRows);
    }

    /** @return a copy with this seed, from which every restart's MLlib seed is drawn */
    public SparkKMeans seed(long seed) {
        return new SparkKMeans(k, settings.seed(seed), featuresColumn, driverSeedingRows);
    }

    /** @return a copy with this cap on Lloyd iterations per restart */
    public SparkKMeans maxIterations(int maxIterations) {
        return new SparkKMeans(k, settings.maxIterations(maxIterations), featuresColumn, driverSeedingRows);
    }

    /** @return a copy with this relative tolerance on centroid movement (see the class comment; 0: until still) */
    public SparkKMeans tolerance(double tolerance) {
        return new SparkKMeans(k, settings.tolerance(tolerance), featuresColumn, driverSeedingRows);
    }

    /** @return a copy that reads the feature vectors ({@code org.apache.spark.ml.linalg.Vector}) from this column */
    public SparkKMeans featuresColumn(String featuresColumn) {
        return new SparkKMeans(k, settings, featuresColumn, driverSeedingRows);
    }

    /**
     * A copy that seeds on the driver only tables of at most {@code rows} customers, for the tests of the k-means||
     * path on small data (0: always k-means||).
     */
    SparkKMeans driverSeedingRows(long rows) {
        return new SparkKMeans(k, settings, featuresColumn, rows);
    }

    /** @return the number of segments asked for */
    public int k() {
        return k;
    }

    /** @return the restarts, seed, iteration cap and tolerance */
    public KMeansSettings settings() {
        return settings;
    }

    /**
     * Segments the customers by their feature vectors. The features column is projected and cached for the length
     * of the fit unless the Dataset is cached already.
     *
     * @param customers a Dataset with a column of feature vectors (already scaled as the study wants: the fit
     *     measures distances in that space)
     * @return the kept restart's segments
     * @throws IllegalArgumentException if the features column is missing, not vectors, has a missing, NaN or
     *     infinite value or vectors of different sizes, the Dataset is empty, or k exceeds the customers or what
     *     k-means|| finds distinct; the message names the column and what to do
     */
    public SparkSegmentation fit(Dataset<Row> customers) {
        FeatureVectors vectors = requireCustomers(customers);
        double epsilon = mllibEpsilon(vectors);
        Dataset<Row> points = cachedFeatures(customers, vectors.rows());
        try {
            if (k == 1) {
                // MLlib refuses k = 1, which the elbow curve needs: one segment of everyone, around the mean.
                KMeansModel everyone = new KMeansModel(new Vector[] {Vectors.dense(vectors.means())}, "euclidean", 0,
                        0);
                return SparkSegmentation.measure(points, featuresColumn, everyone, k, settings, ONE_SEGMENT);
            }
            return vectors.rows() <= driverSeedingRows ? fitFromLibrarySeeding(points, vectors.meanVariance())
                    : fitFromKMeansParallel(points, vectors, epsilon);
        } finally {
            uncache(customers, points);
        }
    }

    /**
     * Every restart from the library's greedy k-means++ starts ({@link org.segmenta.clustering.KMeans#startingCentres}),
     * drawn on the driver over the features collected in the Dataset's order, then MLlib's Lloyd iterations; the
     * smallest WCSS kept, the earliest of equal ones.
     */
    private SparkSegmentation fitFromLibrarySeeding(Dataset<Row> points, double meanVariance) {
        List<Row> rows = points.select(col(featuresColumn)).collectAsList();
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = ((org.apache.spark.ml.linalg.Vector) rows.get(i).get(0)).toArray();
        }
        double[][][] starts = settings.withK(k).startingCentres(x);
        JavaRDD<Vector> mllibPoints = mllibVectors(points, featuresColumn).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SparkSegmentation best = null;
            for (double[][] start : starts) {
                SparkSegmentation fit = lloydStepByStep(points, mllibPoints, start, settings.tolerance() * meanVariance);
                if (best == null || fit.wcss() < best.wcss()) {
                    best = fit;
                }
            }
            return best;
        } finally {
            mllibPoints.unpersist(false);
        }
    }

    /**
     * Lloyd's iterations from {@code start}, each one MLlib step ({@code mllib.clustering.KMeans} with the current
     * centres as its initial model and one iteration), stopped by the library's rule: when the squared shifts of the
     * centres, summed, are at most {@code absoluteTolerance} (with tolerance 0: when they are within the rounding of
     * the sums, {@link #STILL}), or at the iteration cap.
     */
    private SparkSegmentation lloydStepByStep(Dataset<Row> points, JavaRDD<Vector> mllibPoints, double[][] start,
                                              double absoluteTolerance) {
        double stop = Math.max(absoluteTolerance, STILL * squaredNorms(start));
        double[][] centres = start;
        KMeansModel model = null;
        int iterations = 0;
        boolean converged = false;
        while (iterations < settings.maxIterations() && !converged) {
            model = lloyd(mllibPoints, centres, 1, 0);
            iterations++;
            double[][] moved = new double[k][];
            double shift = 0;
            for (int s = 0; s < k; s++) {
                moved[s] = model.clusterCenters()[s].toArray();
                for (int j = 0; j < moved[s].length; j++) {
                    shift += (moved[s][j] - centres[s][j]) * (moved[s][j] - centres[s][j]);
                }
            }
            centres = moved;
            converged = shift <= stop;
        }
        return SparkSegmentation.measure(points, featuresColumn, model, k, settings, LIBRARY_K_MEANS_PLUS_PLUS,
                iterations, converged);
    }

    private static double squaredNorms(double[][] centres) {
        double sum = 0;
        for (double[] centre : centres) {
            for (double value : centre) {
                sum += value * value;
            }
        }
        return sum;
    }

    /** Every restart one MLlib fit with k-means|| from its own seed; the smallest WCSS kept, the earliest of equal ones. */
    private SparkSegmentation fitFromKMeansParallel(Dataset<Row> points, FeatureVectors vectors, double epsilon) {
        SplittableRandom master = new SplittableRandom(settings.seed());
        SparkSegmentation best = null;
        for (int r = 0; r < settings.restarts(); r++) {
            long restartSeed = master.split().nextLong();
            KMeansModel model = new KMeans().setK(k).setInitMode("k-means||").setSeed(restartSeed)
                    .setMaxIter(settings.maxIterations()).setTol(epsilon).setSolver("row")
                    .setFeaturesCol(featuresColumn).setPredictionCol("__segmenta_cluster").fit(points)
                    .parentModel();
            if (model.k() < k) {
                throw new IllegalArgumentException("k = " + k + " segments cannot be formed: MLlib's k-means|| "
                        + "found only " + model.k() + " distinct starting centres among " + vectors.rows()
                        + " customers, so the features probably have fewer than " + k + " distinct vectors; "
                        + "choose k ≤ " + model.k() + ".");
            }
            SparkSegmentation fit = SparkSegmentation.measure(points, featuresColumn, model, k, settings,
                    K_MEANS_PARALLEL);
            if (best == null || fit.wcss() < best.wcss()) {
                best = fit;
            }
        }
        return best;
    }

    /** MLlib's Lloyd iterations ({@code mllib.clustering.KMeans} with an initial model) from {@code centres}. */
    private KMeansModel lloyd(JavaRDD<Vector> points, double[][] centres, int maxIterations, double epsilon) {
        Vector[] initial = new Vector[centres.length];
        for (int s = 0; s < centres.length; s++) {
            initial[s] = Vectors.dense(centres[s].clone());
        }
        return new org.apache.spark.mllib.clustering.KMeans().setK(k).setInitialModel(new KMeansModel(initial))
                .setMaxIterations(maxIterations).setEpsilon(epsilon).run(points.rdd());
    }

    /** The features column as MLlib's RDD vectors (the Dataset may hold other columns: a cached customer table). */
    private static JavaRDD<Vector> mllibVectors(Dataset<Row> points, String featuresColumn) {
        return points.select(col(featuresColumn)).javaRDD()
                .map(row -> Vectors.fromML((org.apache.spark.ml.linalg.Vector) row.get(0)));
    }

    /**
     * One run of MLlib's Lloyd iterations from the centres given instead of k-means|| (MLlib's
     * {@code mllib.clustering.KMeans.setInitialModel}; the {@code ml} API has no initial model), with this
     * configuration's iteration cap and tolerance; restarts and seed are not used. For the equality test with the
     * library's {@link org.segmenta.clustering.LloydKMeans#fromCentres}: the same Lloyd loop MLlib runs after
     * k-means|| in {@link #fit}.
     *
     * @param initialCentres k centres, each with as many values as the feature vectors
     */
    SparkSegmentation fitFromCentres(Dataset<Row> customers, double[][] initialCentres) {
        if (initialCentres.length != k) {
            throw new IllegalArgumentException("got " + initialCentres.length + " initial centres for k = " + k);
        }
        FeatureVectors vectors = requireCustomers(customers);
        for (int s = 0; s < k; s++) {
            if (initialCentres[s].length != vectors.columns()) {
                throw new IllegalArgumentException("initial centre " + s + " has " + initialCentres[s].length
                        + " values but the feature vectors have " + vectors.columns());
            }
        }
        Dataset<Row> points = cachedFeatures(customers, vectors.rows());
        try {
            KMeansModel model = lloyd(mllibVectors(points, featuresColumn), initialCentres, settings.maxIterations(),
                    mllibEpsilon(vectors));
            return SparkSegmentation.measure(points, featuresColumn, model, k, settings, GIVEN_CENTRES);
        } finally {
            uncache(customers, points);
        }
    }

    private FeatureVectors requireCustomers(Dataset<Row> customers) {
        FeatureVectors vectors = FeatureVectors.of(customers, featuresColumn);
        if (k > vectors.rows()) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be formed from " + vectors.rows()
                    + " customers; choose k ≤ " + vectors.rows() + ".");
        }
        return vectors;
    }

    /** MLlib's per-centre distance ε that enforces the library's relative tolerance (class comment). */
    private double mllibEpsilon(FeatureVectors vectors) {
        return Math.sqrt(settings.tolerance() * vectors.meanVariance() / k);
    }

    /**
     * The features column alone, cached for the fit in partitions of about {@value #ROWS_PER_PARTITION} rows: every
     * Lloyd iteration is a Spark job with one task per partition, and a customer table fresh from a sort or a group-by
     * has {@code spark.sql.shuffle.partitions} of them (200 by default) however few its rows. A Dataset that is cached
     * already in no more partitions than that is read as it is.
     */
    private Dataset<Row> cachedFeatures(Dataset<Row> customers, long rows) {
        int partitions = customers.rdd().getNumPartitions();
        int wanted = (int) Math.max(1, Math.min(partitions, Math.ceilDiv(rows, ROWS_PER_PARTITION)));
        if (isCached(customers) && partitions <= wanted) {
            return customers;
        }
        Dataset<Row> points = customers.select(col(featuresColumn));
        return (wanted < partitions ? points.coalesce(wanted) : points).persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static void uncache(Dataset<Row> customers, Dataset<Row> points) {
        if (points != customers) {
            points.unpersist();
        }
    }

    private static boolean isCached(Dataset<Row> customers) {
        return !customers.storageLevel().equals(StorageLevel.NONE());
    }

    @Override
    public String toString() {
        return "SparkKMeans[k=" + k + ", restarts=" + settings.restarts() + ", seed=" + settings.seed()
                + ", maxIterations=" + settings.maxIterations() + ", tolerance=" + settings.tolerance()
                + ", featuresColumn=" + featuresColumn + "]";
    }
}
