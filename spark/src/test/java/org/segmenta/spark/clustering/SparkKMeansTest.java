package org.segmenta.spark.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.LloydKMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.spark.OnBothMasters;

/**
 * k-means on Spark against the library: from the same initial centres the same partition and WCSS as the library's
 * k-means, and with restarts the published optimum of the mall data; on both masters, one session each.
 */
class SparkKMeansTest extends OnBothMasters {

    private static double[][] mall;
    private static Dataset<Row> mallCustomers;
    /** Best of 10 restarts, seed 42, k = 5 on the mall data: the fit two tests look at, made once per master. */
    private static SparkSegmentation mallBestOfTen;
    /** The same with MLlib's k-means|| starts, the path of tables too large to seed on the driver. */
    private static SparkSegmentation mallBestOfTenKMeansParallel;

    @BeforeParameterizedClassInvocation
    static void startSpark(String master) {
        mall = Customers.mallIncomeAndScore();
        mallCustomers = Customers.dataset(spark, mall, 3).cache();
        mallBestOfTen = SparkKMeans.withK(5).restarts(10).seed(42).fit(mallCustomers);
        mallBestOfTenKMeansParallel = SparkKMeans.withK(5).restarts(10).seed(42).driverSeedingRows(0)
                .fit(mallCustomers);
    }

    /** Both from the same centres with tolerance 0: the same groups, the same WCSS, the same sizes. */
    private static void assertSameAsTheLibraryFrom(double[][] x, Dataset<Row> customers, double[][] centres) {
        int k = centres.length;
        Segmentation library = LloydKMeans.fromCentres(Customers.matrix(x), centres, 1000, 0);
        SparkSegmentation onSpark = SparkKMeans.withK(k).maxIterations(1000).tolerance(0)
                .fitFromCentres(customers, centres);

        int[] sparkLabels = Customers.labelsById(onSpark.label(customers), x.length);
        Customers.assertSamePartition(library.labels(), sparkLabels);
        assertEquals(library.wcss(), onSpark.wcss(), 1e-9 * library.wcss(), "WCSS");
        assertArrayEquals(Arrays.stream(library.sizes()).asLongStream().toArray(), onSpark.sizes(), "sizes");
        assertTrue(library.converged(), "the library's run converged");
        assertTrue(onSpark.converged(), "MLlib's run converged");
    }

    @Test
    void fromTheSameCentresOnTheMallDataTheLibraryAndMllibReachTheSamePartition() {
        for (long draw = 1; draw <= 3; draw++) {
            assertSameAsTheLibraryFrom(mall, mallCustomers, Customers.rowsAsCentres(mall, 5, draw));
        }
    }

    @Test
    void fromTheSameCentresOnTwoHundredThousandBlobsTheLibraryAndMllibReachTheSamePartition() {
        // 200,000 customers × 5 features around 5 centres in [0, 4)^5 with unit spread: the blobs overlap, so many
        // customers sit between centres and the runs take many steps.
        Customers.Blobs generator = Customers.Blobs.of(5, 5, 4, 20_260_601);
        double[][] blobs = generator.customers(200_000);
        Dataset<Row> customers = generator.dataset(spark, 200_000, 4).cache();
        try {
            assertSameAsTheLibraryFrom(blobs, customers, Customers.rowsAsCentres(blobs, 5, 7));
        } finally {
            customers.unpersist();
        }
    }

    @Test
    void seededOnTheDriverTheFitReachesTheLibrarysSegmentsWithTheSameSettings() {
        Segmentation library = KMeans.withK(5).restarts(10).seed(42).fit(Customers.matrix(mall));

        Customers.assertSamePartition(library.labels(), Customers.labelsById(mallBestOfTen.label(mallCustomers),
                mall.length));
        assertEquals(library.wcss(), mallBestOfTen.wcss(), 1e-9 * library.wcss());
        assertEquals("greedy k-means++ (the library's, on the driver)",
                mallBestOfTen.parameters().get("initialisation"));
    }

    @Test
    void seededOnTheDriverOnStandardisedFeaturesEveryKReachesTheLibrarysSegments() {
        double[][] standardised = Customers.standardised(mall);
        // One cached partition: the fit reads the Dataset as it is, its features after the id column.
        Dataset<Row> customers = Customers.dataset(spark, standardised, 1).cache();
        try {
            for (int k = 2; k <= 8; k += 3) {
                Segmentation library = KMeans.withK(k).restarts(4).seed(k).fit(Customers.matrix(standardised));
                SparkSegmentation onSpark = SparkKMeans.withK(k).restarts(4).seed(k).fit(customers);

                Customers.assertSamePartition(library.labels(), Customers.labelsById(onSpark.label(customers),
                        mall.length));
                assertEquals(library.wcss(), onSpark.wcss(), 1e-9 * library.wcss(), "WCSS, k = " + k);
            }
        } finally {
            customers.unpersist();
        }
    }

    @Test
    void bestOfRestartsOnTheMallDataIsThePublishedOptimum() {
        bestOfRestartsIsThePublishedOptimum(mallBestOfTen);
    }

    @Test
    void bestOfKMeansParallelRestartsOnTheMallDataIsThePublishedOptimum() {
        bestOfRestartsIsThePublishedOptimum(mallBestOfTenKMeansParallel);
        assertEquals("k-means|| (MLlib)", mallBestOfTenKMeansParallel.parameters().get("initialisation"));
    }

