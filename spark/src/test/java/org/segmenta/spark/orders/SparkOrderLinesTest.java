package org.segmenta.spark.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.segmenta.data.DataFileException;
import org.segmenta.orders.CleaningReport;
import org.segmenta.orders.CleaningStep;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.DatePattern;
import org.segmenta.orders.OrderLines;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;
import org.segmenta.spark.OnBothMasters;
import tech.tablesaw.api.Table;

/**
 * The order-line study on Spark against the same study on DuckDB ({@link OrderLines}), the library's reference
 * implementation, on both test masters: the Online Retail customer table for every customer and column, the cleaning
 * report (also against the counts published with the data, {@code data/README.md}), the RFM scores and segments, a
 * Parquet input, the messages for bad dates, and every date format the detection tries (against java.time).
 */
class SparkOrderLinesTest extends OnBothMasters {

    private static final Path RETAIL = Path.of("../data/online_retail.csv.gz");

    /** The hand-worked shop of the library's OrderLinesTest: customers A (21, 2, 131), B (56, 1, 12), C (1, 2, 9.75). */
    private static final String SHOP = """
            InvoiceNo,Customer,InvoiceDate,Quantity,UnitPrice,Country
            1001,A,2024-01-05 10:00,2,10.00,UK
            1001,A,2024-01-05 10:00,1,5.50,UK
            1001,A,2024-01-05 10:00,1,5.50,UK
            1002,B,2024-01-06 09:30,3,4.00,UK
            C1003,A,2024-01-07 11:00,-1,5.50,UK
            1004,,2024-01-08 12:00,1,9.99,UK
            1005,A,2024-02-10 16:45,1,100.00,UK
            1006,B,2024-02-11 08:00,-2,4.00,UK
            1007,C,2024-03-01 13:15,5,0.00,UK
            1008,C,2024-03-01 14:20,1,7.25,UK
            1009,C,2024-03-01 18:00,2,1.25,UK
            """;

    private static CustomerTable localRetail;
    private static SparkCustomerTable sparkRetail;

    @TempDir
    Path dir;

    @BeforeParameterizedClassInvocation
    static void start(String master) {
        // The options of the README's order-line example.
        sparkRetail = SparkOrderLines.from(spark, RETAIL).customerId("CustomerID").date("InvoiceDate")
                .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
        if (localRetail == null) {
            localRetail = OrderLines.from(RETAIL).customerId("CustomerID").date("InvoiceDate")
                    .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
        }
    }

    @Test
    void theOnlineRetailCleaningReportIsTheLocalOneAndThePublishedCounts() {
        CleaningReport report = sparkRetail.cleaning();

        assertEquals(localRetail.cleaning(), report);
        assertEquals(541_909, report.linesRead());
        List<CleaningStep> steps = report.steps();
        assertEquals(5_268, steps.get(0).linesMatching(), "exact duplicates");
        assertEquals(135_080, steps.get(1).linesDropped(), "no CustomerID");
        assertEquals(9_288, steps.get(3).linesMatching(), "invoices starting with C");
        assertEquals(8_905, steps.get(3).linesDropped(), "cancellations dropped");
        assertEquals(10_624, steps.get(4).linesMatching(), "quantity ≤ 0");
        assertEquals(2_517, steps.get(5).linesMatching(), "unit price ≤ 0");
        assertEquals(40, steps.get(5).linesDropped(), "unit price ≤ 0, dropped");
        assertEquals(397_884, report.linesKept());
        assertEquals(4_338, report.customers());
        assertEquals(18_532, report.orders());
        assertEquals(LocalDate.of(2011, 12, 10), sparkRetail.snapshotDate());
        assertEquals(localRetail.datePattern(), sparkRetail.datePattern());
    }

