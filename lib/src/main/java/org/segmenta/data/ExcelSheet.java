package org.segmenta.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.segmenta.features.ColumnSuggestions;

/**
 * One sheet of an Excel workbook ({@code .xlsx}) as a table of text, for {@link CustomerFile}: the header is the
 * sheet's first non-empty row, its first to last non-empty cell give the columns, and every later non-empty row is a
 * data row, remembered with the row number Excel shows. Entirely empty rows are skipped, as blank lines of a CSV file
 * are.
 *
 * <p>Cells are read one by one with Apache POI, and each becomes the text a CSV export of the stored value would hold:
 * <ul>
 *   <li>a number: its stored value, shortest form ({@code 15}, not {@code 15.0}; {@code 0.15} even where the cell
 *       shows {@code 15%}; never the rounded or grouped display, e.g. {@code 1,235} for 1234.5);</li>
 *   <li>a date or time (a number with a date format, the way Excel stores them): ISO 8601,
 *       {@code 2012-09-04}, or {@code 2012-09-04 10:30:00} when it has a time of day, in the workbook's own date system
 *       (1900 or 1904);</li>
 *   <li>text as written; {@code TRUE}/{@code FALSE}; an error value as Excel shows it ({@code #DIV/0!}), which the
 *       numeric checks then report like any other text;</li>
 *   <li>a formula: the value Excel computed and saved with it.</li>
 * </ul>
 * What cannot be read faithfully stops the read with a {@link DataFileException} naming the sheet and the cells (A1
 * notation) and saying what to do: merged cells that touch the table (only their top-left cell holds a value), a
 * formula saved without its computed value (files written by programs that do not calculate), a value outside the
 * header's columns, a blank column name, an empty sheet, a sheet name that does not exist, and files that are not
 * {@code .xlsx} workbooks (old {@code .xls} and password-protected workbooks are named as such).
 *
 * <p>Why not Tablesaw's {@code tablesaw-excel} reader: on version 0.44.4 it reads a formula without a saved value as
 * 0, gives numbers in their display format when columns are read as text ({@code 1,235} for 1234.5, {@code 16} for
 * 15.67), and fails with a {@code NullPointerException} on a merged header cell or an empty row inside the table.
 *
 * <p>The workbook is read whole into memory (POI's user model): fine for customer tables of up to a few hundred
 * thousand cells; larger tables are better saved as CSV ({@code .csv.gz} is read too).
 */
final class ExcelSheet {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final Fix SHEET_FIX = new Fix("Choose the sheet that holds the customers by its name",
            Fix.Setting.SHEET, "");
    private static final String RESAVE = "Open it in Excel or LibreOffice and save it again as an Excel workbook "
            + "(.xlsx), or save the sheet as CSV UTF-8";

    private final String name;
    private final List<String> header;
    private final int headerRow;
    private final int firstColumn;
    private final List<String[]> rows;
    private final int[] rowNumbers;

    private ExcelSheet(String name, List<String> header, int headerRow, int firstColumn, List<String[]> rows,
            int[] rowNumbers) {
        this.name = name;
        this.header = header;
        this.headerRow = headerRow;
        this.firstColumn = firstColumn;
        this.rows = rows;
        this.rowNumbers = rowNumbers;
    }

    /**
     * Reads one sheet.
     *
     * @param file the workbook, named in messages
     * @param bytes the workbook's content
     * @param sheet the sheet's name (matched as Excel does, ignoring case), or null for the first visible sheet
     * @return the sheet's header and data rows, as text
     * @throws DataFileException if the file is not a readable workbook, the sheet does not exist or is empty, or a
     *     cell of the table cannot be read faithfully (see the class comment)
     */
    static ExcelSheet read(Path file, byte[] bytes, String sheet) {
        if (FileKind.of(bytes) == FileKind.OLD_OR_ENCRYPTED_WORKBOOK) {
            throw new DataFileException(file, "is an Excel 97-2003 workbook (.xls) or a password-protected workbook, "
                    + "which cannot be read. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) "
                    + "without a password, or save the sheet as CSV UTF-8.");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(file, workbook, chosen(file, workbook, sheet));
        } catch (DataFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String problem = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
            throw new DataFileException(file, "cannot be read as an Excel workbook (.xlsx): " + problem + ". Check "
                    + "that it is a complete .xlsx file. " + RESAVE + ".", e);
        }
    }