    private static void bestOfRestartsIsThePublishedOptimum(SparkSegmentation segments) {

        // Published scikit-learn result for this data (Annual Income, Spending Score, unscaled, k = 5): inertia
        // 44448.46, clusters of 81, 39, 35, 23 and 22 customers.
        assertEquals(44448.46, segments.wcss(), 0.005);
        assertArrayEquals(new long[] {81, 39, 35, 23, 22}, segments.sizes());
        int[] labels = Customers.labelsById(segments.label(mallCustomers), mall.length);
        assertEquals(Customers.withinSumOfSquares(mall, labels), segments.wcss(), 1e-9 * segments.wcss());
        double[][] means = Customers.means(mall, labels);
        for (int s = 0; s < 5; s++) {
            assertArrayEquals(means[s], segments.centroid(s), 1e-9, "centroid of segment " + s);
        }
        assertTrue(segments.converged());
        assertEquals(List.of(), segments.warnings());
    }

    @Test
    void segmentNumbersDoNotDependOnSeedOrPartitioning() {
        Dataset<Row> reshuffled = mallCustomers.orderBy(org.apache.spark.sql.functions.desc("id")).repartition(5)
                .cache();
        try {
            SparkSegmentation other = SparkKMeans.withK(5).restarts(10).seed(7).fit(reshuffled);

            assertArrayEquals(Customers.labelsById(mallBestOfTen.label(mallCustomers), mall.length),
                    Customers.labelsById(other.label(reshuffled), mall.length));
        } finally {
            reshuffled.unpersist();
        }
    }

    @Test
    void labellingAddsTheSegmentColumnAndKeepsTheOthers() {
        SparkSegmentation segments = SparkKMeans.withK(3).restarts(2).seed(1).fit(mallCustomers);

        Dataset<Row> labelled = segments.label(mallCustomers);

        assertEquals(List.of("id", "features", "segment"), Arrays.asList(labelled.columns()));
        long[] counted = new long[3];
        for (Row row : labelled.groupBy("segment").count().collectAsList()) {
            counted[row.getInt(0)] = row.getLong(1);
        }
        assertArrayEquals(segments.sizes(), counted);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> segments.label(labelled));
        assertTrue(twice.getMessage().contains("already has a column 'segment'"), twice.getMessage());
    }

    @Test
    void aCentreNearestToNobodyIsDroppedWithAWarningWhereTheLibraryGivesItACustomer() {
        // Incomes and scores lie within 0..140 and 0..100: a centre at (1000, 1000) is nearest to no customer. MLlib
        // keeps an empty centre where it is; the library gives an emptied segment the customer farthest from its
        // centre. (This is where the two part, as SparkKMeans says.)
        double[][] centres = {{60, 50}, {1000, 1000}};

        SparkSegmentation onSpark = SparkKMeans.withK(2).tolerance(0).fitFromCentres(mallCustomers, centres);
        Segmentation library = LloydKMeans.fromCentres(Customers.matrix(mall), centres, 300, 0);

        assertArrayEquals(new long[] {200}, onSpark.sizes());
        assertEquals(2, onSpark.requestedK());
        assertEquals(List.of("k-means on Spark made 1 segment, not the 2 asked for: 1 centre ended nearest to no "
                + "customer. Try more restarts or another seed, or a smaller k."), onSpark.warnings());
        assertEquals(2, library.k());
    }

    @Test
    void badFeaturesAreRefusedNamingTheColumn() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("features", SQLDataTypes.VectorType());
        Dataset<Row> withNull = spark.createDataFrame(List.of(RowFactory.create(1L, Vectors.dense(1, 2)),
                RowFactory.create(2L, null)), schema);
        Dataset<Row> withNaN = spark.createDataFrame(List.of(RowFactory.create(1L, Vectors.dense(1, 2)),
                RowFactory.create(2L, Vectors.dense(3, Double.NaN))), schema);
        SparkKMeans two = SparkKMeans.withK(2);

        String missing = assertThrows(IllegalArgumentException.class,
                () -> two.featuresColumn("x").fit(mallCustomers)).getMessage();
        String notVectors = assertThrows(IllegalArgumentException.class,
                () -> two.featuresColumn("id").fit(mallCustomers)).getMessage();
        String nullVector = assertThrows(IllegalArgumentException.class, () -> two.fit(withNull)).getMessage();
        String notANumber = assertThrows(IllegalArgumentException.class, () -> two.fit(withNaN)).getMessage();
        String tooMany = assertThrows(IllegalArgumentException.class,
                () -> SparkKMeans.withK(3).fit(spark.createDataFrame(
                        List.of(RowFactory.create(1L, Vectors.dense(1, 2))), schema))).getMessage();

        assertTrue(missing.contains("no column 'x'"), missing);
        assertTrue(notVectors.contains("column 'id' holds bigint"), notVectors);
        assertTrue(nullVector.contains("no feature vector for 1 of 2 customers"), nullVector);
        assertTrue(notANumber.contains("feature 1 of column 'features' is NaN or infinite for 1 of 2"), notANumber);
        assertTrue(tooMany.contains("from 1 customers; choose k ≤ 1"), tooMany);
    }
}
