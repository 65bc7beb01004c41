package org.segmenta.spark.orders;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.segmenta.orders.CleaningReport;
import org.segmenta.spark.OnBothMasters;

/**
 * The generated order lines on both test masters: the same seed gives the same lines whatever the partitions and the
 * master, and the proportions the javadoc states hold within binomial tolerances (each tolerance below is about five
 * standard deviations of the share, √(p(1 − p)/n), with n the invoices or lines it is a share of), measured with plain
 * Spark SQL counts and, end to end, with the library's cleaning report of the written Parquet.
 */
class GeneratedOrdersTest extends OnBothMasters {

    /** 200,000 lines: 5,000 blocks of 40 lines, so exactly 10,000 invoices. */
    private static final GeneratedOrders ORDERS = new GeneratedOrders(200_000, 5_000, 42);

    /** The sorted lines of a small table from the first master that ran, to compare with the other master's. */
    private static List<String> firstMasterLines;

    private static Dataset<Row> lines;

    @TempDir
    Path dir;

    @BeforeParameterizedClassInvocation
    static void start(String master) {
        lines = ORDERS.lines(spark).cache();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        lines.unpersist();
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    @Test
    void theSameSeedGivesTheSameLinesInAnyPartitionsAndOnEitherMaster() {
        GeneratedOrders small = new GeneratedOrders(3_000, 200, 7);

        List<String> inTwo = sorted(small.lines(spark, 2));
        List<String> inSeven = sorted(small.lines(spark, 7));

        assertEquals(3_000, inTwo.size());
        assertEquals(inTwo, inSeven);
        assertNotEquals(inTwo, sorted(new GeneratedOrders(3_000, 200, 8).lines(spark, 2)), "another seed");
        if (firstMasterLines == null) {
            firstMasterLines = inTwo;
        } else {
            assertEquals(firstMasterLines, inTwo, "the lines on " + master + " differ from the other master's");
        }
    }

    @Test
    void everyBlockOfFortyLinesHoldsTwoInvoicesOfOneToThirtyNineLines() {
        Dataset<Row> invoices = lines.groupBy("InvoiceNo").agg(count("*").as("n"),
                countDistinct("InvoiceDate").as("dates"), countDistinct("Country").as("countries"));
        Row sizes = invoices.agg(count("*"), min("n"), max("n"), max("dates"), max("countries")).first();

        assertEquals(200_000, lines.count());
        assertEquals(10_000, sizes.getLong(0), "200,000 lines in blocks of 40 lines and 2 invoices");
        assertEquals(1, sizes.getLong(1));
        assertEquals(39, sizes.getLong(2));
        assertEquals(1, sizes.getLong(3), "one timestamp per invoice");
        assertEquals(1, sizes.getLong(4), "one country per invoice");
    }

    @Test
    void theStatedProportionsHoldWithinTolerance() {
        Dataset<Row> invoices = lines.groupBy("InvoiceNo").agg(max(col("CustomerID").isNull()).as("missing"),
                max(col("CustomerID").cast("long")).as("customer"));
        Row shares = invoices.agg(
                avg(when(col("missing"), 1).otherwise(0)),
                avg(when(col("InvoiceNo").startsWith("C"), 1).otherwise(0)),
                // of the invoices with a customer, those of the first quarter of customer numbers: P(u < 1/2) = 1/2
                avg(when(col("customer").lt(100_000 + 5_000 / 4), 1).when(col("customer").isNotNull(), 0))).first();

        // 10,000 invoices: sd of a share p is √(p(1 − p)/10,000): 0.004 at p = 0.2, 0.0014 at 0.02, 0.0057 at 0.5
        assertEquals(0.2, shares.getDouble(0), 0.02, "invoices without customer");
        assertEquals(0.02, shares.getDouble(1), 0.007, "cancellations");
        assertEquals(0.5, shares.getDouble(2), 0.03, "customers in the first quarter of the numbers");

        Row lineShares = lines.agg(
                avg(when(col("Quantity").leq(0).and(col("InvoiceNo").startsWith("C").unary_$bang()), 1)
                        .when(col("InvoiceNo").startsWith("C").unary_$bang(), 0)),
                avg(when(col("UnitPrice").equalTo(0), 1).otherwise(0)),
                min(when(col("InvoiceNo").startsWith("C").unary_$bang().and(col("Quantity").gt(0)), col("Quantity"))),
                max(col("Quantity")),
                max(when(col("InvoiceNo").startsWith("C"), col("Quantity"))),
                min(col("Quantity")),
                min(col("InvoiceDate")), max(col("InvoiceDate")),
                min(when(col("UnitPrice").gt(0), col("UnitPrice"))), max(col("UnitPrice"))).first();
        // about 196,000 lines outside cancellations: sd 0.00016 at p = 0.005; 200,000 lines: sd 0.00012 at p = 0.003
        assertEquals(0.005, lineShares.getDouble(0), 0.001, "quantities ≤ 0 outside cancellations");
        assertEquals(0.003, lineShares.getDouble(1), 0.0007, "prices 0");
        assertEquals(1, lineShares.getInt(2), "smallest purchase quantity");
        assertEquals(24, lineShares.getInt(3), "largest quantity");
        assertTrue(lineShares.getInt(4) < 0, "every cancellation's quantity is negative");
        assertTrue(lineShares.getInt(5) >= -24, "no quantity below −24");
        assertTrue(!((Timestamp) lineShares.get(6)).toLocalDateTime().isBefore(LocalDateTime.of(2022, 1, 1, 0, 0)));
        assertTrue(((Timestamp) lineShares.get(7)).toLocalDateTime().isBefore(LocalDateTime.of(2024, 1, 1, 0, 0)));
        assertEquals(0.19, lineShares.getDecimal(8).doubleValue(), 0.0);
        assertTrue(lineShares.getDecimal(9).doubleValue() <= 49.99);

        // Exact repeats: lines beyond the first of each group of equal lines. Expected share of all lines
        // 0.01 × (1 − 0.01) × (1 − 10,000 / 200,000) = 0.0094 (sd 0.0002 for 200,000 lines); two fresh lines are
        // equal by chance with probability below 1 / (4,000 × 4,981) when in one invoice, which adds nothing visible.
        long repeats = lines.groupBy(lines.columns()[0], java.util.Arrays.copyOfRange(lines.columns(), 1, 7))
                .count().agg(sum(col("count").minus(1))).first().getLong(0);
        assertEquals(0.0094, repeats / 200_000.0, 0.001, "exact repeats of another line");
    }

    @Test
    void theLibraryReadsTheParquetFileAndCleansTheStatedShares() {
        Path folder = ORDERS.writeParquet(spark, dir.resolve("orders.parquet"));
        assertTrue(java.nio.file.Files.isRegularFile(folder), "one file, not a folder");
        assertTrue(!java.nio.file.Files.exists(dir.resolve("orders.parquet.parts")), "the part folder is removed");

        CleaningReport report = SparkOrderLines.from(spark, folder).customerId("CustomerID").date("InvoiceDate")
                .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers().cleaning();

        assertEquals(200_000, report.linesRead());
        // 10,000 invoices of 20 lines on average, 20 % without customer: lines dropped for no customer ≈ 0.2 (sd of the
        // line share ≈ √(0.16 / 10,000) × (1 + cv² of the invoice sizes)^½ ≈ 0.0047)
        assertEquals(0.2, report.steps().get(1).linesDropped() / 200_000.0, 0.025, "no customer id");
        assertEquals(0.0094, report.steps().get(0).linesMatching() / 200_000.0, 0.001, "exact duplicates");
        assertTrue(report.customers() <= 5_000, "at most the 5,000 customer numbers");
    }

    @Test
    void badSizesFailWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GeneratedOrders(0, 10, 1));
        assertTrue(e.getMessage().contains("got 0 lines and 10 customers"), e.getMessage());
    }

    private static org.apache.spark.sql.Column avg(org.apache.spark.sql.Column column) {
        return org.apache.spark.sql.functions.avg(column);
    }
}
