package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.BadInput.assertMentions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.testing.BadInput;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CustomerFileTest {

    private static final Path MALL = Path.of("../data/mall_customers.csv");
    private static final Path PERSONALITY = Path.of("../data/marketing_campaign.csv");

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        return BadInput.write(dir, name, content);
    }

    private static DataFileException readFails(Path file) {
        return BadInput.fails(file, () -> CustomerFile.read(file));
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Test
    void mallFileIsReadWithItsCommasDetected() {
        CustomerFile mall = CustomerFile.read(MALL);

        assertEquals(200, mall.rows());
        assertEquals(List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                mall.columnNames());
        assertEquals(',', mall.delimiter());
        assertTrue(mall.delimiterDetected());
        assertEquals("mall_customers.csv", mall.text().name());
    }

    @Test
    void personalityFileIsReadWithItsTabsDetected() {
        CustomerFile people = CustomerFile.read(PERSONALITY);

        assertEquals(2240, people.rows());
        assertEquals(29, people.columnNames().size());
        assertEquals('\t', people.delimiter());
    }

    @Test
    void givenDelimiterIsUsedAndNotCountedAsDetected() throws IOException {
        Path file = write("semi.csv", "id;age\n1;30\n2;40\n");

        CustomerFile customers = CustomerFile.read(file, ';');

        assertEquals(';', customers.delimiter());
        assertFalse(customers.delimiterDetected());
        assertEquals(List.of("id", "age"), customers.columnNames());
    }

    @Test
    void valuesAreKeptAsWrittenIncludingLeadingZerosAndTrailingDecimals() throws IOException {
        Path file = write("codes.csv", "id,zip,price\n007,01234,1.50\n008,99999,NA\n");

        Table text = CustomerFile.read(file).text();

        assertEquals("007", text.getString(0, "id"));
        assertEquals("01234", text.getString(0, "zip"));
        assertEquals("1.50", text.getString(0, "price"));
        assertEquals("NA", text.getString(1, "price"));
    }

    @Test
    void quotedFieldsMayHoldTheDelimiterAndLineBreaks() throws IOException {
        Path file = write("quoted.csv", "name,note,spend\n\"Smith, John\",\"two\nlines\",10\nDoe,x,20\n");

        CustomerFile customers = CustomerFile.read(file);

        assertEquals(2, customers.rows());
        assertEquals("Smith, John", customers.text().getString(0, "name"));
        assertEquals("two\nlines", customers.text().getString(0, "note"));
    }

    @Test
    void windowsLineEndsAreRead() throws IOException {
        Path file = write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n");

        Table text = CustomerFile.read(file).text();

        assertEquals(2, text.rowCount());
        assertEquals("4", text.getString(1, "b"));
    }

    @Test
    void readingLeavesTheFileUnchanged() throws IOException {
        Path file = write("same.csv", "a,b\n1,2\n");
        byte[] before = Files.readAllBytes(file);

        CustomerFile.read(file).typed(List.of("a", "b"));

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void textRowsAreNamedAsDataRowsCountedFromTheFirstAfterTheHeader() throws IOException {
        CustomerFile customers = CustomerFile.read(write("rows.csv", "id,age\n1,30\n2,40\n3,50\n"));

        assertEquals(Optional.empty(), customers.sheet());
        assertEquals(2, customers.rowNumber(1));
        assertEquals("data row 2", customers.rowLabel(1));
        assertEquals("data rows 1, 3, …", customers.rowsLabel(List.of(0, 2), 3));
    }

    // --- gzip-compressed files ----------------------------------------------------------------------------------

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    @Test
    void gzippedMallFileGivesTheSameTableAsTheCsv() throws IOException {
        Path file = dir.resolve("mall_customers.csv.gz");
        Files.write(file, gzip(Files.readAllBytes(MALL)));

        CustomerFile csv = CustomerFile.read(MALL);
        CustomerFile gz = CustomerFile.read(file);

        assertEquals(csv.columnNames(), gz.columnNames());
        assertEquals(',', gz.delimiter());
        Table expected = csv.text();
        Table actual = gz.text();
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int i = 0; i < expected.rowCount(); i++) {
            for (int j = 0; j < expected.columnCount(); j++) {
                assertEquals(expected.getString(i, j), actual.getString(i, j), "row " + i + ", column " + j);
            }
        }
    }

    @Test
    void gzipIsRecognisedByItsContentNotItsName() throws IOException {
        Path file = dir.resolve("customers.csv");
        Files.write(file, gzip("id;age\n1;30\n2;40\n".getBytes(StandardCharsets.UTF_8)));

        CustomerFile customers = CustomerFile.read(file, ';');

        assertEquals(List.of("id", "age"), customers.columnNames());
        assertEquals("40", customers.text().getString(1, "age"));
    }

    @Test
    void aCutOffGzipFileIsRefused() throws IOException {
        byte[] whole = gzip(Files.readAllBytes(MALL));
        Path file = dir.resolve("cut.csv.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertMentions(readFails(file).getMessage(), "gzip file that ends too early", "Get the whole file again");
    }

    @Test
    void aGzipFileWithAWrongChecksumIsRefused() throws IOException {
        byte[] bytes = gzip("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        // The trailer's first four bytes are the CRC-32 of the content (RFC 1952, section 2.3.1).
        bytes[bytes.length - 8] ^= 0x01;
        Path file = dir.resolve("bad.csv.gz");
        Files.write(file, bytes);

        assertMentions(readFails(file).getMessage(), "is a damaged gzip file", "compress the CSV again");
    }

    @Test
    void theTextChecksApplyInsideAGzipFile() throws IOException {
        Path file = dir.resolve("latin1.csv.gz");
        Files.write(file, gzip("name,age\nM\u00fcller,30\n".getBytes(StandardCharsets.ISO_8859_1)));

        assertMentions(readFails(file).getMessage(), "not valid UTF-8", "line 2", "byte 0xFC");
    }

    // --- files that cannot be read ------------------------------------------------------------------------------

    @Test
    void missingFileIsReportedAsNotFound() {
        assertMentions(readFails(dir.resolve("nope.csv")).getMessage(), "file not found");
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        assertMentions(readFails(write("empty.csv", "")).getMessage(), "is empty");
    }

    @Test
    void fileOfBlankLinesIsReportedAsBlank() throws IOException {
        assertMentions(readFails(write("blank.csv", "\n  \n")).getMessage(), "only blank lines");
    }

    @Test
    void headerOnlyFileHasNoDataRows() throws IOException {
        assertMentions(readFails(write("header.csv", "a,b,c\n")).getMessage(), "has a header but no data rows");
    }

    @Test
    void latin1FileIsReportedAsNotUtf8WithTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,name\n1,Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertMentions(readFails(file).getMessage(), "not valid UTF-8", "line 2", "0xE9");
    }

    @Test
    void fileThatNoCandidateSplitsNamesTheDelimitersTried() throws IOException {
        assertMentions(readFails(write("pipes.csv", "a|b\n1|2\n")).getMessage(), "only one column was found",
                "commas (','), semicolons (';') and tabs");
    }

    @Test
    void aGivenDelimiterThatSplitsNothingAsksForTheFilesDelimiter() throws IOException {
        Path file = write("pipes.csv", "a|b\n1|2\n");

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerFile.read(file, ';'));

        assertEquals(file + ": only one column was found ('a|b') when splitting on semicolons (';'); a customer table "
                + "needs at least two columns. Give the delimiter the file uses with CustomerFile.read(file, delimiter).",
                e.getMessage());
        assertEquals(new Fix("Give the delimiter the file uses", Fix.Setting.DELIMITER, ""), e.fix().orElseThrow());
    }

    @Test
    void wrongGivenDelimiterFindsOneColumnAndSuggestsTheRightOne() throws IOException {
        Path file = write("semi.csv", "id;age\n1;30\n");

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerFile.read(file, ','));

        assertMentions(e.getMessage(), "only one column was found ('id;age')", "splitting on commas (',')",
                "looks separated by semicolons (';')");
    }

    @Test
    void repeatedColumnNameIsReportedWithBothPositions() throws IOException {
        assertMentions(readFails(write("dup.csv", "id,age,income,age\n1,2,3,4\n")).getMessage(),
                "names column 'age' twice", "columns 2 and 4", "Rename one");
    }

    @Test
    void namesDifferingOnlyInCaseCountAsRepeated() throws IOException {
        assertMentions(readFails(write("case.csv", "Age,age\n1,2\n")).getMessage(), "'Age' and 'age'",
                "differ only in case");
    }

    @Test
    void blankColumnNameIsReportedWithItsPosition() throws IOException {
        assertMentions(readFails(write("blankname.csv", "id,,income\n1,2,3\n")).getMessage(),
                "column 2 of 3 has no name", "follows 'id'");
    }

    @Test
    void rowWithMoreValuesThanTheHeaderIsNamed() throws IOException {
        assertMentions(readFails(write("long.csv", "a,b,c\n1,2,3\n4,5,6,7\n")).getMessage(),
                "data row 2 has 4 values but the header has 3 columns", "'4,5,6,7'", "must be quoted");
    }

    @Test
    void rowWithFewerValuesThanTheHeaderIsNamed() throws IOException {
        assertMentions(readFails(write("short.csv", "a,b,c\n1,2,3\n4,5\n")).getMessage(),
                "data row 2 has 2 values but the header has 3 columns");
    }

    // --- columns ------------------------------------------------------------------------------------------------

    @Test
    void unknownColumnIsReportedWithTheClosestNameAndAllColumns() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> CustomerFile.read(MALL).requireColumns(List.of("Age", "Anual Income (k$)")));

        assertMentions(e.getMessage(), "has no column 'Anual Income (k$)'", "did you mean 'Annual Income (k$)'?",
                "'CustomerID', 'Gender', 'Age'");
    }

    @Test
    void closestColumnIgnoresCasePunctuationAndTheUnit() {
        assertEquals(Optional.of("Annual Income (k$)"), CustomerFile.read(MALL).closestColumn("annual_income"));
    }

    @Test
    void closestColumnFallsBackToTheEditDistance() {
        assertEquals(Optional.of("Gender"), CustomerFile.read(MALL).closestColumn("Gendre"));
    }

    @Test
    void farOffNameHasNoClosestColumn() {
        assertEquals(Optional.empty(), CustomerFile.read(MALL).closestColumn("Loyalty tier"));
    }

    @Test
    void numericColumnsAreThoseMostlyHoldingNumbers() throws IOException {
        // b has one stray word among numbers: still numeric, so that the word is reported rather than the column
        // silently ignored; c is text; d is numbers with NaN and an out-of-range value; e is empty.
        Path file = write("kinds.csv", "a,b,c,d,e\n1,2,x,NaN,\n2,oops,y,1e400,\n3,4,z,5,\n");

        assertEquals(List.of("a", "b", "d"), CustomerFile.read(file).numericColumns());
    }

    @Test
    void constantColumnsAreThoseWhosePresentValuesAreAllEqual() throws IOException {
        // a: 3 and 3.0 are the same number; b: one value besides a gap; c: varies; d: the same word; e: empty.
        Path file = write("constant.csv", "a,b,c,d,e\n3,5,1,x,\n3.0,,2,x,\n3,5,1,x,\n");

        assertEquals(List.of("a", "b", "d"), CustomerFile.read(file).constantColumns());
    }

    @Test
    void personalityConstantsAreTheTwoZColumns() {
        // data/README.md: Z_CostContact is always 3 and Z_Revenue always 11.
        assertEquals(List.of("Z_CostContact", "Z_Revenue"), CustomerFile.read(PERSONALITY).constantColumns());
    }

    @Test
    void mallNumericColumnsAreIdAgeIncomeAndScore() {
        assertEquals(List.of("CustomerID", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                CustomerFile.read(MALL).numericColumns());
    }

    @Test
    void typedTableHasTheChosenColumnsAsNumbersAndGapsAsMissing() throws IOException {
        Path file = write("gaps.csv", "id,income,gender\n1,10.5,F\n2,,NA\n3,NA,M\n");

        Table typed = CustomerFile.read(file).typed(List.of("income"));

        DoubleColumn income = assertInstanceOf(DoubleColumn.class, typed.column("income"));
        assertEquals(10.5, income.get(0));
        assertEquals(2, income.countMissing());
        assertEquals(1, typed.column("gender").countMissing(), "NA in a text column is a gap too");
        assertEquals("1", typed.getString(0, "id"), "unchosen columns stay text");
    }

    /**
     * Bad values in a numeric column, each as a file, the column to type and what the message must name: the column,
     * the data row and the value as written, what is wrong with it and, where there is one, the fix.
     */
    static Stream<Arguments> badNumbers() {
        return Stream.of(
                Arguments.of("text.csv", "id,age\n1,30\n2,thirty\n3,forty\n", "age", List.of(
                        "column 'age' must hold numbers", "data row 2 holds 'thirty'", "is not a number",
                        "2 values of this column")),
                Arguments.of("nan.csv", "id,age\n1,30\n2,NaN\n", "age", List.of(
                        "data row 2 holds 'NaN'", "not a number (NaN)", "leave the cell empty")),
                Arguments.of("inf.csv", "id,age\n1,inf\n2,3\n", "age", List.of(
                        "data row 1 holds 'inf'", "is infinite")),
                Arguments.of("huge.csv", "id,spend\n1,10\n2,20\n3,1e400\n", "spend", List.of(
                        "column 'spend'", "data row 3 holds '1e400'", "out of range")),
                Arguments.of("comma.csv", "id;spend\n1;10,5\n2;20,25\n", "spend", List.of(
                        "data row 1 holds '10,5'", "decimal point")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNumbers")
    void aBadNumberIsReportedWithItsColumnRowAndValue(String name, String content, String column, List<String> parts) {
        Path file = write(name, content);

        DataFileException e = BadInput.fails(file, () -> CustomerFile.read(file).typed(List.of(column)));

        assertMentions(e.getMessage(), parts.toArray(String[]::new));
    }

    // --- tables made in memory ----------------------------------------------------------------------------------

    @Test
    void aTableMadeInMemoryKeepsItsValuesAsText() {
        Table customers = Table.create("orders",
                StringColumn.create("id", "7", "12"),
                tech.tablesaw.api.IntColumn.create("recency_days", 1, 30),
                DoubleColumn.create("monetary", new double[] {12.5, 0.1 + 0.2}),
                tech.tablesaw.api.DateColumn.create("last_purchase",
                        java.time.LocalDate.of(2011, 12, 9), null));
        Path source = dir.resolve("orders.csv.gz");

        CustomerFile file = CustomerFile.of(source, customers);

        assertEquals(source, file.file());
        assertEquals(List.of("id", "recency_days", "monetary", "last_purchase"), file.columnNames());
        assertEquals(List.of("7", "12"), file.text().stringColumn("id").asList());
        assertEquals("2011-12-09", file.text().stringColumn("last_purchase").get(0));
        assertTrue(file.text().stringColumn("last_purchase").isMissing(1));
        Table typed = file.typed(List.of("recency_days", "monetary"));
        assertEquals(30, typed.doubleColumn("recency_days").get(1));
        assertEquals(0.1 + 0.2, typed.doubleColumn("monetary").get(1), "numbers come back bit for bit");
    }

    @Test
    void aTableWithoutRowsIsRefused() {
        Path source = dir.resolve("orders.csv");

        DataFileException e = assertThrows(DataFileException.class,
                () -> CustomerFile.of(source, Table.create("none", StringColumn.create("id"))));

        assertMentions(e.getMessage(), "gave no customers");
    }
}
