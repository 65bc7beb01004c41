package org.segmenta.spark.clustering;

import static org.apache.spark.sql.functions.col;

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
 * <p>Each restart is one MLlib fit: k-means|| initialisation (B. Bahmani et al., "Scalable k-means++", VLDB 2012;
 * MLlib's default of 2 steps) from its own seed, then Lloyd's algorithm (MLlib's "row" solver, the one that computes
 * each distance with a precision check, rather than the "block" solver's matrix products). The restarts' seeds come
 * from the one seed as in the library (restart r's MLlib seed is the first {@code nextLong()} of the r-th
 * {@code split()} of {@code new SplittableRandom(seed)}), so the same seed gives the same segments; the restart with
 * the smallest WCSS is kept (the earliest of equal ones). WCSS is summed exactly around the means of the final
 * assignment (see {@link SparkSegmentation}), not taken from MLlib's training cost.
 *
 * <p>Tolerance: the library stops when the squared centroid shifts, summed over centroids, are at most {@code
 * tolerance · v̄} (v̄ the mean feature variance); MLlib stops when every centre moved by at most a distance ε. The fit
 * passes {@code ε = √(tolerance · v̄ / k)}: if every centre moves by at most ε, the summed squared shifts are at most
 * {@code tolerance · v̄}, so MLlib stops only where the library's rule would stop too. With tolerance 0 both iterate
 * until the centres no longer move.
 *
 * <p>Why it agrees with the library (tested, {@code SparkKMeansTest}): started from the same centres, MLlib's Lloyd
 * iterations and the library's ({@link org.segmenta.clustering.LloydKMeans#fromCentres}) are the same algorithm:
 * assign every customer to its nearest centre, move each centre to the mean of its customers, repeat. Each step is a
 * function of the previous partition only, so as long as both assign every customer alike they visit the same
 * partitions and stop at the same one, with the same WCSS up to the order of the sums (relative 1e-9 and far better).
 * They could part only (a) when a customer is within rounding of two centres (MLlib measures ‖x‖² + ‖c‖² − 2x·c when
 * its error bound is small, the library (x − c)² coordinate by coordinate; both take the lower index in an exact
 * tie), or (b) when a segment empties (MLlib keeps its old centre, the library gives it the farthest customer). Their
 * iteration counts can differ: on a cluster MLlib adds the executors' partial sums in the order they arrive, so with
 * tolerance 0 a centre can keep moving in its last bits for a few iterations after the partition has settled. The
 * k-means|| starts differ from the library's greedy k-means++, so with restarts the two reach the same optimum on
 * data with one clear optimum (the mall data: WCSS 44448.46, sizes 81, 39, 35, 23, 22) but are not the same draws.
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
    /** The initialisation named in {@link SparkSegmentation#parameters()} for a fit of this class. */
    static final String K_MEANS_PARALLEL = "k-means|| (MLlib)";
    /** The initialisation named in {@link SparkSegmentation#parameters()} for k = 1, which needs none. */
    static final String ONE_SEGMENT = "none (one segment)";
    /** The initialisation named in {@link SparkSegmentation#parameters()} for a fit from given centres. */
    static final String GIVEN_CENTRES = "given centres";

    private final int k;
    private final KMeansSettings settings;
    private final String featuresColumn;

    private SparkKMeans(int k, KMeansSettings settings, String featuresColumn) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.featuresColumn = Objects.requireNonNull(featuresColumn, "featuresColumn");
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
        return new SparkKMeans(k, settings, DEFAULT_FEATURES_COLUMN);
    }

    /** @return a copy with this number of k-means|| restarts (the one with the smallest WCSS is kept) */
    public SparkKMeans restarts(int restarts) {
        return new SparkKMeans(k, settings.restarts(restarts), featuresColumn);
    }

    /** @return a copy with this seed, from which every restart's MLlib seed is drawn */
    public SparkKMeans seed(long seed) {
        return new SparkKMeans(k, settings.seed(seed), featuresColumn);
    }

    /** @return a copy with this cap on Lloyd iterations per restart */
    public SparkKMeans maxIterations(int maxIterations) {
        return new SparkKMeans(k, settings.maxIterations(maxIterations), featuresColumn);
    }

    /** @return a copy with this relative tolerance on centroid movement (see the class comment; 0: until still) */
    public SparkKMeans tolerance(double tolerance) {
        return new SparkKMeans(k, settings.tolerance(tolerance), featuresColumn);
    }

    /** @return a copy that reads the feature vectors ({@code org.apache.spark.ml.linalg.Vector}) from this column */
    public SparkKMeans featuresColumn(String featuresColumn) {
        return new SparkKMeans(k, settings, featuresColumn);
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
        } finally {
            uncache(customers, points);
        }
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
        Vector[] centres = new Vector[k];
        for (int s = 0; s < k; s++) {
            if (initialCentres[s].length != vectors.columns()) {
                throw new IllegalArgumentException("initial centre " + s + " has " + initialCentres[s].length
                        + " values but the feature vectors have " + vectors.columns());
            }
            centres[s] = Vectors.dense(initialCentres[s].clone());
        }
        Dataset<Row> points = cachedFeatures(customers, vectors.rows());
        try {
            JavaRDD<Vector> rdd = points.javaRDD()
                    .map(row -> Vectors.fromML((org.apache.spark.ml.linalg.Vector) row.get(0)));
            KMeansModel model = new org.apache.spark.mllib.clustering.KMeans().setK(k)
                    .setInitialModel(new KMeansModel(centres)).setMaxIterations(settings.maxIterations())
                    .setEpsilon(mllibEpsilon(vectors)).run(rdd.rdd());
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
