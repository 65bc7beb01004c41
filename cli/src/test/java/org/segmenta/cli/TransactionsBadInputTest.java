package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * Every bad order-line input and option of {@code segment --transactions}, through the real command: each run exits
 * with 1 (data) or 2 (options) and one message that names the file, column, row and value where there is one and the
 * option that fixes it; nothing is written and the input is unchanged.
 */
class TransactionsBadInputTest {

    private static final int BAD_INPUT = CommandRun.BAD_INPUT;
    private static final int BAD_OPTIONS = 2;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Runs {@code segment --transactions file} with the fixture's columns (unless replaced) and {@code options}. */
    private Result segment(Path file, List<String> columns, String... options) {
        List<String> args = new ArrayList<>(List.of("--transactions", file.toString()));
        args.addAll(columns);
        args.addAll(List.of("--out", "out", "--no-report"));
        args.addAll(List.of(options));
        return CommandRun.segment(dir, args.toArray(String[]::new));
    }

    private Result segment(Path file, String... options) {
        return segment(file, OrderLinesFixture.columns(), options);
    }

    /** A refused run: status, one message with every part, nothing written, input unchanged. */
    private void assertRefused(Path file, byte[] before, Result result, int status, String... parts)
            throws IOException {
        CommandRun.assertRefused(dir, result, status, parts);
        if (file != null) {
            assertArrayEquals(before, Files.readAllBytes(file), "the input file must not change");
        }
    }

    private void assertRefused(Path file, int status, List<String> columns, String[] options, String... parts)
            throws IOException {
        byte[] before = Files.readAllBytes(file);
        assertRefused(file, before, segment(file, columns, options), status, parts);
    }

    private static String[] none() {
        return new String[0];
    }

    /** The fixture's columns with one option's column replaced. */
    private static List<String> columnsWith(String option, String column) {
        List<String> columns = new ArrayList<>(OrderLinesFixture.columns());
        columns.set(columns.indexOf(option) + 1, column);
        return columns;
    }

    // --- the data -----------------------------------------------------------------------------------------------

