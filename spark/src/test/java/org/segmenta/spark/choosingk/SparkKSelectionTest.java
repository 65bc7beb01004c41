package org.segmenta.spark.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.segmenta.choosingk.Criterion;
import org.segmenta.choosingk.KRecommendation;
import org.segmenta.choosingk.KSelection;
import org.segmenta.choosingk.Silhouette;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.spark.OnBothMasters;
import org.segmenta.spark.clustering.SparkSegmentation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Choosing k on Spark against the library's {@link KSelection} on the mall data (annual income and spending score,
 * unscaled, k = 2..10, 10 restarts, seed 42): the same segmentations for every k (the sweep's fits start from the
 * library's k-means++ draws on a table this small), and for each the same WCSS, Calinski–Harabasz, Davies–Bouldin and
 * Euclidean silhouette; the same recommendation when the library's is weighed from the same four criteria. At k = 5
 * (the published optimum: sizes 81, 39, 35, 23, 22, WCSS 44448.46) also scikit-learn's values of the three indices.
 * On both masters, one session each.
 */
class SparkKSelectionTest extends OnBothMasters {

    private static final Path MALL = Path.of("../data/mall_customers.csv");
    private static final KMeansSettings SETTINGS = KMeans.settings().restarts(10).seed(42);
    private static final int MIN_K = 2;
    private static final int MAX_K = 10;
    private static final int SAMPLE = 60;
    private static final double RELATIVE = 1e-9;

    private static double[][] mall;
    private static KSelection library;
    private static SparkKSelection chosen;
    private static Dataset<Row> customers;

    @BeforeParameterizedClassInvocation
    static void chooseOnSpark(String master) {
        if (library == null) {
            mall = mallIncomeAndScore();
            library = KSelection.sweep(matrix(mall), MIN_K, MAX_K, SETTINGS);
        }
        customers = dataset(mall, 3);
        chosen = SparkKSelection.sweep(customers, "features", MIN_K, MAX_K, SETTINGS, 0);
    }

    @Test
    void everyKHasTheLibrarysSegmentation() {
        int[] ids = new int[mall.length];
        for (int k = MIN_K; k <= MAX_K; k++) {
            SparkSegmentation fit = chosen.fit(k);
            Segmentation local = library.fit(k);
            assertArrayEquals(Arrays.stream(local.sizes()).asLongStream().toArray(), fit.sizes(), "sizes, k = " + k);
            // The same partition: each Spark segment holds exactly the customers of one library segment.
            int[] sparkLabels = labelsById(fit.label(customers), mall.length);
            int[] libraryOf = new int[k];
            Arrays.fill(libraryOf, -1);
            for (int i = 0; i < ids.length; i++) {
                int s = sparkLabels[i];
                if (libraryOf[s] < 0) {
                    libraryOf[s] = local.segmentOf(i);
                }
                assertEquals(libraryOf[s], local.segmentOf(i), "customer " + i + ", k = " + k);
            }
        }
    }

    @Test
    void wcssCalinskiHarabaszAndDaviesBouldinAreTheLibrarys() {
        assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7, 8, 9, 10}, chosen.ks());
        for (int k = MIN_K; k <= MAX_K; k++) {
            assertRelative(library.wcss(k), chosen.wcss(k), "WCSS, k = " + k);
            assertRelative(library.calinskiHarabasz(k), chosen.calinskiHarabasz(k), "Calinski–Harabasz, k = " + k);
            assertRelative(library.daviesBouldin(k), chosen.daviesBouldin(k), "Davies–Bouldin, k = " + k);
        }
    }

    @Test
    void theSilhouetteIsTheLibrarysEuclideanOneOfEveryCustomer() {
        for (int k = MIN_K; k <= MAX_K; k++) {
            assertRelative(library.meanSilhouette(k), chosen.meanSilhouette(k), "silhouette, k = " + k);
        }
        assertEquals("exact, all 200 customers", chosen.silhouetteDescription());
    }

    @Test
    void atTheOptimumOfFiveTheIndicesAreScikitLearns() {
        // The published k = 5 optimum, and scikit-learn 1.2.1's calinski_harabasz_score, davies_bouldin_score and
        // silhouette_score of its labels (the lib's MallReference, CalinskiHarabaszTest, DaviesBouldinTest and
        // SilhouetteTest give the Python).
        assertArrayEquals(new long[] {81, 39, 35, 23, 22}, chosen.fit(5).sizes());
        assertEquals(44448.46, chosen.wcss(5), 0.005);
        assertEquals(247.35899338037282, chosen.calinskiHarabasz(5), 1e-9);
        assertEquals(0.5725628995597083, chosen.daviesBouldin(5), 1e-12);
        assertEquals(0.553931997444648, chosen.meanSilhouette(5), 1e-12);
    }

    @Test
    void theRecommendationIsTheLibrarysFromTheSameFourCriteria() {
        Map<Criterion, OptionalInt> four = new EnumMap<>(Criterion.class);
        for (Criterion criterion : List.of(Criterion.ELBOW, Criterion.SILHOUETTE, Criterion.CALINSKI_HARABASZ,
                Criterion.DAVIES_BOULDIN)) {
            four.put(criterion, library.bestK(criterion));
            assertEquals(library.bestK(criterion), chosen.bestK(criterion), criterion.label());
        }
        KRecommendation local = KRecommendation.from(four, Map.of(Criterion.GAP, SparkKSelection.GAP_LEFT_OUT));

        assertEquals(local.k(), chosen.recommendedK());
        assertEquals(local.explanation(), chosen.explanation());
        assertTrue(chosen.bestK(Criterion.GAP).isEmpty());
        assertTrue(chosen.explanation().endsWith("The gap rule was left out: " + SparkKSelection.GAP_LEFT_OUT + "."),
                chosen.explanation());
        assertEquals(List.of(Criterion.GAP), List.copyOf(chosen.recommendation().leftOut().keySet()));
    }

    @Test
    void aSilhouetteSampleIsTheLibrarysSampleWithTheSameSeed() {
        long[] rows = SparkKSelection.sampleRows(mall.length, SAMPLE, 42);
        int[] expected = Silhouette.ofSample(library.fit(5), SAMPLE, 42).rows();

        assertArrayEquals(Arrays.stream(expected).asLongStream().toArray(), rows);
    }

    @Test
    void aSampledSilhouetteIsTheLibrarysOnTheSameSample() {
        // One restart per k keeps this second sweep short; the library's fits with the same settings are the
        // reference segmentations (the same k-means++ draw, so the same partitions).
        KMeansSettings once = KMeans.settings().restarts(1).seed(42);
        SparkKSelection sampled = SparkKSelection.sweep(customers, "features", 2, 4, once, SAMPLE);

        for (int k = 2; k <= 4; k++) {
            Segmentation local = once.withK(k).fit(matrix(mall));
            assertArrayEquals(Arrays.stream(local.sizes()).asLongStream().toArray(), sampled.fit(k).sizes());
            assertRelative(Silhouette.ofSample(local, SAMPLE, 42).mean(), sampled.meanSilhouette(k),
                    "sampled silhouette, k = " + k);
        }
        assertEquals("estimated on a random sample of 60 of 200 customers (seed 42)",
                sampled.silhouetteDescription());
    }

    @Test
    void aRangeTooShortOrABadSampleSizeIsRefusedBeforeAnyFit() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> SparkKSelection.sweep(customers, "features", 2, 3, SETTINGS, 0));
        IllegalArgumentException sample = assertThrows(IllegalArgumentException.class,
                () -> SparkKSelection.sweep(customers, "features", 2, 4, SETTINGS, 201));

        assertTrue(range.getMessage().contains("maxK ≥ max(minK + 2, 3)"), range.getMessage());
        assertTrue(sample.getMessage().contains("between 3 and the 200 customers, got 201"), sample.getMessage());
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected), what);
    }

    /** (annual income, spending score) of the mall customers in file order, parsed by plain splitting. */
    private static double[][] mallIncomeAndScore() {
        try {
            return Files.readAllLines(MALL).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(fields -> new double[] {Double.parseDouble(fields[3]), Double.parseDouble(fields[4])})
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FeatureMatrix matrix(double[][] x) {
        List<DoubleColumn> columns = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            double[] values = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                values[i] = x[i][j];
            }
            columns.add(DoubleColumn.create("x" + (j + 1), values));
        }
        return FeatureMatrix.of(Table.create("mall", columns.toArray(DoubleColumn[]::new)), "x1", "x2");
    }

    /** (id, features), customer i with id i, in {@code partitions} partitions in file order. */
    private static Dataset<Row> dataset(double[][] x, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create((long) i, Vectors.dense(x[i])));
        }
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("features", SQLDataTypes.VectorType(), true);
        return spark.createDataFrame(new JavaSparkContext(spark.sparkContext())
                .parallelize(rows, partitions), schema);
    }

    private static int[] labelsById(Dataset<Row> labelled, int n) {
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (Row row : labelled.select("id", "segment").collectAsList()) {
            labels[(int) row.getLong(0)] = row.getInt(1);
        }
        return labels;
    }
}