    @Test
    void theOnlineRetailCustomersAreTheLocalOnesInEveryColumn() {
        Table local = localRetail.table();
        List<Row> rows = sparkRetail.table().collectAsList();

        assertEquals(List.of(sparkRetail.table().columns()), local.columnNames());
        assertEquals(local.rowCount(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String id = local.stringColumn("CustomerID").get(i);
            assertEquals(id, row.getString(0), "customer of row " + i);
            assertEquals(local.intColumn("recency_days").get(i), row.getInt(1), id);
            assertEquals(local.intColumn("frequency").get(i), row.getInt(2), id);
            assertRelative(local.doubleColumn("monetary").get(i), row.getDouble(3), id);
            assertRelative(local.doubleColumn("average_order_value").get(i), row.getDouble(4), id);
            assertEquals(local.intColumn("tenure_days").get(i), row.getInt(5), id);
            assertEquals(local.dateColumn("first_purchase").get(i), SparkSqlEngine.date(row.get(6)), id);
            assertEquals(local.dateColumn("last_purchase").get(i), SparkSqlEngine.date(row.get(7)), id);
        }
    }

    @Test
    void theOnlineRetailRfmScoresAndSegmentsAreTheLibrarys() {
        Table local = RfmSegmentMap.standard().apply(RfmScores.score(localRetail.table()));
        List<Row> rows = sparkRetail.rfmSegments().orderBy("CustomerID").collectAsList();
        Table sorted = local.sortAscendingOn("CustomerID");

        assertEquals(sorted.rowCount(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String id = sorted.stringColumn("CustomerID").get(i);
            assertEquals(id, row.getAs("CustomerID"));
            for (String score : new String[] {RfmScores.R_SCORE, RfmScores.F_SCORE, RfmScores.M_SCORE,
                    RfmScores.FM_SCORE}) {
                assertEquals(sorted.intColumn(score).get(i), (Integer) row.getAs(score), id + " " + score);
            }
            assertEquals(sorted.stringColumn(RfmScores.RFM_CELL).get(i), row.getAs(RfmScores.RFM_CELL), id);
            assertEquals(sorted.stringColumn(RfmSegmentMap.SEGMENT_COLUMN).get(i),
                    row.getAs(RfmSegmentMap.SEGMENT_COLUMN), id);
        }
    }

    @Test
    void aParquetFileGivesTheLocalCustomersAndTheHandWorkedOnes() throws IOException, SQLException {
        Path csv = write("shop.csv", SHOP);
        Path parquet = dir.resolve("shop.parquet");
        // Written by DuckDB with typed columns: dates as timestamps, quantities as integers, prices as doubles.
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT InvoiceNo, Customer, CAST(InvoiceDate AS TIMESTAMP) AS InvoiceDate, "
                    + "CAST(Quantity AS INTEGER) AS Quantity, CAST(UnitPrice AS DOUBLE) AS UnitPrice, Country "
                    + "FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet
                    + "' (FORMAT parquet)");
        }

        SparkCustomerTable customers = SparkOrderLines.from(spark, parquet).customerId("Customer")
                .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
        CustomerTable local = OrderLines.from(parquet).customerId("Customer").date("InvoiceDate")
                .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();

        assertEquals(local.cleaning(), customers.cleaning());
        assertEquals("yyyy-MM-dd HH:mm:ss", customers.datePattern().pattern());
        List<Row> rows = customers.table().collectAsList();
        assertEquals(List.of("A", "B", "C"), rows.stream().map(r -> r.getString(0)).toList());
        assertEquals(List.of(21, 56, 1), rows.stream().map(r -> r.getInt(1)).toList());
        assertEquals(List.of(2, 1, 2), rows.stream().map(r -> r.getInt(2)).toList());
        assertEquals(List.of(131.0, 12.0, 9.75), rows.stream().map(r -> r.getDouble(3)).toList());
        assertEquals(List.of(57, 56, 1), rows.stream().map(r -> r.getInt(5)).toList());
    }

    /**
     * A folder of Parquet part files as Spark writes them (three parts, {@code _SUCCESS}, no {@code .parquet} in the
     * folder's name), as order lines are kept in a data lake: the hand-worked customers of the shop (see
     * {@link #SHOP}). A folder of CSV files is refused, naming a file it holds.
     */
    @Test
    void aFolderOfParquetPartsGivesTheHandWorkedCustomersAndAFolderOfCsvIsRefused() throws IOException {
        Path csv = write("shop-for-parts.csv", SHOP);
        Path parts = dir.resolve("shop-parts");
        spark.read().option("header", "true").csv(csv.toString()).repartition(3).write().parquet(parts.toString());

        SparkCustomerTable customers = SparkOrderLines.from(spark, parts).customerId("Customer")
                .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();

        assertTrue(Files.exists(parts.resolve("_SUCCESS")), "a folder as Spark writes it");
        List<Row> rows = customers.table().collectAsList();
        assertEquals(List.of("A", "B", "C"), rows.stream().map(r -> r.getString(0)).toList());
        assertEquals(List.of(21, 56, 1), rows.stream().map(r -> r.getInt(1)).toList());
        assertEquals(List.of(2, 1, 2), rows.stream().map(r -> r.getInt(2)).toList());
        assertEquals(List.of(131.0, 12.0, 9.75), rows.stream().map(r -> r.getDouble(3)).toList());
        assertEquals(11, customers.cleaning().linesRead());

        Path csvFolder = Files.createDirectories(dir.resolve("csv-parts"));
        Files.writeString(csvFolder.resolve("part-0.csv"), SHOP, StandardCharsets.UTF_8);
        DataFileException refused = assertThrows(DataFileException.class, () -> SparkOrderLines.from(spark,
                csvFolder).customerId("Customer").date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice")
                .customers());
        assertEquals(csvFolder + ": is a folder, which Spark reads here only as Parquet part files (part-….parquet), "
                + "but it holds 'part-0.csv'. Give one CSV file (plain or .gz) or a Parquet file, or a folder of "
                + "Parquet files only.", refused.getMessage());
    }

