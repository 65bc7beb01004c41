package org.segmenta.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.BadInput.assertMentions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.DataFileException;
import org.segmenta.data.Fix;
import org.segmenta.testing.BadInput;
import tech.tablesaw.api.Table;

/**
 * Order lines small enough to follow by hand. The shop's lines below, with the default cleaning rules:
 *
 * <pre>
 * order  customer  date              quantity × price     kept?
 * 1001   A         2024-01-05 10:00  2 × 10.00 = 20.00    yes
 * 1001   A         2024-01-05 10:00  1 × 5.50  =  5.50    yes
 * 1001   A         2024-01-05 10:00  1 × 5.50  =  5.50    yes (an exact duplicate: kept by default)
 * 1002   B         2024-01-06 09:30  3 × 4.00  = 12.00    yes
 * C1003  A         2024-01-07 11:00 -1 × 5.50             no: cancellation
 * 1004   (none)    2024-01-08 12:00  1 × 9.99             no: no customer
 * 1005   A         2024-02-10 16:45  1 × 100.00 = 100.00  yes
 * 1006   B         2024-02-11 08:00 -2 × 4.00             no: quantity ≤ 0
 * 1007   C         2024-03-01 13:15  5 × 0.00             no: price ≤ 0
 * 1008   C         2024-03-01 14:20  1 × 7.25  =  7.25    yes
 * 1009   C         2024-03-01 18:00  2 × 1.25  =  2.50    yes (same day as 1008: a second order)
 * </pre>
 *
 * Last purchase 2024-03-01, so the snapshot is 2024-03-02. A: last 2024-02-10 → recency 21, first 2024-01-05 →
 * tenure 57, orders 1001 and 1005 → frequency 2, monetary 20 + 5.5 + 5.5 + 100 = 131, average order 65.5. B: recency
 * 56 (from 2024-01-06), tenure 56, one order, 12. C: recency 1, tenure 1, two orders, 9.75, average 4.875.
 */