    private static Sheet chosen(Path file, XSSFWorkbook workbook, String wanted) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        if (wanted == null) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetVisibility(i) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
                    return workbook.getSheetAt(i);
                }
            }
            throw new DataFileException(file, "has no visible sheet (" + CustomerFile.SHEETS_LISTED
                    + TableSchema.quoted(names) + ").", SHEET_FIX);
        }
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(wanted)) {
                return sheet;
            }
        }
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equalsIgnoreCase(wanted.strip())) {
                return sheet;
            }
        }
        throw new DataFileException(file, "has no sheet '" + wanted + "'" + ColumnSuggestions.didYouMean(wanted, names)
                + ". Its sheets are: " + TableSchema.quoted(names) + ".", new Fix("Choose one of them by its name",
                Fix.Setting.SHEET, ColumnSuggestions.closest(wanted, names).orElse("")));
    }

    private static ExcelSheet read(Path file, XSSFWorkbook workbook, Sheet sheet) {
        String name = sheet.getSheetName();
        boolean date1904 = workbook.isDate1904();
        int headerRow = -1;
        Row headerCells = null;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= sheet.getLastRowNum() && headerCells == null; r++) {
            Row row = sheet.getRow(r);
            if (row != null && firstNonBlank(row) >= 0) {
                headerRow = r;
                headerCells = row;
            }
        }
        if (headerCells == null) {
            throw new DataFileException(file, "sheet '" + name + "' is empty (" + CustomerFile.SHEETS_LISTED
                    + TableSchema.quoted(sheetNames(workbook)) + ").", SHEET_FIX);
        }
        int first = firstNonBlank(headerCells);
        int last = lastNonBlank(headerCells);
        int lastRow = lastNonBlankRow(sheet, headerRow);
        checkMerged(file, sheet, headerRow, lastRow, first, last);
        List<String> header = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            String value = text(file, name, headerCells.getCell(c), date1904);
            if (value == null) {
                throw new DataFileException(file, "column " + CellReference.convertNumToColString(c) + " of sheet '"
                        + name + "' has no name in the header row (row " + (headerRow + 1) + ", cell "
                        + reference(headerRow, c) + ", after '" + header.get(header.size() - 1) + "'). Give every "
                        + "column a name in that row, or delete the empty column.");
            }
            header.add(value);
        }
        if (header.size() == 1) {
            throw new DataFileException(file, "row " + (headerRow + 1) + " of sheet '" + name + "', the first "
                    + "non-empty row and so the header, has a single name ('" + header.get(0) + "'); a customer table "
                    + "needs at least two columns (" + CustomerFile.SHEETS_LISTED
                    + TableSchema.quoted(sheetNames(workbook)) + ").", new Fix("Put the column names in the first "
                    + "non-empty row (delete title rows above them), or choose the sheet that holds the customers",
                    Fix.Setting.SHEET, ""));
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int r = headerRow + 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null || firstNonBlank(row) < 0) {
                continue;
            }
            String[] values = new String[header.size()];
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                String value = text(file, name, cell, date1904);
                if (value == null) {
                    continue;
                }
                if (c < first || c > last) {
                    throw new DataFileException(file, "cell " + reference(r, c) + " of sheet '" + name + "' holds '"
                            + value + "', but column " + CellReference.convertNumToColString(c) + " has no name in the "
                            + "header row (row " + (headerRow + 1) + "; the table's columns are "
                            + CellReference.convertNumToColString(first) + " to "
                            + CellReference.convertNumToColString(last) + "). Give that column a name in row "
                            + (headerRow + 1) + ", or delete the cells outside the table.");
                }
                values[c - first] = value;
            }
            rows.add(values);
            numbers.add(r + 1);
        }
        return new ExcelSheet(name, List.copyOf(header), headerRow + 1, first, rows,
                numbers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Refuses merged cells that touch the table: Excel keeps a merged range's value in its top-left cell only. */
    private static void checkMerged(Path file, Sheet sheet, int headerRow, int lastRow, int first, int last) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            boolean touches = merged.getLastRow() >= headerRow && merged.getFirstRow() <= lastRow
                    && merged.getLastColumn() >= first && merged.getFirstColumn() <= last;
            if (!touches) {
                continue;
            }
            String range = merged.formatAsString();
            String topLeft = reference(merged.getFirstRow(), merged.getFirstColumn());
            if (merged.getFirstRow() <= headerRow) {
                throw new DataFileException(file, "cells " + range + " of sheet '" + sheet.getSheetName() + "' are "
                        + "merged in the header row (row " + (headerRow + 1) + "): one merged cell cannot name several "
                        + "columns. Unmerge them (Home > Merge & Center) and give every column its own name in row "
                        + (headerRow + 1) + "; if that row is a title, delete it so that the column names come first.");
            }
            throw new DataFileException(file, "cells " + range + " of sheet '" + sheet.getSheetName() + "' are "
                    + "merged: Excel keeps the value in " + topLeft + " only, so the other cells of " + range + " would "
                    + "be read as empty. Unmerge them (Home > Merge & Center) and fill in every cell.");
        }
    }

    /**
     * The text a CSV export of the cell's stored value would hold, or null for an empty cell.
     *
     * @throws DataFileException for a formula saved without its computed value
     */
    private static String text(Path file, String sheet, Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell instanceof XSSFCell xssf && withoutValue(xssf)) {
                throw new DataFileException(file, "cell " + cell.getAddress() + " of sheet '" + sheet + "' holds the "
                        + "formula =" + cell.getCellFormula() + " but not its value: the program that saved the file "
                        + "did not calculate it. " + RESAVE + " (both calculate formulas when saving).");
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> {
                String value = cell.getStringCellValue();
                yield value.isBlank() ? null : value;
            }
            case NUMERIC -> number(cell, date1904);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    /**
     * Whether a formula cell was saved without its value: no value element, or an empty one (openpyxl writes
     * {@code <v></v>}) where the value is not text (an empty text is a formula's real result, e.g. {@code =IF(A2="","",A2)}).
     */
    private static boolean withoutValue(XSSFCell cell) {
        var stored = cell.getCTCell();
        if (!stored.isSetV()) {
            return true;
        }
        boolean text = stored.isSetT() && stored.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR;
        return stored.getV().isEmpty() && !text;
    }

    private static String number(Cell cell, boolean date1904) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
            if (value < 1 && !date1904) {
                return time.format(TIME);
            }
            return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.format(DATE_TIME);
        }
        return numberText(value);
    }

    /** The shortest decimal text of {@code value}, without a trailing {@code .0} and without an exponent if short. */
    static String numberText(double value) {
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude >= 1e21 || magnitude < 1e-7)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static int firstNonBlank(Row row) {
        for (Cell cell : row) {
            if (!blank(cell)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    private static int lastNonBlank(Row row) {
        int last = -1;
        for (Cell cell : row) {
            if (!blank(cell)) {
                last = cell.getColumnIndex();
            }
        }
        return last;
    }

    private static int lastNonBlankRow(Sheet sheet, int from) {
        int last = from;
        for (int r = from + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && firstNonBlank(row) >= 0) {
                last = r;
            }
        }
        return last;
    }

    /** A cell with nothing in it: no value, or text of spaces only (a formula always counts as something). */
    private static boolean blank(Cell cell) {
        return switch (cell.getCellType()) {
            case BLANK -> true;
            case STRING -> cell.getStringCellValue().isBlank();
            default -> false;
        };
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        return names;
    }

    private static String reference(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /** @return the sheet's name */
    String name() {
        return name;
    }

    /** @return the column names, as the header row holds them (not yet checked for repeats) */
    List<String> header() {
        return header;
    }

    /** @return the header's row number, as Excel shows it (1 when the table starts at the top) */
    int headerRow() {
        return headerRow;
    }

    /** @return the letters of the column {@code index} (0-based, in table order) has in the sheet */
    String columnLetters(int index) {
        return CellReference.convertNumToColString(firstColumn + index);
    }

    /** @return the data rows, each with one value (null if empty) per column */
    List<String[]> rows() {
        return rows;
    }

    /** @return the row number Excel shows for each data row */
    int[] rowNumbers() {
        return rowNumbers.clone();
    }
}
