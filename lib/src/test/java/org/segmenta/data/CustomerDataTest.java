package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmenta.testing.BadInput.assertMentions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.BadInput;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

class CustomerDataTest {

    private static final Path MALL = Path.of("../data/mall_customers.csv");
    private static final Path PERSONALITY = Path.of("../data/marketing_campaign.csv");

    /** A small schema for hand-made files: two numeric columns that must be complete, one text column. */
    private static final TableSchema SMALL = TableSchema.builder().numeric("Age", "Income").text("Gender").build();

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        return BadInput.write(dir, name, content);
    }

    private static DataFileException readFails(Path file, char delimiter, TableSchema schema) {
        return BadInput.fails(file, () -> CustomerData.read(file, delimiter, schema));
    }

    // --- the real data files -------------------------------------------------------------------------------------

    @Test
    void mallFileHas200CustomersWithTheKnownColumnMeans() {
        Table mall = CustomerData.mallCustomers(MALL);

        assertEquals(200, mall.rowCount());
        assertEquals(38.85, ((NumericColumn<?>) mall.column("Age")).mean(), 1e-9);
        assertEquals(60.56, ((NumericColumn<?>) mall.column("Annual Income (k$)")).mean(), 1e-9);
        assertEquals(50.2, ((NumericColumn<?>) mall.column("Spending Score (1-100)")).mean(), 1e-9);
    }

    @Test
    void mallFileHas112WomenAnd88Men() {
        Table mall = CustomerData.mallCustomers(MALL);

        assertEquals(112, mall.stringColumn("Gender").isEqualTo("Female").size());
        assertEquals(88, mall.stringColumn("Gender").isEqualTo("Male").size());
    }

    @Test
    void tableIsNamedAfterTheFile() {
        assertEquals("mall_customers.csv", CustomerData.mallCustomers(MALL).name());
    }

    @Test
    void personalityFileHas2240RowsAnd29Columns() {
        Table people = CustomerData.customerPersonality(PERSONALITY);

        assertEquals(2240, people.rowCount());
        assertEquals(29, people.columnCount());
    }

    @Test
    void personalityFileKeepsThe24MissingIncomes() {
        Table people = CustomerData.customerPersonality(PERSONALITY);

        assertEquals(24, people.column("Income").countMissing());
    }

    @Test
    void personalityFileReadsZCostContactAsTheConstant3() {
        NumericColumn<?> cost = (NumericColumn<?>) CustomerData.customerPersonality(PERSONALITY).column("Z_CostContact");

        assertEquals(3.0, cost.min());
        assertEquals(3.0, cost.max());
    }

    @Test
    void personalityFileReadsCustomerDatesAsDayMonthYear() {
        Table people = CustomerData.customerPersonality(PERSONALITY);

        // The first data row has Dt_Customer "04-09-2012": 4 September 2012, not 9 April.
        DateColumn dates = assertInstanceOf(DateColumn.class, people.column("Dt_Customer"));
        assertEquals(LocalDate.of(2012, 9, 4), dates.get(0));
    }

    @Test
    void mallFileReadWithTabsSaysOnlyOneColumnWasFoundAndSuggestsCommas() {
        DataFileException e = readFails(MALL, '\t', CustomerData.MALL_SCHEMA);

        assertMentions(e.getMessage(), "only one column", "commas");
    }

    // --- files that cannot be read at all ------------------------------------------------------------------------

    @Test
    void missingFileIsReportedWithItsPathAndTheWorkingDirectory() {
        Path file = dir.resolve("no_such_file.csv");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "not found", Path.of("").toAbsolutePath().toString(), "Check the path");
    }

    @Test
    void directoryInsteadOfAFileIsRejected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("customers.csv"));

        DataFileException e = readFails(folder, ',', SMALL);

        assertMentions(e.getMessage(), "is a directory", "path of the CSV file itself");
    }

    @Test
    void emptyFileIsRejectedAsEmpty() throws IOException {
        Path file = write("empty.csv", "");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "is empty");
    }

    @Test
    void headerOnlyFileIsReportedAsHavingNoDataRows() throws IOException {
        Path file = write("header.csv", "Age,Income,Gender\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "no data rows", "right file");
    }

    // --- wrong delimiter -----------------------------------------------------------------------------------------

    @Test
    void semicolonFileReadWithCommasSaysOnlyOneColumnWasFoundAndSuggestsSemicolons() throws IOException {
        Path file = write("semicolons.csv", "Age;Income;Gender\n19;15;Male\n21;16;Female\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "only one column", "'Age;Income;Gender'", "commas", "semicolons");
    }

    @Test
    void semicolonFileWithDecimalCommasReadWithCommasStillSuggestsSemicolons() throws IOException {
        // European exports use ';' between columns and ',' as the decimal mark, so splitting on ',' gives rows of
        // different lengths before the table is even built.
        Path file = write("european.csv", "Age;Income;Gender\n19;15,5;Male\n21;16,25;Female\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "commas", "semicolons");
    }

    // --- schema problems -----------------------------------------------------------------------------------------

    @Test
    void missingRequiredColumnIsNamedWithTheColumnsFound() throws IOException {
        Path file = write("no_income.csv", "Age,Salary,Gender\n19,15,Male\n21,16,Female\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "column 'Income' is missing", "Columns found: 'Age', 'Salary', 'Gender'",
                "header row");
    }

    @Test
    void severalMissingColumnsAreAllNamed() throws IOException {
        Path file = write("only_age.csv", "Age,Zip\n19,1000\n21,2000\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "columns 'Income', 'Gender' are missing", "Columns found: 'Age', 'Zip'");
    }

    @Test
    void textInANumericColumnIsReportedWithColumnDataRowAndValue() throws IOException {
        Path file = write("text.csv", "Age,Income,Gender\n19,15,Male\n21,sixteen,Female\n22,17,Male\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "'Income'", "must hold numbers", "data row 2", "'sixteen'", "Fix or remove");
    }

    @Test
    void textInANumericColumnBeyondTheTypeDetectionSampleIsReportedWithColumnDataRowAndValue() throws IOException {
        // Tablesaw guesses column types from the first 10,000 rows only; a bad value later must still be reported
        // as a bad value in its column, not as a delimiter problem.
        StringBuilder csv = new StringBuilder("Age,Income,Gender\n");
        for (int row = 1; row <= 10_500; row++) {
            csv.append(20 + row % 50).append(',').append(row == 10_200 ? "unknown" : String.valueOf(row % 90))
                    .append(",Female\n");
        }
        Path file = write("big.csv", csv.toString());

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "'Income'", "10200", "unknown");
        assertFalse(e.getMessage().contains("separated by"), () -> "not a delimiter problem: " + e.getMessage());
    }

    @Test
    void missingValuesInAColumnThatMustBeCompleteAreCountedWithTheFirstRow() throws IOException {
        Path file = write("gaps.csv", "Age,Income,Gender\n19,15,Male\n21,,Female\n22,17,Male\n23,,Female\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "'Income'", "2 missing value(s)", "first at data row 2", "Fill them in");
    }

    @Test
    void numericColumnLeftBlankIsReportedAsAllMissing() throws IOException {
        Path file = write("blank.csv", "Age,Income,Gender\n19,,Male\n21,,Female\n");

        DataFileException e = readFails(file, ',', SMALL);

        assertMentions(e.getMessage(), "'Income'", "all 2 of its values are missing");
    }

    @Test
    void missingValuesAreAcceptedWhereTheSchemaAllowsThem() throws IOException {
        Path file = write("gaps.csv", "Age,Income,Gender\n19,15,Male\n21,,Female\n22,17,Male\n");
        TableSchema schema = TableSchema.builder().numeric("Age").numericAllowingMissing("Income").build();

        Table table = CustomerData.read(file, ',', schema);

        assertEquals(3, table.rowCount());
        assertEquals(1, table.column("Income").countMissing());
    }

    @Test
    void dateColumnThatIsNotDatesIsReportedWithColumnRowValueAndTheExpectedFormat() throws IOException {
        Path file = write("dates.csv", "Age,Joined\n19,2012-09-04\n21,04/09/2012\n");
        TableSchema schema = TableSchema.builder().numeric("Age").date("Joined").build();

        DataFileException e = readFails(file, ',', schema);

        assertMentions(e.getMessage(), "'Joined'", "data row 2", "'04/09/2012'", "2012-09-04", "date format");
        assertFalse(e.getMessage().contains("separated by"), () -> "not a delimiter problem: " + e.getMessage());
    }

    @Test
    void personalityReaderRejectsIsoDatesNamingTheDayMonthYearFormat() throws IOException {
        // The same columns as the real file but with one row and a date written year first.
        String header = Files.readAllLines(PERSONALITY).get(0);
        String row = Files.readAllLines(PERSONALITY).get(1).replace("04-09-2012", "2012-09-04");
        Path file = write("personality.csv", header + "\n" + row + "\n");

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerData.customerPersonality(file));

        assertMentions(e.getMessage(), file.toString(), "'Dt_Customer'", "data row 1", "'2012-09-04'", "04-09-2012");
    }

    @Test
    void readingLeavesTheFileUnchanged() throws IOException {
        Path file = write("gaps.csv", "Age,Income,Gender\r\n19,15,Male\r\n21,,Female\r\n");
        byte[] before = Files.readAllBytes(file);

        readFails(file, ',', SMALL);

        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
