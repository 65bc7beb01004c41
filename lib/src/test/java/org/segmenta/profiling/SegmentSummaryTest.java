package org.segmenta.profiling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.BadInput.assertMentions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SegmentSummaryTest {

    private static final double EPS = 1e-12;

    /**
     * Five customers. Labels {1, 0, 1, 1, 0}: label 1 (rows 1, 3, 4) is the larger group, so it becomes Segment 1;
     * label 0 (rows 2, 5) becomes Segment 2. Income is missing for row 2.
     *
     * <pre>
     *   Segment 1: Age 20, 40, 50 -> mean 110/3;  Income 10, 30, 40 -> mean 80/3
     *   Segment 2: Age 30, 60     -> mean 45;     Income (missing), 50 -> mean 50
     *   All:       Age mean 200/5 = 40;           Income 130/4 = 32.5
     * </pre>
     */
    private static Table customers() {
        return Table.create("shop",
                IntColumn.create("Age", 20, 30, 40, 50, 60),
                DoubleColumn.create("Income", 10, Double.NaN, 30, 40, 50),
                StringColumn.create("Gender", "F", "M", "F", "M", "F"));
    }

    private static final int[] LABELS = {1, 0, 1, 1, 0};

    private static Segmentation segmentation(Table table, int[] labels) {
        return Segmentation.of("hand", FeatureMatrix.of(table, "Age"), labels, Map.of());
    }

    @Test
    void summaryHasOneRowPerSegmentLargestFirstThenAllCustomers() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Age");

        assertEquals(List.of("Segment 1", "Segment 2", "All customers"), summary.stringColumn("Segment").asList());
    }

    @Test
    void summaryColumnsAreSegmentCustomersShareAndOneMeanPerColumnAsked() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Income", "Age");

        assertEquals(List.of("Segment", "Customers", "Share (%)", "Mean Income", "Mean Age"), summary.columnNames());
    }

    @Test
    void sizesAndSharesMatchTheHandCount() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Age");

        assertEquals(List.of(3, 2, 5), summary.intColumn("Customers").asList());
        assertArrayEquals(new double[] {60.0, 40.0, 100.0}, summary.doubleColumn("Share (%)").asDoubleArray(), EPS);
    }

    @Test
    void meansPerSegmentAndOverAllCustomersMatchTheHandComputedValues() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Age");

        assertArrayEquals(new double[] {110.0 / 3, 45.0, 40.0}, summary.doubleColumn("Mean Age").asDoubleArray(),
                EPS);
    }

    @Test
    void missingValuesAreLeftOutOfTheMeans() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Income");

        assertArrayEquals(new double[] {80.0 / 3, 50.0, 32.5}, summary.doubleColumn("Mean Income").asDoubleArray(),
                EPS);
    }

    @Test
    void segmentWithNoValueInAColumnHasAMissingMean() {
        Table table = customers();
        table.doubleColumn("Income").setMissing(4);   // now segment 2 (rows 2 and 5) has no income at all

        Table summary = SegmentSummary.of(table, segmentation(table, LABELS), "Income");

        assertTrue(Double.isNaN(summary.doubleColumn("Mean Income").getDouble(1)));
        assertEquals(80.0 / 3, summary.doubleColumn("Mean Income").getDouble(2), EPS);   // all: 10 + 30 + 40
    }

    @Test
    void summaryIsCaptionedWithTheMethodAndK() {
        Table summary = SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Age");

        assertEquals("Segments: hand, k = 2", summary.name());
    }

    @Test
    void summaryOfTheMallDataSplitByGenderHasTheKnownSizesAndOverallMeans() {
        Table mall = CustomerData.mallCustomers(Path.of("../data/mall_customers.csv"));
        int[] byGender = mall.stringColumn("Gender").asList().stream().mapToInt(g -> g.equals("Female") ? 0 : 1)
                .toArray();
        Segmentation segments = Segmentation.of("gender", FeatureMatrix.of(mall, "Age"), byGender, Map.of());

        Table summary = SegmentSummary.of(mall, segments, "Age", "Annual Income (k$)", "Spending Score (1-100)");

        assertEquals(List.of(112, 88, 200), summary.intColumn("Customers").asList());
        assertArrayEquals(new double[] {56.0, 44.0, 100.0}, summary.doubleColumn("Share (%)").asDoubleArray(), EPS);
        assertEquals(38.85, summary.doubleColumn("Mean Age").getDouble(2), 1e-9);
        assertEquals(60.56, summary.doubleColumn("Mean Annual Income (k$)").getDouble(2), 1e-9);
        assertEquals(50.2, summary.doubleColumn("Mean Spending Score (1-100)").getDouble(2), 1e-9);
    }

    @Test
    void summaryRejectsATableWithAnotherNumberOfRows() {
        Segmentation segments = segmentation(customers(), LABELS);
        Table shorter = customers().dropRows(4);
        shorter.setName("shorter");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentSummary.of(shorter, segments, "Age"));

        assertMentions(e.getMessage(), "table 'shorter'", "4 rows", "segmentation has 5");
    }

    @Test
    void summaryRejectsAnUnknownColumnListingTheColumnsAvailable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Salary"));

        assertMentions(e.getMessage(), "unknown column 'Salary'", "table 'shop'", "[Age, Income, Gender]");
    }

    @Test
    void summaryRejectsANonNumericColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Gender"));

        assertMentions(e.getMessage(), "column 'Gender'", "table 'shop'", "not numeric");
    }

    @Test
    void summaryRejectsACallWithoutColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentSummary.of(customers(), segmentation(customers(), LABELS)));

        assertMentions(e.getMessage(), "at least one column", "[Age, Income, Gender]");
    }

    @Test
    void summaryRejectsAColumnNamedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentSummary.of(customers(), segmentation(customers(), LABELS), "Age", "Age"));

        assertMentions(e.getMessage(), "column 'Age' is named twice");
    }
}
