package org.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.naming.SegmentNamer;
import org.segmenta.naming.SegmentNames;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.OrderLines;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.spark.clustering.SparkKMeans;
import org.segmenta.spark.clustering.SparkSegmentation;
import org.segmenta.spark.features.SparkFeatures;
import org.segmenta.spark.orders.SparkCustomerTable;
import org.segmenta.spark.orders.SparkOrderLines;
import org.segmenta.spark.profiling.SparkSegmentProfiles;

/**
 * The README's study on Spark, step by step, against the same study with the library on one machine: Online Retail's
 * order lines to customers, log1p and standard scaling of recency, frequency and monetary value, k-means with k = 5
 * and the library's default settings (10 restarts, seed 42), profiles and names. The customer table fits on the
 * driver, so Spark's k-means starts from the library's own k-means++ draws: every customer gets the same segment, and
 * the segments the same sizes, WCSS and names.
 */
class SparkStudyTest extends OnBothMasters {

    private static final Path ONLINE_RETAIL = Path.of("../data/online_retail.csv.gz");
    private static final String[] RFM = {CustomerTable.RECENCY_DAYS, CustomerTable.FREQUENCY, CustomerTable.MONETARY};

    private static Segmentation local;
    private static List<String> localSegments;

    @BeforeAll
    static void studyOnOneMachine() {
        CustomerTable customers = OrderLines.from(ONLINE_RETAIL).customerId("CustomerID").date("InvoiceDate")
                .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
        FeatureMatrix features = FeatureMatrix.builder(customers.table()).numeric(RFM).log1p(RFM)
                .scaling(Scaling.STANDARD).build();
        local = KMeans.withK(5).restarts(10).seed(42).fit(features);
        SegmentProfiles profiles = SegmentProfiles.of(customers.table(), local, RFM);
        localSegments = sizesAndNames(profiles, SegmentNamer.by(CustomerTable.MONETARY, "spend").name(profiles));
    }

    @Test
    void theStudyOnSparkFindsTheSameSegmentsWithTheSameNames() {
        SparkCustomerTable customers = SparkOrderLines.from(spark, ONLINE_RETAIL).customerId("CustomerID")
                .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
        SparkFeatures features = SparkFeatures.builder().numeric(RFM).log1p(RFM).scaling(Scaling.STANDARD)
                .fit(customers.table());
        Dataset<Row> withFeatures = features.transform(customers.table());
        SparkSegmentation segments = SparkKMeans.withK(5).restarts(10).seed(42).fit(withFeatures);
        Dataset<Row> labelled = segments.label(withFeatures);
        SegmentProfiles profiles = SparkSegmentProfiles.of(labelled, "segment").numeric(RFM)
                .relativeError(0).profiles();

        assertArrayEquals(local.labels(), labelled.select("segment").collectAsList().stream()
                .mapToInt(row -> row.getInt(0)).toArray());
        assertEquals(local.wcss(), segments.wcss(), local.wcss() * 1e-9);
        assertEquals(localSegments, sizesAndNames(profiles,
                SegmentNamer.by(CustomerTable.MONETARY, "spend").name(profiles)));
    }

    /** "size: name" of every segment, sorted: segment numbers may differ between the engines. */
    private static List<String> sizesAndNames(SegmentProfiles profiles, SegmentNames names) {
        List<String> segments = new ArrayList<>();
        for (int s = 0; s < profiles.k(); s++) {
            segments.add(profiles.profile(s).size() + ": " + names.name(s));
        }
        segments.sort(null);
        return segments;
    }
}
