package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The inputs people have besides a plain CSV, through the real command: an Excel workbook ({@code .xlsx}, first sheet
 * or {@code --sheet NAME}) and a gzip-compressed CSV ({@code .csv.gz}). The workbooks are made here with Apache POI
 * from {@code data/mall_customers.csv} the way Excel opens a CSV: every number a number cell, everything else text.
 */
class SpreadsheetInputTest {

    @TempDir
    Path dir;

    /** Writes the CSV {@code csv} as the sheet {@code sheet} of a workbook, after an optional sheet of notes. */
    private Path workbook(Path csv, String name, String sheet, boolean notesFirst) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (notesFirst) {
                book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Exported from the CRM");
            }
            Sheet customers = book.createSheet(sheet);
            List<String> lines = Files.readAllLines(csv);
            for (int r = 0; r < lines.size(); r++) {
                Row row = customers.createRow(r);
                String[] values = lines.get(r).split(",", -1);
                for (int c = 0; c < values.length; c++) {
                    if (values[c].matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(values[c]));
                    } else if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    private Path gzip(Path csv, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(csv));
        }
        return file;
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Result segment(Path input, String out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--input", input.toString(), "--out", out,
                "--no-report", "--quiet"));
        args.addAll(List.of(options));
        return CommandRun.segment(dir, args.toArray(String[]::new));
    }

    private void assertRefused(Result result, int status, String... parts) {
        CommandRun.assertRefused(dir, result, status, parts);
    }

    // --- the acceptance check of issue 13 -------------------------------------------------------------------------

    @Test
    void theMallDataAsXlsxAndAsCsvGzGiveTheSameSegmentsCsvAsTheCsv() throws IOException {
        Path xlsx = workbook(CommandRun.MALL, "mall_customers.xlsx", "mall_customers", false);
        Path gz = gzip(CommandRun.MALL, "mall_customers.csv.gz");

        Result fromCsv = segment(CommandRun.MALL, "csv");
        Result fromXlsx = segment(xlsx, "xlsx");
        Result fromGz = segment(gz, "gz");

        assertEquals(0, fromCsv.status(), fromCsv::toString);
        assertEquals(0, fromXlsx.status(), fromXlsx::toString);
        assertEquals(0, fromGz.status(), fromGz::toString);
        byte[] expected = Files.readAllBytes(dir.resolve("csv/segments.csv"));
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("xlsx/segments.csv")), "segments.csv from .xlsx");
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("gz/segments.csv")), "segments.csv from .csv.gz");
        JsonNode input = SummaryFile.read(dir.resolve("xlsx")).get("input");
        assertEquals("mall_customers", input.get("sheet").asText());
        assertTrue(input.get("delimiter").isNull(), "a workbook has no delimiter");
        assertEquals(",", SummaryFile.read(dir.resolve("gz")).get("input").get("delimiter").asText());
        assertTrue(SummaryFile.read(dir.resolve("gz")).get("input").get("sheet").isNull());
    }

    // --- choosing the sheet ---------------------------------------------------------------------------------------

    @Test
    void sheetChoosesTheSheetThatHoldsTheCustomers() throws IOException {
        Path xlsx = workbook(CommandRun.MALL, "crm.xlsx", "Customers", true);

        Result result = segment(xlsx, "out", "--sheet", "Customers", "--features", CommandRun.INCOME_AND_SCORE,
                "--k", "5");

        assertEquals(0, result.status(), result::toString);
        assertEquals("Customers", SummaryFile.read(dir.resolve("out")).get("input").get("sheet").asText());
        assertEquals(200, SummaryFile.read(dir.resolve("out")).get("input").get("rows").asInt());
    }

    @Test
    void aFirstSheetOfNotesIsRefusedWithTheSheetsAndTheOption() throws IOException {
        Path xlsx = workbook(CommandRun.MALL, "crm.xlsx", "Customers", true);

        assertRefused(segment(xlsx, "out"), CommandRun.BAD_INPUT, xlsx.toString(), "row 1 of sheet 'Notes'",
                "'Exported from the CRM'", "sheets in this workbook: 'Notes', 'Customers'",
                "or choose the sheet that holds the customers with --sheet NAME.");
    }

    @Test
    void anUnknownSheetIsRefusedNamingTheFileAndItsSheets() throws IOException {
        Path xlsx = workbook(CommandRun.MALL, "crm.xlsx", "Customers", true);

        assertRefused(segment(xlsx, "out", "--sheet", "Customer"), CommandRun.BAD_INPUT, xlsx.toString(),
                "has no sheet 'Customer'", "did you mean 'Customers'?", "Its sheets are: 'Notes', 'Customers'",
                "Choose one of them by its name with --sheet Customers.");
    }

    @Test
    void sheetWithACsvFileIsRefused() throws IOException {
        Path file = csv("plain.csv", "id,a,b\n1,2,3\n2,4,5\n");

        assertRefused(segment(file, "out", "--sheet", "Customers"), CommandRun.BAD_INPUT, file.toString(),
                "is not an Excel workbook (.xlsx), so it has no sheet 'Customers'");
    }

    @Test
    void sheetAndDelimiterTogetherAreRefused() throws IOException {
        Path file = csv("plain.csv", "id,a,b\n1,2,3\n2,4,5\n");

        assertRefused(segment(file, "out", "--sheet", "Customers", "--delimiter", ";"), 2,
                "either --sheet (for an Excel workbook) or --delimiter (for a CSV file)");
    }

    @Test
    void sheetWithTransactionsIsRefused() {
        Result result = CommandRun.segment(dir, "--transactions", CommandRun.MALL.toString(), "--customer-id", "x",
                "--date", "d", "--amount", "a", "--sheet", "Orders", "--out", "out", "--no-report");

        assertRefused(result, 2, "--sheet only works with --input");
    }

    @Test
    void aDelimiterForAWorkbookIsRefused() throws IOException {
        Path xlsx = workbook(CommandRun.MALL, "mall.xlsx", "Customers", false);

        assertRefused(segment(xlsx, "out", "--delimiter", ";"), CommandRun.BAD_INPUT, xlsx.toString(),
                "whose columns need no delimiter");
    }

    // --- rows named as Excel shows them -----------------------------------------------------------------------------

    @Test
    void textInANumericFeatureIsNamedByItsExcelRow() throws IOException {
        Path source = csv("bad.csv", "id,age,spend\n1,30,10\n2,31,20\n3,40,thirty\n4,41,40\n5,50,50\n");
        Path xlsx = workbook(source, "bad.xlsx", "Customers", false);

        // The header is on row 1, so the third data row ('thirty') is Excel's row 4.
        assertRefused(segment(xlsx, "out", "--k", "2"), CommandRun.BAD_INPUT, xlsx.toString(), "column 'spend'",
                "row 4 of sheet 'Customers' holds 'thirty'");
    }

    @Test
    void missingFeatureValuesAreCountedWithTheirExcelRows() throws IOException {
        Path source = csv("gaps.csv", "id,age,spend\n1,30,10\n2,,20\n3,40,30\n4,41,\n5,50,50\n6,,60\n");
        Path xlsx = workbook(source, "gaps.xlsx", "Customers", false);

        assertRefused(segment(xlsx, "out", "--k", "2"), CommandRun.BAD_INPUT, xlsx.toString(),
                "'age' 2 (rows 3, 7 of sheet 'Customers')", "'spend' 1 (row 5 of sheet 'Customers')", "--impute");
    }

    @Test
    void missingFeatureValuesOfACsvAreStillCountedAsDataRows() throws IOException {
        Path file = csv("gaps.csv", "id,age,spend\n1,30,10\n2,,20\n3,40,30\n4,41,\n5,50,50\n6,,60\n");

        assertRefused(segment(file, "out", "--k", "2"), CommandRun.BAD_INPUT, file.toString(),
                "'age' 2 (data rows 2, 6)", "'spend' 1 (data row 4)");
    }
}