    /**
     * Exact duplicates are whole lines: two lines that differ only in which of the columns not named is empty are not
     * duplicates of each other. By hand: lines 3 and 5 copy lines 1 and 4; line 2 has lines 1's cells, with the empty
     * cell in the other column (a hash that skipped empty cells would count it too).
     */
    @Test
    void exactDuplicatesCountWhereTheEmptyCellsAre() throws IOException {
        Path file = write("nulls.csv", "c,d,a,note,other\nx,2024-01-01,1,,n\nx,2024-01-01,1,n,\nx,2024-01-01,1,,n\n"
                + "y,2024-01-02,2,,\ny,2024-01-02,2,,\n");

        CleaningReport report = SparkOrderLines.from(spark, file).customerId("c").date("d").amount("a").customers()
                .cleaning();

        assertEquals(2, report.steps().get(0).linesMatching(), "exact duplicates");
        assertEquals(OrderLines.from(file).customerId("c").date("d").amount("a").customers().cleaning(), report);
    }

    /**
     * The study's shuffle partitions, by hand: one per 128 MiB of input (134,217,728 bytes), at least the cores, at most
     * the session's setting.
     */
    @Test
    void theStudysShufflePartitionsFollowTheInputsSize() {
        assertEquals(2, SparkOrderLines.shufflePartitions(6_498_312, 2, 200), "6.5 MB on 2 cores");
        assertEquals(2, SparkOrderLines.shufflePartitions(0, 2, 200), "size unknown");
        assertEquals(64, SparkOrderLines.shufflePartitions(6_500_000_000L, 64, 200), "⌈6.5 GB / 128 MiB⌉ = 49 < 64");
        assertEquals(75, SparkOrderLines.shufflePartitions(10_000_000_000L, 64, 200), "⌈10 GB / 128 MiB⌉ = 75");
        assertEquals(200, SparkOrderLines.shufflePartitions(65_000_000_000L, 64, 200), "485, the session's 200");
        assertEquals(4, SparkOrderLines.shufflePartitions(6_498_312, 8, 4), "the session's 4 below the cores");
    }

    @Test
    void badDatesGiveTheLocalEnginesMessages() throws IOException {
        StringBuilder impossible = new StringBuilder("c,d,a\n");
        for (int day = 1; day <= 6; day++) {
            impossible.append("x,2024-01-0").append(day).append(" 10:00,1\n");
        }
        impossible.append("y,2024-02-30 16:45,1\n");
        String[][] cases = {
            // file, content, a part of the message worked out by hand
            {"both.csv", "c,d,a\nx,5/1/2024,1\nx,12/1/2024,1\n", "M/d/yyyy (1 May 2024), d/M/yyyy (5 January 2024)"
                    + " for '5/1/2024' in data row 1"},
            {"impossible.csv", impossible.toString(), "data row 7: '2024-02-30 16:45' is not written in any"},
        };
        for (String[] bad : cases) {
            Path file = write(bad[0], bad[1]);
            DataFileException local = assertThrows(DataFileException.class,
                    () -> OrderLines.from(file).customerId("c").date("d").amount("a").customers());
            DataFileException onSpark = assertThrows(DataFileException.class,
                    () -> SparkOrderLines.from(spark, file).customerId("c").date("d").amount("a").customers());

            assertEquals(local.getMessage(), onSpark.getMessage());
            assertEquals(file, onSpark.file());
            assertTrue(onSpark.getMessage().contains(bad[2]), onSpark::getMessage);
        }
    }