class OrderLinesTest {

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

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        return BadInput.write(dir, name, content);
    }

    private static OrderLines shop(Path file) {
        return OrderLines.from(file).customerId("Customer").date("InvoiceDate")
                .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo");
    }

    private static DataFileException fails(Path file, OrderLines lines) {
        return BadInput.fails(file, lines::customers);
    }

    // --- customers ----------------------------------------------------------------------------------------------

    @Test
    void customersHaveTheRecencyFrequencyAndMonetaryWorkedOutByHand() throws IOException {
        CustomerTable customers = shop(write("shop.csv", SHOP)).customers();
        Table table = customers.table();

        assertEquals(List.of("Customer", "recency_days", "frequency", "monetary", "average_order_value",
                "tenure_days", "first_purchase", "last_purchase"), table.columnNames());
        assertEquals(List.of("A", "B", "C"), table.stringColumn("Customer").asList());
        assertEquals(List.of(21, 56, 1), table.intColumn("recency_days").asList());
        assertEquals(List.of(2, 1, 2), table.intColumn("frequency").asList());
        assertEquals(List.of(131.0, 12.0, 9.75), table.doubleColumn("monetary").asList());
        assertEquals(List.of(65.5, 12.0, 4.875), table.doubleColumn("average_order_value").asList());
        assertEquals(List.of(57, 56, 1), table.intColumn("tenure_days").asList());
        assertEquals(LocalDate.of(2024, 1, 5), table.dateColumn("first_purchase").get(0));
        assertEquals(LocalDate.of(2024, 2, 10), table.dateColumn("last_purchase").get(0));
        assertEquals(LocalDate.of(2024, 3, 2), customers.snapshotDate());
        assertEquals("yyyy-MM-dd HH:mm", customers.datePattern().pattern());
    }

    @Test
    void theCleaningReportCountsEveryRuleInOrder() throws IOException {
        CleaningReport report = shop(write("shop.csv", SHOP)).customers().cleaning();

        assertEquals(11, report.linesRead());
        assertEquals(List.of(
                new CleaningStep("exact duplicates of another line", false, 1, 0),
                new CleaningStep("no customer id", true, 1, 1),
                new CleaningStep("no date or amount", true, 0, 0),
                new CleaningStep("cancellations (order id starts with C)", true, 1, 1),
                new CleaningStep("quantity ≤ 0 (returns, corrections)", true, 2, 1),
                new CleaningStep("unit price ≤ 0", true, 1, 1)), report.steps());
        assertEquals(7, report.linesKept());
        assertEquals(3, report.customers());
        assertEquals(5, report.orders());
        assertEquals(LocalDate.of(2024, 1, 5), report.firstPurchase());
        assertEquals(LocalDate.of(2024, 3, 1), report.lastPurchase());
        Table table = report.table();
        assertEquals(List.of(11L, 11L, 10L, 10L, 9L, 8L, 7L), table.longColumn("lines left").asList());
    }

    @Test
    void theRepeatPurchaseHistoryCountsTheCohortsTransactionsDayByDay() throws IOException {
        // Calibration to 2024-01-31, holdout to 2024-03-01: the cohort is A (first 01-05) and B (first 01-06); C's
        // first purchase (03-01) comes after the calibration period. A bought again on 02-10 (one repeat
        // transaction); B's 02-11 line is a return and is dropped.
        RepeatPurchaseHistory history = shop(write("shop.csv", SHOP))
                .repeatPurchases(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1));
        Table daily = history.daily();

        assertEquals(List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 6), LocalDate.of(2024, 2, 10)),
                daily.dateColumn("day").asList());
        assertEquals(List.of(1, 1, 0), daily.intColumn("first_purchases").asList());
        assertEquals(List.of(0, 0, 1), daily.intColumn("repeat_transactions").asList());
        assertEquals(LocalDate.of(2024, 1, 5), history.firstPurchase());
        assertEquals(List.of("A", "B"), history.table().stringColumn("Customer").asList());
        assertEquals(List.of(0, 0), history.table().intColumn("x").asList());
        assertEquals(List.of(1, 0), history.table().intColumn("x_holdout").asList());
    }

    @Test
    void droppingDuplicatesLeavesOneCopy() throws IOException {
        CustomerTable customers = shop(write("shop.csv", SHOP)).cleaning(CleaningRules.standard().dropDuplicates())
                .customers();

        assertEquals(125.5, customers.table().doubleColumn("monetary").get(0));
        assertEquals(new CleaningStep("exact duplicates of another line", true, 1, 1),
                customers.cleaning().steps().getFirst());
        assertEquals(6, customers.cleaning().linesKept());
    }

    @Test
    void keptCancellationsAndReturnsCountAsOrdersAndLowerTheTotal() throws IOException {
        CustomerTable customers = shop(write("shop.csv", SHOP))
                .cleaning(CleaningRules.standard().keepCancellations().keepNonPositiveQuantities()).customers();
        Table table = customers.table();

        // A gains order C1003 (−5.50), B gains order 1006 (−8.00) on 2024-02-11.
        assertEquals(List.of(3, 2, 2), table.intColumn("frequency").asList());
        assertEquals(List.of(125.5, 4.0, 9.75), table.doubleColumn("monetary").asList());
        assertEquals(List.of(21, 20, 1), table.intColumn("recency_days").asList());
    }

    @Test
    void withoutAnOrderIdEachPurchaseDayIsAnOrder() throws IOException {
        CustomerTable customers = OrderLines.from(write("shop.csv", SHOP)).customerId("Customer")
                .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").customers();
        Table table = customers.table();

        // Without order ids, C1003 is no longer recognised as a cancellation, but its quantity −1 drops it anyway;
        // C's two orders of 2024-03-01 are one purchase day.
        assertEquals(List.of(2, 1, 1), table.intColumn("frequency").asList());
        assertEquals(List.of(131.0, 12.0, 9.75), table.doubleColumn("monetary").asList());
        assertEquals(4, customers.cleaning().orders());
        assertTrue(customers.cleaning().steps().stream().noneMatch(step -> step.rule().startsWith("cancellations")));
    }

    @Test
    void anAmountColumnIsSummedAsItIs() throws IOException {
        Path file = write("purchases.csv", """
                customer_id,date,cds,amount
                1,1997-01-01,1,11.77
                2,1997-01-12,2,20.76
                2,1997-01-12,3,29.33
                2,1997-03-30,1,0.00
                3,1997-01-02,2,20.76
                """);

        CustomerTable customers = OrderLines.from(file).customerId("customer_id").date("date").amount("amount")
                .snapshotDate(LocalDate.of(1997, 4, 1)).customers();
        Table table = customers.table();

        assertEquals(List.of(90, 79, 89), table.intColumn("recency_days").asList());
        assertEquals(List.of(1, 1, 1), table.intColumn("frequency").asList(), "the 0.00 purchase is dropped");
        assertEquals(50.09, table.doubleColumn("monetary").get(1), 1e-12);
        assertEquals(new CleaningStep("amount ≤ 0", true, 1, 1), customers.cleaning().steps().getLast());
    }

    @Test
    void gzipCompressedFilesAreRead() throws IOException {
        Path file = dir.resolve("shop.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(SHOP.getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(List.of(131.0, 12.0, 9.75), shop(file).customers().table().doubleColumn("monetary").asList());
    }

    @Test
    void semicolonSeparatedFilesAreRead() throws IOException {
        Path file = write("shop.csv", SHOP.replace(',', ';'));

        assertEquals(3, shop(file).customers().size());
    }

    @Test
    void linesThatDifferOnlyInAColumnNotNamedAreNotDuplicates() throws IOException {
        // The second 1001 line of SHOP again, once as it is and once with another country: only the first is a copy.
        Path file = write("shop.csv", SHOP + "1001,A,2024-01-05 10:00,1,5.50,UK\n1001,A,2024-01-05 10:00,1,5.50,FR\n");

        CleaningReport report = shop(file).cleaning(CleaningRules.standard().dropDuplicates()).customers().cleaning();

        assertEquals(new CleaningStep("exact duplicates of another line", true, 2, 2), report.steps().getFirst());
        assertEquals(7, report.linesKept());
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndQuotedHeadersAreRead() throws IOException {
        String quoted = SHOP.replace("InvoiceNo,Customer,", "\"InvoiceNo\",\"Customer\",");
        Path file = write("shop.csv", "\uFEFF" + quoted.replace("\n", "\r\n"));

        CustomerTable customers = shop(file).customers();

        assertEquals(List.of(131.0, 12.0, 9.75), customers.table().doubleColumn("monetary").asList());
        assertEquals(List.of("InvoiceNo", "Customer", "InvoiceDate", "Quantity", "UnitPrice", "Country"),
                CsvLayout.of(file).orElseThrow().columns());
    }

    @Test
    void tabSeparatedFilesAreRead() throws IOException {
        Path file = write("shop.tsv", SHOP.replace(',', '\t'));

        assertEquals(new CsvLayout('\t', List.of("InvoiceNo", "Customer", "InvoiceDate", "Quantity", "UnitPrice",
                "Country")), CsvLayout.of(file).orElseThrow());
        assertEquals(List.of(131.0, 12.0, 9.75), shop(file).customers().table().doubleColumn("monetary").asList());
    }

    @Test
    void aHeaderTheLayoutCannotSettleIsLeftToTheEngine() throws IOException {
        // Pipes are not among the delimiters tried, and a repeated column name has no name of its own: DuckDB's own
        // dialect detection reads both files.
        Path pipes = write("pipes.csv", SHOP.replace(',', '|'));
        Path repeated = write("repeated.csv", SHOP.replace("Country", "Quantity"));

        assertTrue(CsvLayout.of(pipes).isEmpty());
        assertTrue(CsvLayout.of(repeated).isEmpty());
        assertEquals(List.of(131.0, 12.0, 9.75), shop(pipes).customers().table().doubleColumn("monetary").asList());
    }

    @Test
    void idsComeInNumericOrderWhenTheyAreNumbers() throws IOException {
        Path file = write("ids.csv", "id,day,amount\n10,2024-01-01,1\n9,2024-01-01,1\n100,2024-01-02,1\n");

        CustomerTable customers = OrderLines.from(file).customerId("id").date("day").amount("amount").customers();

        assertEquals(List.of("9", "10", "100"), customers.table().stringColumn("id").asList());
    }

    @Test
    void theSnapshotDateCanBeGiven() throws IOException {
        CustomerTable customers = shop(write("shop.csv", SHOP)).snapshotDate(LocalDate.of(2024, 3, 31)).customers();

        assertEquals(List.of(50, 85, 30), customers.table().intColumn("recency_days").asList());
    }

    @Test
    void theFirstLinesAreShownAsTheyAre() throws IOException {
        Table head = shop(write("shop.csv", SHOP)).head(2);

        assertEquals(List.of("InvoiceNo", "Customer", "InvoiceDate", "Quantity", "UnitPrice", "Country"),
                head.columnNames());
        assertEquals(List.of("1001", "1001"), head.stringColumn("InvoiceNo").asList());
        assertEquals("10.00", head.stringColumn("UnitPrice").get(0), "as written, not as a number");
    }

    @Test
    void linesMatchingAConditionAreShownInFileOrder() throws IOException {
        Table cancellations = shop(write("shop.csv", SHOP)).where("\"InvoiceNo\" LIKE 'C%' OR \"Customer\" IS NULL", 5);

        assertEquals(List.of("C1003", "1004"), cancellations.stringColumn("InvoiceNo").asList());
    }

    @Test
    void aConditionThatIsNotSqlIsNamed() throws IOException {
        Path file = write("shop.csv", SHOP);

        DataFileException e = assertThrows(DataFileException.class, () -> shop(file).where("Nope ==", 5));

        assertMentions(e.getMessage(), "the condition \"Nope ==\" cannot be applied");
    }

    // --- dates --------------------------------------------------------------------------------------------------

    @Test
    void dayFirstDatesAreDetectedWhenADayIsAbove12() throws IOException {
        Path file = write("eu.csv", "c,d,a\nx,5/1/2024,1\nx,13/1/2024,1\ny,2/2/2024,1\n");

        CustomerTable customers = OrderLines.from(file).customerId("c").date("d").amount("a").customers();

        assertEquals("d/M/yyyy", customers.datePattern().pattern());
        assertEquals(LocalDate.of(2024, 1, 13), customers.table().dateColumn("last_purchase").get(0));
    }

    @Test
    void theWholeColumnDecidesWhenTheFirstDatesFitBothOrders() throws IOException {
        StringBuilder lines = new StringBuilder("c,d,a\n");
        for (int i = 0; i < DateFormatDetection.SAMPLE; i++) {
            lines.append("x,1/2/2024,1\n");
        }
        lines.append("y,1/20/2024,1\n");

        CustomerTable customers = OrderLines.from(write("late.csv", lines.toString())).customerId("c").date("d")
                .amount("a").customers();

        assertEquals("M/d/yyyy", customers.datePattern().pattern());
        assertEquals(LocalDate.of(2024, 1, 2), customers.table().dateColumn("last_purchase").get(0));
    }

    @Test
    void aDateOutsideTheSampleThatTheFormatCannotReadIsNamedWithItsRow() throws IOException, SQLException {
        // 100,000 lines: the dates of about a tenth of them (by line hash) decide the format. The unreadable date goes
        // on a line whose hash puts it outside that sample (DuckDB's own hash of the line tells which customer id does).
        StringBuilder good = new StringBuilder("c,d,a\n");
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 99_999; i++) {
            good.append("x,").append(day.plusDays(i % 9_000)).append(",1\n");
        }
        Path file = null;
        for (int customer = 0; file == null; customer++) {
            Path candidate = write("late.csv", good + "y" + customer + ",2099-13-45,1\n");
            if (!inDateSample(candidate, "y" + customer, 100_000)) {
                file = candidate;
            }
        }

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "data row 100000: '2099-13-45' is not a date written as \"yyyy-MM-dd\"",
                "the format detected from the other dates");
    }

    @Test
    void anUnreadableDateInsideTheSampleIsNamedWithItsRowToo() throws IOException {
        StringBuilder lines = new StringBuilder("c,d,a\n");
        for (int i = 0; i < 20; i++) {
            lines.append("x,").append(LocalDate.of(2000, 1, 1).plusDays(i)).append(",1\n");
        }
        lines.append("y,2099-13-45,1\n");
        Path file = write("bad.csv", lines.toString());

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "data row 21: '2099-13-45' is not written in any of the date formats tried",
                "Give the format of this column, e.g. \"yyyy-MM-dd\"");
    }

    /** Whether the line of {@code customer} is among the lines whose dates the detection samples. */
    private static boolean inDateSample(Path file, String customer, long lines) throws SQLException {
        try (DuckDbSession session = DuckDbSession.open()) {
            long share = (long) Math.ceil((double) DateFormatDetection.SAMPLE / lines * OrderLineSql.SAMPLE_BUCKETS);
            return (Boolean) session.row("SELECT hash(r) % " + OrderLineSql.SAMPLE_BUCKETS + " < " + share
                    + " AS inside FROM read_csv('" + file + "', header = true, all_varchar = true) AS r WHERE c = '"
                    + customer + "'").get("inside");
        }
    }

    @Test
    void aDateInAnotherFormatAmongManyIsNamedWithItsRow() throws IOException {
        StringBuilder lines = new StringBuilder("c,d,a\n");
        for (int i = 0; i < 20; i++) {
            lines.append("x,2024-01-02,1\n");
        }
        lines.append("y,02.01.2024,1\n");
        Path file = write("mixed.csv", lines.toString());

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "data row 21: '02.01.2024' is not written in any of the date formats tried",
                "Give the format of this column, e.g. \"yyyy-MM-dd\"");
    }

    @Test
    void datesThatFitDayFirstAndMonthFirstAreRefusedWithBothReadings() throws IOException {
        Path file = write("both.csv", "c,d,a\nx,5/1/2024,1\nx,12/1/2024,1\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "column 'd'", "M/d/yyyy (1 May 2024)", "d/M/yyyy (5 January 2024)",
                "data row 1", "Give the format", "with .dateFormat(pattern).");
        assertEquals(Fix.Setting.DATE_FORMAT, e.fix().orElseThrow().setting());
        assertTrue(e.problem().endsWith("so the day and the month cannot be told apart."), e::problem);
    }

    @Test
    void aGivenFormatSettlesTheAmbiguity() throws IOException {
        Path file = write("both.csv", "c,d,a\nx,5/1/2024,1\nx,12/1/2024,1\n");

        CustomerTable customers = OrderLines.from(file).customerId("c").date("d").amount("a").dateFormat("M/d/yyyy")
                .customers();

        assertEquals(LocalDate.of(2024, 12, 1), customers.table().dateColumn("last_purchase").get(0));
    }

    @Test
    void aDateInAnotherFormatIsNamedWithItsRow() throws IOException {
        Path file = write("shop.csv", SHOP.replace("2024-02-10 16:45", "10 Feb 2024"));

        DataFileException e = fails(file, shop(file));

        assertMentions(e.getMessage(), "column 'InvoiceDate', data row 7: '10 Feb 2024'",
                "\"yyyy-MM-dd HH:mm\"");
    }

    @Test
    void anImpossibleDateIsNamedWithItsRow() throws IOException {
        Path file = write("shop.csv", SHOP.replace("2024-02-10 16:45", "2024-02-30 16:45"));

        DataFileException e = fails(file, shop(file));

        assertMentions(e.getMessage(), "data row 7: '2024-02-30 16:45'");
    }

    @Test
    void datesInNoKnownFormatAreRefused() throws IOException {
        Path file = write("odd.csv", "c,d,a\nx,Jan 5 2024,1\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "data row 1: 'Jan 5 2024'", "Give the format of this column");
    }

    // --- bad input ----------------------------------------------------------------------------------------------

    @Test
    void anUnknownColumnIsNamedWithTheClosestOne() throws IOException {
        Path file = write("shop.csv", SHOP);

        DataFileException e = fails(file, shop(file).customerId("CustomerID"));

        assertMentions(e.getMessage(), "no column 'CustomerID'", "did you mean 'Customer'?",
                "InvoiceNo, Customer, InvoiceDate");
        assertEquals(new Fix("Name the column that holds the customer ids", Fix.Setting.CUSTOMER_ID_COLUMN,
                "Customer"), e.fix().orElseThrow());
        assertTrue(e.getMessage().endsWith(
                " Name the column that holds the customer ids with .customerId(\"Customer\")."), e::getMessage);
    }

    @Test
    void aPriceThatIsNotANumberIsNamedWithItsRow() throws IOException {
        Path file = write("shop.csv", SHOP.replace("3,4.00", "3,\"4,00\""));

        DataFileException e = fails(file, shop(file));

        assertMentions(e.getMessage(), "column 'UnitPrice', data row 4: '4,00' is not a number");
        assertEquals(Fix.Setting.PRICE_COLUMN, e.fix().orElseThrow().setting());
        assertEquals("column 'UnitPrice', data row 4: '4,00' is not a number that can be added up.", e.problem());
    }

    @Test
    void anInfiniteAmountIsRefused() throws IOException {
        Path file = write("inf.csv", "c,d,a\nx,2024-01-01,1e400\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "column 'a', data row 1: '1e400' is not a number");
    }

    @Test
    void anEmptyCustomerColumnIsRefused() throws IOException {
        Path file = write("nobody.csv", "c,d,a\n,2024-01-01,1\n,2024-01-02,2\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "column 'c' is empty in all 2 order lines",
                "Name the column that holds the customer ids with .customerId(column).");
        assertEquals(Fix.Setting.CUSTOMER_ID_COLUMN, e.fix().orElseThrow().setting());
    }

    @Test
    void nothingLeftAfterCleaningIsRefusedWithTheReport() throws IOException {
        Path file = write("returns.csv", "c,d,a\nx,2024-01-01,-1\ny,2024-01-02,0\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "no order line is left after cleaning", "amount ≤ 0: 2 matching, 2 dropped",
                "with .cleaning(CleaningRules.standard().keepCancellations())");
        assertEquals(Fix.Setting.CLEANING_RULES, e.fix().orElseThrow().setting());
    }

    @Test
    void aSnapshotBeforeTheLastPurchaseIsRefused() throws IOException {
        Path file = write("shop.csv", SHOP);

        DataFileException e = fails(file, shop(file).snapshotDate(LocalDate.of(2024, 2, 1)));

        assertMentions(e.getMessage(), "snapshot date 2024-02-01 is before the last purchase (2024-03-01)");
        assertEquals("the snapshot date 2024-02-01 is before the last purchase (2024-03-01), so recency would be "
                + "negative.", e.problem());
        assertEquals(new Fix("Leave it out to use the day after the last purchase, or choose a date on or after "
                + "2024-03-01", Fix.Setting.SNAPSHOT_DATE, "2024-03-01"), e.fix().orElseThrow());
        assertTrue(e.getMessage().endsWith(
                "on or after 2024-03-01 with .snapshotDate(LocalDate.parse(\"2024-03-01\"))."), e::getMessage);
    }

    @Test
    void aHeaderWithoutLinesIsRefused() throws IOException {
        Path file = write("empty.csv", "c,d,a\n");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "no order lines");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.csv");

        DataFileException e = fails(file, OrderLines.from(file).customerId("c").date("d").amount("a"));

        assertMentions(e.getMessage(), "file not found");
    }

    @Test
    void incompleteColumnsSayWhatToName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrderLines.from(dir.resolve("x.csv")).customerId("c").date("d").customers());

        assertMentions(e.getMessage(), ".amount(", ".quantityTimesPrice(");
    }

    @Test
    void theFileIsLeftUnchanged() throws IOException {
        Path file = write("shop.csv", SHOP);

        shop(file).cleaning(CleaningRules.standard().dropDuplicates()).customers();

        assertEquals(SHOP, Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }
}