    @Test
    void unknownColumnSuggestsTheClosestAndTheOption() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_INPUT, columnsWith("--customer-id", "CustomerId"), none(), file.toString(),
                "has no column 'CustomerId'", "CustomerID",
                "Name the column that holds the customer ids with --customer-id CustomerID.");
    }

    @Test
    void unreadableDateNamesRowAndValueAndSuggestsDateFormat() throws IOException {
        Path file = write("dates.csv", OrderLinesFixture.HEADER + "\n1,A,2023-01-05 10:00:00,1,2.00\n"
                + "2,B,yesterday,1,3.00\n3,C,2023-01-07 10:00:00,1,4.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), none(), file.toString(), "column 'InvoiceDate'",
                "data row 2", "'yesterday'", "--date-format");
    }

    @Test
    void dateThatBreaksTheGivenFormatNamesRowAndValue() throws IOException {
        Path file = write("dates.csv", OrderLinesFixture.HEADER + "\n1,A,05/01/2023,1,2.00\n2,B,2023-01-06,1,3.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), new String[] {"--date-format", "dd/MM/yyyy"},
                file.toString(), "column 'InvoiceDate', data row 2: '2023-01-06'", "\"dd/MM/yyyy\"",
                "--date-format");
    }

    @Test
    void ambiguousDatesAskForTheFormat() throws IOException {
        // Every day is at most 12: 3/4/2023 may be 4 March or 3 April.
        Path file = write("ambiguous.csv", OrderLinesFixture.HEADER + "\n1,A,3/4/2023,1,2.00\n2,B,5/6/2023,1,3.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), none(), file.toString(),
                "fits more than one format", "'3/4/2023' in data row 1",
                "Give the format of this column, e.g. \"M/d/yyyy\", with --date-format PATTERN.");
    }

    @Test
    void noLineLeftAfterCleaningNamesTheSwitches() throws IOException {
        Path file = write("returns.csv", OrderLinesFixture.HEADER + "\n1,A,2023-01-05,-1,2.00\n2,B,2023-01-06,-2,3.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), none(), file.toString(),
                "no order line is left after cleaning", "quantity ≤ 0",
                "Check the columns named, or keep more lines with --keep-cancellations, --keep-returns or "
                        + "--keep-non-positive-prices.");
    }

    @Test
    void emptyCustomerColumnIsNamed() throws IOException {
        Path file = write("anonymous.csv", OrderLinesFixture.HEADER + "\n1,,2023-01-05,1,2.00\n2,,2023-01-06,2,3.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), none(), file.toString(),
                "column 'CustomerID' is empty in all 2 order lines",
                "Name the column that holds the customer ids with --customer-id COLUMN.");
    }

    @Test
    void amountThatIsNotANumberNamesRowAndValue() throws IOException {
        Path file = write("sales.csv", "customer,day,amount\nA,2023-01-05,2.50\nB,2023-01-06,\"4,00\"\n");

        assertRefused(file, BAD_INPUT, List.of("--customer-id", "customer", "--date", "day", "--amount", "amount"),
                none(), file.toString(), "column 'amount', data row 2: '4,00' is not a number",
                "or name the right column with --amount COLUMN.");
    }

    @Test
    void snapshotDateBeforeTheLastPurchaseIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), new String[] {"--snapshot-date", "2023-06-01"},
                file.toString(), "the snapshot date 2023-06-01 is before the last purchase", "--snapshot-date");
    }

    @Test
    void snapshotDateBeforeTheLastPurchaseSuggestsTheLastPurchase() throws IOException {
        // The last purchase is 2023-01-06, on the second line.
        Path file = write("two.csv", OrderLinesFixture.HEADER + "\n1,A,2023-01-05,1,2.00\n2,B,2023-01-06,1,3.00\n");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), new String[] {"--snapshot-date", "2023-01-01"},
                file.toString() + ": the snapshot date 2023-01-01 is before the last purchase (2023-01-06), so "
                        + "recency would be negative. Leave it out to use the day after the last purchase, or choose "
                        + "a date on or after 2023-01-06 with --snapshot-date 2023-01-06.");
    }

    @Test
    void calibrationEndAfterTheDataIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), new String[] {"--calibration-end", "2024-06-30"},
                file.toString(), "--calibration-end 2024-06-30 is outside the data", "Choose a date from 2023-");
    }

    @Test
    void calibrationEndBeforeTheDataIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), new String[] {"--calibration-end", "2022-06-30"},
                file.toString(), "--calibration-end 2022-06-30 is outside the data");
    }

    @Test
    void modelThatCannotBeFittedSaysWhyAndWhatToDo() throws IOException {
        // Twelve customers who each bought once: no repeat buyer for the BG/NBD model.
        StringBuilder lines = new StringBuilder(OrderLinesFixture.HEADER + "\n");
        for (int c = 1; c <= 12; c++) {
            lines.append(c).append(",K").append(c).append(",2023-01-").append(String.format("%02d", c))
                    .append(" 10:00:00,").append(c).append(",2.00\n");
        }
        Path file = write("once.csv", lines.toString());

        assertRefused(file, BAD_INPUT, OrderLinesFixture.columns(), none(), file.toString(),
                "cannot fit the BG/NBD model", "no customer made a repeat transaction",
                "customers who bought more than once");
    }

    @Test
    void idColumnNamedLikeAnAddedColumnIsRefused() throws IOException {
        Path file = write("clash.csv", "clv,day,amount\nA,2023-01-05,2.50\nB,2023-01-06,4.00\n");

        assertRefused(file, BAD_INPUT, List.of("--customer-id", "clv", "--date", "day", "--amount", "amount"), none(),
                file.toString(), "the customer id column 'clv' has the name of a column the command adds");
    }

    // --- the options --------------------------------------------------------------------------------------------

    @Test
    void inputAndTransactionsTogetherAreRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(),
                new String[] {"--input", CommandRun.MALL.toString()}, "either --input", "or --transactions");
    }

    @Test
    void neitherInputNorTransactionsIsRefused() throws IOException {
        Result result = CommandRun.segment(dir, "--out", "out", "--no-report");

        assertRefused(null, null, result, BAD_OPTIONS, "give the data: --input FILE", "--transactions FILE");
    }

    @Test
    void transactionOptionWithInputIsRefusedByName() throws IOException {
        for (String[] option : new String[][] {{"--clv-months", "12"}, {"--keep-returns"}, {"--date", "Day"}}) {
            List<String> args = new ArrayList<>(List.of("--input", CommandRun.MALL.toString(), "--out", "out",
                    "--no-report"));
            args.addAll(List.of(option));
            Result result = CommandRun.segment(dir, args.toArray(String[]::new));

            assertRefused(null, null, result, BAD_OPTIONS, option[0] + " only works with --transactions");
        }
    }

    @Test
    void inputOptionWithTransactionsIsRefusedByName() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--id-column", "CustomerID"},
                "--id-column only works with --input", "--customer-id");
    }

    @Test
    void missingDateColumnIsAskedFor() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, List.of("--customer-id", "CustomerID", "--amount", "UnitPrice"), none(),
                "--transactions needs --date");
    }

    @Test
    void quantityWithoutPriceIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, List.of("--customer-id", "CustomerID", "--date", "InvoiceDate",
                "--quantity", "Quantity"), none(), "--price COLUMN, with --quantity");
    }

    @Test
    void unsupportedDateFormatIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--date-format", "dd/MMM/yyyy"},
                "--date-format: ", "'MMM'", "not supported");
    }

    @Test
    void dateOptionsMustBeIsoDates() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--snapshot-date", "10/12/2011"},
                "--snapshot-date", "yyyy-MM-dd", "'10/12/2011'");
    }

    @Test
    void marginOutsideZeroToOneIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--margin", "30"},
                "--margin is a share of revenue in (0, 1], got 30.0");
    }

    @Test
    void clvMonthsBelowOneIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--clv-months", "0"},
                "--clv-months must be at least 1, got 0");
    }

    @Test
    void negativeDiscountRateIsRefused() throws IOException {
        Path file = OrderLinesFixture.write(dir, "orders.csv");

        assertRefused(file, BAD_OPTIONS, OrderLinesFixture.columns(), new String[] {"--discount-rate", "-0.1"},
                "--discount-rate is a monthly rate ≥ 0, got -0.1");
    }
}