    @Test
    void aBadLineIsNumberedAsInTheFileWhenSparkReadsTheFileInManySplits() throws IOException {
        StringBuilder lines = new StringBuilder("c,d,a\n");
        for (int row = 1; row <= 400; row++) {
            lines.append("x").append(row).append(',').append(row == 333 ? "2024-02-30" : LocalDate.of(2024, 1, 1)
                    .plusDays(row % 28)).append(" 10:00,").append(row).append('\n');
        }
        Path file = write("splits.csv", lines.toString());
        // About 9 kB read in 1 kB splits, one task each: the lines are still numbered as they come in the file.
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1024");
        try {
            DataFileException e = assertThrows(DataFileException.class,
                    () -> SparkOrderLines.from(spark, file).customerId("c").date("d").amount("a").customers());

            assertTrue(e.getMessage().contains("data row 333: '2024-02-30 10:00'"), e::getMessage);
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
        }
    }

    /**
     * Every format the detection tries, on dates written by java.time with that pattern (one- and two-digit days,
     * months and hours, milliseconds), is read by Spark as java.time reads it; values of the wrong shape or impossible
     * dates are not read. Two-digit years as DuckDB 1.5's {@code strptime('%y')} reads them ({@code try_strptime('69-01-02',
     * '%y-%m-%d')} = 1969-01-02, {@code '68-01-02'} = 2068-01-02).
     */
    @Test
    void everyDetectedFormatReadsAsJavaTimeDoes() {
        LocalDateTime[] moments = {LocalDateTime.of(2011, 12, 9, 12, 50, 7, 123_000_000),
            LocalDateTime.of(2024, 3, 4, 8, 5, 0, 5_000_000), LocalDateTime.of(1999, 1, 31, 23, 59, 59)};
        SparkDialect dialect = new SparkDialect(spark);
        List<String> selects = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (DatePattern pattern : DatePattern.CANDIDATES) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern.pattern(), Locale.ROOT);
            for (LocalDateTime moment : moments) {
                String text = format.format(moment);
                LocalDateTime read = LocalDateTime.parse(text, new java.time.format.DateTimeFormatterBuilder()
                        .appendPattern(pattern.pattern()).parseDefaulting(java.time.temporal.ChronoField.HOUR_OF_DAY,
                                0).toFormatter(Locale.ROOT));
                selects.add(parsed(dialect, text, pattern));
                expected.add(pattern + " " + text + " -> " + read.toString().replace('T', ' '));
            }
        }
        String[][] refused = {{"2024-02-30", "yyyy-MM-dd"}, {"2010121", "yyyyMMdd"}, {"13/1/2024", "M/d/yyyy"},
            {"2024-1-05", "yyyy-MM-dd"}, {"5/1/2024 8:5", "d/M/yyyy H:mm"}, {"2011-12-09 12:50:00.1234567",
                "yyyy-MM-dd HH:mm:ss.SSS"}};
        for (String[] bad : refused) {
            selects.add(parsed(dialect, bad[0], DatePattern.of(bad[1])));
            expected.add(bad[1] + " " + bad[0] + " -> null");
        }
        selects.add(parsed(dialect, "69-01-02", DatePattern.of("yy-MM-dd")));
        expected.add("yy-MM-dd 69-01-02 -> 1969-01-02 00:00");
        selects.add(parsed(dialect, "68-01-02", DatePattern.of("yy-MM-dd")));
        expected.add("yy-MM-dd 68-01-02 -> 2068-01-02 00:00");

        Row row = spark.sql("SELECT " + String.join(", ", selects)).first();

        for (int i = 0; i < expected.size(); i++) {
            String label = expected.get(i).substring(0, expected.get(i).indexOf(" -> "));
            String actual = row.isNullAt(i) ? "null" : row.getString(i);
            assertEquals(expected.get(i), label + " -> " + actual);
        }
    }

    /** The timestamp the dialect reads from {@code text}, written as java.time's LocalDateTime.toString() writes it. */
    private static String parsed(SparkDialect dialect, String text, DatePattern pattern) {
        String timestamp = dialect.parseTimestamp(dialect.text(text), pattern);
        return "CASE WHEN " + timestamp + " IS NULL THEN NULL ELSE regexp_replace(regexp_replace(date_format("
                + timestamp + ", 'yyyy-MM-dd HH:mm:ss.SSS'), '\\\\.000$', ''), ':00$', '') END";
    }

    private static void assertRelative(double expected, double actual, String id) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, id);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
