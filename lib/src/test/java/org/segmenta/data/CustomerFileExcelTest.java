package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmenta.testing.BadInput.assertMentions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.BadInput;
import tech.tablesaw.api.Table;

/**
 * Reading Excel workbooks ({@code .xlsx}) with {@link CustomerFile}. The workbooks are made here with Apache POI, cell
 * by cell, so each test shows exactly what the sheet holds; the expected texts are the stored values written (numbers)
 * or dates worked out with Python's {@code datetime} (quoted where used). One fixture comes from another writer,
 * openpyxl (see {@code src/test/resources/excel/make_fixtures.py}), as files saved by programs other than Excel are
 * the ones whose formulas have no saved value.
 */
class CustomerFileExcelTest {

    private static final Path MALL = Path.of("../data/mall_customers.csv");
    private static final Path OPENPYXL_FORMULAS = Path.of("src/test/resources/excel/openpyxl-formulas.xlsx");

    @TempDir
    Path dir;

    /** A cell value: text, a number, a boolean, a formula (with or without its computed value), or a styled number. */
    private sealed interface Value {
    }

    private record Formula(String formula) implements Value {
    }

    private record Styled(double number, String format) implements Value {
    }

    /**
     * Writes a workbook with one sheet per {@code sheets} entry: each row an array of cells, where a String is text, a
     * Number a number, a Boolean a boolean, null no cell, {@link Formula} a formula and {@link Styled} a formatted
     * number. {@code edit} changes the workbook before it is saved (merges, formula evaluation).
     */
    private Path workbook(String name, List<Sheet1> sheets, Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Sheet1 spec : sheets) {
                Sheet sheet = book.createSheet(spec.name());
                for (int r = 0; r < spec.rows().length; r++) {
                    Object[] cells = spec.rows()[r];
                    if (cells == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        set(book, row, c, cells[c]);
                    }
                }
            }
            edit.accept(book);
            book.write(out);
        }
        return file;
    }

    private Path workbook(String name, Object[]... rows) throws IOException {
        return workbook(name, List.of(new Sheet1("Customers", rows)), book -> { });
    }

    private record Sheet1(String name, Object[][] rows) {
    }

    private static void set(XSSFWorkbook book, Row row, int c, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        switch (value) {
            case String text -> cell.setCellValue(text);
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean bool -> cell.setCellValue(bool);
            case Formula formula -> cell.setCellFormula(formula.formula());
            case Styled styled -> {
                cell.setCellValue(styled.number());
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(styled.format()));
                cell.setCellStyle(style);
            }
            default -> throw new IllegalArgumentException("no cell for " + value);
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static DataFileException readFails(Path file) {
        return BadInput.fails(file, () -> CustomerFile.read(file));
    }

    // --- values --------------------------------------------------------------------------------------------------

    @Test
    void numbersAreTheirStoredValuesNotTheirDisplay() throws IOException {
        Path file = workbook("numbers.xlsx",
                row("id", "income", "spend", "share", "score"),
                row(1, new Styled(1234.5, "#,##0"), new Styled(15.67, "0"), new Styled(0.15, "0%"), 15.0),
                row(2, 0.1, -3.25, 1e-9, 2.5e22));

        Table text = CustomerFile.read(file).text();

        // Excel shows 1,235 / 16 / 15% for row 2; the stored values are what was written.
        assertEquals(List.of("1", "1234.5", "15.67", "0.15", "15"), rowValues(text, 0));
        assertEquals(List.of("2", "0.1", "-3.25", "1.0E-9", "2.5E22"), rowValues(text, 1));
    }

    @Test
    void textBooleansAndErrorsAreKeptAsExcelShowsThem() throws IOException {
        Path file = workbook("kinds.xlsx",
                row("id", "name", "member", "ratio"),
                row(1, "Smith, John", true, new Formula("1/0")),
                row(2, "007", false, 3));
        // Evaluating stores each formula's value with it, as Excel does when it saves.
        Path evaluated = workbook("kinds-evaluated.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "name", "member", "ratio"), row(1, "Smith, John", true, new Formula("1/0")),
            row(2, "007", false, 3)})), book -> book.getCreationHelper().createFormulaEvaluator().evaluateAll());

        Table text = CustomerFile.read(evaluated).text();

        assertEquals(List.of("1", "Smith, John", "TRUE", "#DIV/0!"), rowValues(text, 0));
        assertEquals(List.of("2", "007", "FALSE", "3"), rowValues(text, 1));
        assertMentions(readFails(file).getMessage(), "cell D2 of sheet 'Customers' holds the formula =1/0 but not "
                + "its value");
    }

    @Test
    void anErrorValueInANumericColumnIsReportedWithItsExcelRow() throws IOException {
        Path file = workbook("errors.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "ratio"), row(1, 2), row(2, new Formula("1/0")), row(3, 4)})),
                book -> book.getCreationHelper().createFormulaEvaluator().evaluateAll());

        DataFileException e = assertThrows(DataFileException.class,
                () -> CustomerFile.read(file).typed(List.of("ratio")));

        assertMentions(e.getMessage(), "column 'ratio' must hold numbers, but row 3 of sheet 'Customers' holds "
                + "'#DIV/0!'");
    }

    @Test
    void aFormulaIsReadAsTheValueSavedWithIt() throws IOException {
        Path file = workbook("formulas.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "price", "quantity", "amount"), row(1, 2.5, 4, new Formula("B2*C2")),
            row(2, 10, 3, new Formula("B3*C3&\"\"")) })),
                book -> book.getCreationHelper().createFormulaEvaluator().evaluateAll());

        Table text = CustomerFile.read(file).text();

        // 2.5 × 4 = 10; 10 × 3 = 30, turned into text by & "".
        assertEquals("10", text.getString(0, "amount"));
        assertEquals("30", text.getString(1, "amount"));
    }

    @Test
    void aFormulaSavedWithoutItsValueIsRefusedWithItsCell() throws IOException {
        Path file = workbook("uncalculated.xlsx",
                row("id", "price", "quantity", "amount"),
                row(1, 2.5, 4, new Formula("B2*C2")));

        assertMentions(readFails(file).getMessage(), "cell D2 of sheet 'Customers' holds the formula =B2*C2 but not "
                + "its value", "did not calculate it", "save it again");
    }

    @Test
    void aFormulaWrittenByOpenpyxlHasNoValueAndIsRefused() {
        // openpyxl never calculates: its files hold formulas without values (make_fixtures.py).
        assertMentions(readFails(OPENPYXL_FORMULAS).getMessage(), "cell D2 of sheet 'Orders' holds the formula "
                + "=B2*C2 but not its value");
    }

    @Test
    void datesStoredAsNumbersBecomeIsoDates() throws IOException {
        // Python: date(1899, 12, 30) + timedelta(41156) == date(2012, 9, 4); 0.4375 day = 10:30.
        Path file = workbook("dates.xlsx",
                row("id", "joined", "last visit", "plain"),
                row(1, new Styled(41156, "d/m/yyyy"), new Styled(41156.4375, "yyyy-mm-dd hh:mm"), 41156));

        Table text = CustomerFile.read(file).text();

        assertEquals(List.of("1", "2012-09-04", "2012-09-04 10:30:00", "41156"), rowValues(text, 0),
                "a number without a date format stays a number");
    }

    @Test
    void datesOfAWorkbookInThe1904DateSystemAreRead() throws IOException {
        // Python: date(1904, 1, 1) + timedelta(39694) == date(2012, 9, 4).
        Path file = workbook("mac.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "joined"), row(1, new Styled(39694, "d/m/yyyy"))})),
                book -> (book.getCTWorkbook().isSetWorkbookPr() ? book.getCTWorkbook().getWorkbookPr()
                        : book.getCTWorkbook().addNewWorkbookPr()).setDate1904(true));

        assertEquals("2012-09-04", CustomerFile.read(file).text().getString(0, "joined"));
    }

    // --- rows and sheets ------------------------------------------------------------------------------------------

    @Test
    void rowsAreNumberedAsExcelShowsThem() throws IOException {
        Path file = workbook("rows.xlsx",
                null,
                null,
                row("id", "age"),
                row(1, 30),
                null,
                row(2, "thirty"),
                row(3, 50));

        CustomerFile customers = CustomerFile.read(file);
        DataFileException e = assertThrows(DataFileException.class, () -> customers.typed(List.of("age")));

        // Header on Excel row 3; the data on rows 4, 6 and 7 (the empty row 5 is skipped but still counted).
        assertEquals(3, customers.rows());
        assertEquals(List.of(4, 6, 7), List.of(customers.rowNumber(0), customers.rowNumber(1), customers.rowNumber(2)));
        assertMentions(e.getMessage(), "column 'age' must hold numbers, but row 6 of sheet 'Customers' holds 'thirty'");
        assertEquals("rows 4, 6, … of sheet 'Customers'", customers.rowsLabel(List.of(0, 1), 3));
    }

    @Test
    void theFirstDataRowIsRowTwoWhenTheTableStartsAtTheTop() throws IOException {
        Path file = workbook("top.xlsx", row("id", "age"), row(1, "n/a?"), row(2, 40));

        DataFileException e = assertThrows(DataFileException.class,
                () -> CustomerFile.read(file).typed(List.of("age")));

        assertMentions(e.getMessage(), "row 2 of sheet 'Customers' holds 'n/a?'");
    }

    @Test
    void theFirstVisibleSheetIsReadAndAnotherByItsName() throws IOException {
        Path file = workbook("two.xlsx", List.of(
                new Sheet1("Hidden", new Object[][] {row("x", "y"), row(9, 9)}),
                new Sheet1("Customers", new Object[][] {row("id", "age"), row(1, 30)}),
                new Sheet1("Last year", new Object[][] {row("id", "age", "spend"), row(1, 29, 100)})),
                book -> book.setSheetHidden(0, true));

        CustomerFile first = CustomerFile.read(file);
        CustomerFile named = CustomerFile.readSheet(file, "last YEAR");

        assertEquals(Optional.of("Customers"), first.sheet());
        assertEquals(List.of("id", "age"), first.columnNames());
        assertEquals(Optional.of("Last year"), named.sheet(), "sheet names are matched ignoring case, as in Excel");
        assertEquals("100", named.text().getString(0, "spend"));
        assertEquals("two.xlsx", named.text().name());
    }

    @Test
    void anUnknownSheetIsNamedWithTheClosestAndAllSheets() throws IOException {
        Path file = workbook("sheets.xlsx", List.of(
                new Sheet1("Notes", new Object[][] {row("read me")}),
                new Sheet1("Customers", new Object[][] {row("id", "age"), row(1, 30)})), book -> { });

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerFile.readSheet(file, "Custmers"));

        assertMentions(e.getMessage(), file.toString(), "has no sheet 'Custmers'", "did you mean 'Customers'?",
                "'Notes', 'Customers'",
                "Choose one of them by its name with CustomerFile.readSheet(file, \"Customers\").");
        assertEquals(new Fix("Choose one of them by its name", Fix.Setting.SHEET, "Customers"), e.fix().orElseThrow());
    }

    @Test
    void anEmptySheetIsRefusedWithTheSheetsThatExist() throws IOException {
        Path file = workbook("empty.xlsx", List.of(new Sheet1("Sheet1", new Object[][] {}),
                new Sheet1("Customers", new Object[][] {row("id", "age"), row(1, 30)})), book -> { });

        assertMentions(readFails(file).getMessage(), "sheet 'Sheet1' is empty", "'Sheet1', 'Customers'");
    }

    @Test
    void aHeaderWithoutDataRowsIsRefused() throws IOException {
        Path file = workbook("header.xlsx", row("id", "age"));

        assertMentions(readFails(file).getMessage(), "sheet 'Customers' has a header (row 1) but no data rows");
    }

    @Test
    void aTitleAboveTheTableIsTakenForAOneColumnHeaderAndExplained() throws IOException {
        Path file = workbook("title.xlsx", row("Customer list 2024"), null, row("id", "age"), row(1, 30));

        assertMentions(readFails(file).getMessage(), "row 1 of sheet 'Customers'", "'Customer list 2024'",
                "delete title rows");
    }

    // --- what cannot be read faithfully -------------------------------------------------------------------------

    @Test
    void mergedHeaderCellsAreRefused() throws IOException {
        Path file = workbook("merged-header.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "spend", null, "age"), row(1, 10, 20, 30)})),
                book -> book.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("B1:C1")));

        assertMentions(readFails(file).getMessage(), "cells B1:C1 of sheet 'Customers' are merged in the header row "
                + "(row 1)", "Unmerge them", "give every column its own name");
    }

    @Test
    void mergedDataCellsAreRefusedRatherThanReadAsGaps() throws IOException {
        Path file = workbook("merged-data.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("region", "id", "spend"), row("North", 1, 10), row(null, 2, 20), row(null, 3, 30)})),
                book -> book.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("A2:A4")));

        assertMentions(readFails(file).getMessage(), "cells A2:A4 of sheet 'Customers' are merged", "in A2 only",
                "fill in every cell");
    }

    @Test
    void mergedCellsAwayFromTheTableDoNotMatter() throws IOException {
        Path file = workbook("merged-elsewhere.xlsx", List.of(new Sheet1("Customers", new Object[][] {
            row("id", "age"), row(1, 30), row(2, 40)})),
                book -> book.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("F10:G12")));

        assertEquals(2, CustomerFile.read(file).rows());
    }

    @Test
    void aBlankColumnNameIsNamedByItsLetter() throws IOException {
        Path file = workbook("blank-name.xlsx", row("id", "age", null, "spend"), row(1, 30, 5, 10));

        assertMentions(readFails(file).getMessage(), "column C of sheet 'Customers' has no name in the header row "
                + "(row 1, cell C1, after 'age')");
    }

    @Test
    void aValueOutsideTheHeadersColumnsIsRefused() throws IOException {
        Path file = workbook("outside.xlsx", row("id", "age"), row(1, 30), row(2, 40, "note"));

        assertMentions(readFails(file).getMessage(), "cell C3 of sheet 'Customers' holds 'note', but column C has no "
                + "name in the header row (row 1", "columns are A to B");
    }

    @Test
    void aRepeatedColumnNameIsNamedByItsLetters() throws IOException {
        Path file = workbook("twice.xlsx", row("id", "Age", "spend", "age"), row(1, 30, 10, 31));

        assertMentions(readFails(file).getMessage(), "columns 'Age' and 'age', which differ only in case",
                "(columns B and D of sheet 'Customers')");
    }

    // --- files that are not .xlsx workbooks ---------------------------------------------------------------------

    @Test
    void anOldXlsWorkbookIsNamedAsSuch() throws IOException {
        Path file = dir.resolve("old.xls");
        // The first bytes of every OLE2 compound file: Excel 97-2003 workbooks and password-protected .xlsx files.
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0});

        assertMentions(readFails(file).getMessage(), "Excel 97-2003 workbook (.xls) or a password-protected",
                "save it as an Excel workbook (.xlsx)");
    }

    @Test
    void aDamagedWorkbookIsRefusedWithWhatToDo() throws IOException {
        Path good = workbook("good.xlsx", row("id", "age"), row(1, 30));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertMentions(readFails(cut).getMessage(), "cannot be read as an Excel workbook (.xlsx)",
                "complete .xlsx file", "save it again");
    }

    @Test
    void aDelimiterGivenForAWorkbookIsRefused() throws IOException {
        Path file = workbook("delimiter.xlsx", row("id", "age"), row(1, 30));

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerFile.read(file, ';'));

        assertMentions(e.getMessage(), "is an Excel workbook (.xlsx), whose columns need no delimiter");
    }

    @Test
    void aSheetOfATextFileIsRefused() throws IOException {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "id,age\n1,30\n");

        DataFileException e = assertThrows(DataFileException.class, () -> CustomerFile.readSheet(file, "Sheet1"));

        assertMentions(e.getMessage(), "is not an Excel workbook (.xlsx), so it has no sheet 'Sheet1'");
    }

    @Test
    void aWorkbookHasNoDelimiter() throws IOException {
        CustomerFile customers = CustomerFile.read(workbook("no-delimiter.xlsx", row("id", "age"), row(1, 30)));

        assertThrows(IllegalStateException.class, customers::delimiter);
        assertEquals("CustomerFile[" + dir.resolve("no-delimiter.xlsx") + ", 1 rows, 2 columns, sheet 'Customers']",
                customers.toString());
    }

    // --- the mall data ------------------------------------------------------------------------------------------

    @Test
    void theMallDataAsAWorkbookGivesTheSameTableAsItsCsv() throws IOException {
        // As Excel opens the CSV: numbers become number cells, the rest text; the workbook must read back the same.
        CustomerFile csv = CustomerFile.read(MALL);
        Table table = csv.text();
        Object[][] rows = new Object[table.rowCount() + 1][];
        rows[0] = table.columnNames().toArray();
        for (int i = 0; i < table.rowCount(); i++) {
            Object[] cells = new Object[table.columnCount()];
            for (int j = 0; j < cells.length; j++) {
                String value = table.getString(i, j);
                cells[j] = NumberText.kindOf(value) == NumberText.Kind.NUMBER ? (Object) Double.valueOf(value) : value;
            }
            rows[i + 1] = cells;
        }
        Path file = workbook("mall_customers.xlsx", rows);

        CustomerFile sheet = CustomerFile.read(file);

        assertEquals(csv.columnNames(), sheet.columnNames());
        assertEquals(200, sheet.rows());
        Table read = sheet.text();
        for (int i = 0; i < table.rowCount(); i++) {
            assertEquals(rowValues(table, i), rowValues(read, i), "row " + (i + 2));
        }
        assertEquals(csv.numericColumns(), sheet.numericColumns());
        assertArrayEquals(csv.typed(csv.numericColumns()).doubleColumn("Age").asDoubleArray(),
                sheet.typed(sheet.numericColumns()).doubleColumn("Age").asDoubleArray());
    }

    private static List<String> rowValues(Table table, int row) {
        return table.columnNames().stream().map(name -> table.getString(row, name)).toList();
    }
}
