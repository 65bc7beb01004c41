package org.segmenta.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.segmenta.features.ColumnSuggestions;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Any customer table in a delimited text file, plain or gzip-compressed ({@code .csv.gz}), or in a sheet of an Excel
 * workbook ({@code .xlsx}), read with care: a text file must be UTF-8 ({@link TextEncoding}), its delimiter is detected
 * unless given ({@link DelimiterDetection}), every column needs its own non-blank name, and every row as many values as
 * the header. Each problem stops the read with a {@link DataFileException} that names the file and the line, row,
 * column or value at fault, and says what to do. The kind of file is told by its first bytes, not its name.
 *
 * <p>A workbook's sheet (the first visible one, or one chosen with {@link #readSheet}) is read cell by cell
 * ({@link ExcelSheet}): the header is the sheet's first non-empty row, numbers are their stored values, dates become
 * ISO dates ({@code 2012-09-04}), and what cannot be read faithfully (merged cells in the table, formulas saved without
 * their value) is refused with the cells named. Rows are then named as Excel shows them ({@link #rowLabel}: "row 7 of
 * sheet 'Customers'"), columns by their letters; in a text file rows are counted from the first data row ("data row
 * 6"), the header not counted. Everything after reading (the checks, {@link #typed}, {@link #text()}) is the same for
 * every kind of file.
 *
 * <p>Every column is kept as the text the file holds ({@link #text()}), so that the table can be written back with
 * its values unchanged; the reader (Tablesaw's, on top of univocity-parsers) handles quoted fields, including
 * delimiters and line breaks inside quotes, and trims spaces around unquoted values. Which columns hold numbers is
 * decided per column ({@link #numericColumns()}); {@link #typed(Collection)} then parses the chosen ones strictly with
 * {@link NumberText}, naming the first cell that is not a usable number. Unlike {@link CustomerData#read}, no schema is
 * needed: this is for tables whose columns are not known in advance.
 *
 * <pre>{@code
 * CustomerFile customers = CustomerFile.read(Path.of("my_customers.csv"));          // delimiter detected
 * CustomerFile sheet = CustomerFile.readSheet(Path.of("crm.xlsx"), "Customers");     // or read(...) for the first
 * customers.requireColumns(List.of("Age", "Income"));                              // names the closest match if not
 * Table table = customers.typed(List.of("Age", "Income"));                         // those two as numbers
 * }</pre>
 *
 * Immutable: {@link #text()} and {@link #typed(Collection)} return new tables.
 */
public final class CustomerFile {

    /** The most columns a file may have. */
    public static final int MAX_COLUMNS = 10_000;
    /** The most characters one value may have. */
    public static final int MAX_VALUE_LENGTH = 1 << 20;
    /** The words before the list of a workbook's sheets in the messages that ask for another sheet. */
    static final String SHEETS_LISTED = "sheets in this workbook: ";

    private final Path file;
    private final char delimiter;
    private final boolean delimiterDetected;
    private final String sheet;
    private final int[] rowNumbers;
    private final Table text;

    private CustomerFile(Path file, char delimiter, boolean delimiterDetected, String sheet, int[] rowNumbers,
            Table text) {
        this.file = file;
        this.delimiter = delimiter;
        this.delimiterDetected = delimiterDetected;
        this.sheet = sheet;
        this.rowNumbers = rowNumbers;
        this.text = text;
    }

    /**
     * Reads a customer file: a delimited text file, plain or gzip-compressed, whose delimiter is detected among
     * {@link DelimiterDetection#CANDIDATES}; or the first visible sheet of an Excel workbook ({@code .xlsx}).
     *
     * @param file the file (never modified)
     * @return the file's table
     * @throws DataFileException if the file is missing, a directory, unreadable, empty, a damaged gzip file, not
     *     UTF-8, not split into columns by any candidate delimiter, has a blank or repeated column name, a row with
     *     another number of values than the header, or no data rows; for a workbook, also as {@link #readSheet}
     */
    public static CustomerFile read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a delimited text file (plain or gzip-compressed) whose columns are separated by {@code delimiter}.
     *
     * @param file the file (never modified)
     * @param delimiter the column delimiter, e.g. {@code ','}, {@code ';'} or {@code '\t'}
     * @return the file's table
     * @throws DataFileException as {@link #read(Path)}, if {@code delimiter} finds a single column, and if the file is
     *     an Excel workbook (which has no delimiter)
     */
    public static CustomerFile read(Path file, char delimiter) {
        return read(file, Character.valueOf(delimiter));
    }

    /**
     * Reads the sheet named {@code sheet} of an Excel workbook ({@code .xlsx}); the name is matched as Excel matches
     * it, ignoring case.
     *
     * @param file the workbook (never modified)
     * @param sheet the sheet's name, as on its tab
     * @return the sheet's table
     * @throws DataFileException if the file is not an {@code .xlsx} workbook, has no such sheet (naming the closest
     *     and listing all), the sheet is empty or has no data rows, a column name is blank or repeated, merged cells
     *     touch the table, a formula was saved without its value, or a value lies outside the header's columns
     */
    public static CustomerFile readSheet(Path file, String sheet) {
        if (sheet == null || sheet.isBlank()) {
            throw new IllegalArgumentException("the sheet name is empty; give the name on the sheet's tab");
        }
        CustomerData.checkReadable(file);
        byte[] bytes = bytes(file);
        if (!FileKind.of(bytes).isWorkbook()) {
            throw new DataFileException(file, "is not an Excel workbook (.xlsx), so it has no sheet '" + sheet
                    + "' to choose. Read it without a sheet name (a text file's delimiter is detected).");
        }
        return of(file, ExcelSheet.read(file, bytes, sheet));
    }

    /**
     * A customer table made in memory, for instance from order lines ({@code org.segmenta.orders.OrderLines}), seen
     * as if it had been read from {@code source}: every cell becomes its text ({@code 12.5}, {@code 2011-12-09}; an
     * empty text where the value is missing), so that {@link #typed(Collection)} and {@link #text()} work as for a
     * file. Messages name {@code source}.
     *
     * @param source the file the table was made from
     * @param table the customers, one row per customer, with unique non-blank column names
     * @return the table as a customer file with comma as its delimiter
     * @throws DataFileException if the table has no rows
     */
    public static CustomerFile of(Path source, Table table) {
        if (table.rowCount() == 0) {
            throw new DataFileException(source, "gave no customers. Check that it is the right file.");
        }
        Table text = Table.create(source.getFileName().toString());
        for (Column<?> column : table.columns()) {
            StringColumn values = StringColumn.create(column.name());
            for (int i = 0; i < column.size(); i++) {
                if (column.isMissing(i)) {
                    values.appendMissing();
                } else {
                    values.append(column.getUnformattedString(i));
                }
            }
            text.addColumns(values);
        }
        return new CustomerFile(source, ',', false, null, null, text);
    }

    private static CustomerFile read(Path file, Character given) {
        CustomerData.checkReadable(file);
        byte[] bytes = bytes(file);
        FileKind kind = FileKind.of(bytes);
        if (kind == FileKind.OLD_OR_ENCRYPTED_WORKBOOK) {
            return of(file, ExcelSheet.read(file, bytes, null));
        }
        if (kind == FileKind.WORKBOOK) {
            if (given != null) {
                throw new DataFileException(file, "is an Excel workbook (.xlsx), whose columns need no delimiter. "
                        + "Read it without one (its first sheet, or a sheet chosen by name).");
            }
            return of(file, ExcelSheet.read(file, bytes, null));
        }
        String content = TextEncoding.decodeUtf8(file, kind == FileKind.GZIP ? gunzip(file, bytes) : bytes);
        if (content.isBlank()) {
            throw new DataFileException(file, "holds only blank lines. Check that the export that made it finished.");
        }
        char delimiter = given != null ? given : DelimiterDetection.detect(file, content);
        Table raw = parse(file, content, delimiter);
        if (raw.columnCount() == 1) {
            throw oneColumn(file, content, delimiter);
        }
        List<String> names = header(file, firstRow(raw), j -> String.valueOf(j + 1), "the first line");
        Table table = raw.dropRows(0);
        if (table.rowCount() == 0) {
            throw new DataFileException(file, "has a header but no data rows. Check that it is the right file.");
        }
        for (int j = 0; j < names.size(); j++) {
            table.column(j).setName(names.get(j));
        }
        table.setName(file.getFileName().toString());
        return new CustomerFile(file, delimiter, given == null, null, null, table);
    }

    private static CustomerFile of(Path file, ExcelSheet sheet) {
        String where = " of sheet '" + sheet.name() + "'";
        List<String> names = header(file, sheet.header(), j -> sheet.columnLetters(j) + where,
                "the header row (row " + sheet.headerRow() + where + ")");
        if (sheet.rows().isEmpty()) {
            throw new DataFileException(file, "sheet '" + sheet.name() + "' has a header (row " + sheet.headerRow()
                    + ") but no data rows. Check that it is the right file and sheet.");
        }
        Table table = Table.create(file.getFileName().toString());
        for (int j = 0; j < names.size(); j++) {
            StringColumn values = StringColumn.create(names.get(j));
            for (String[] row : sheet.rows()) {
                if (row[j] == null) {
                    values.appendMissing();
                } else {
                    values.append(row[j]);
                }
            }
            table.addColumns(values);
        }
        return new CustomerFile(file, ',', false, sheet.name(), sheet.rowNumbers(), table);
    }

    /** The content of a gzip file; a damaged or cut-off file is refused rather than read in part. */
    private static byte[] gunzip(Path file, byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] content = in.readAllBytes();
            if (content.length == 0) {
                throw new DataFileException(file, "is a gzip file that holds nothing. Check that the export that "
                        + "made it finished.");
            }
            return content;
        } catch (EOFException e) {
            throw new DataFileException(file, "is a gzip file that ends too early (cut off, e.g. by an unfinished "
                    + "download or copy). Get the whole file again.", e);
        } catch (ZipException e) {
            throw new DataFileException(file, "is a damaged gzip file (" + e.getMessage() + "). Get the file again, "
                    + "or compress the CSV again with gzip.", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be decompressed: " + e + ". Check that it is a gzip file.", e);
        } catch (OutOfMemoryError e) {
            throw new DataFileException(file, "is too large to decompress in memory (more than 2 GB of text). "
                    + "Split it, or keep only the columns the study needs.", e);
        }
    }

    private static List<String> firstRow(Table raw) {
        List<String> names = new ArrayList<>();
        for (Column<?> column : raw.columns()) {
            names.add(column.isMissing(0) ? "" : column.getString(0));
        }
        return names;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new DataFileException(file, "cannot be read (permission denied). Check the file's permissions.", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e + ". Check that the file is a readable regular "
                    + "file.", e);
        }
    }

    /** Every record as text, the header as row 0, so that header names can be checked before they become columns. */
    private static Table parse(Path file, String content, char delimiter) {
        CsvReadOptions options = CsvReadOptions.builder(new StringReader(content))
                .separator(delimiter)
                .header(false)
                .columnTypes(name -> ColumnType.STRING)
                .missingValueIndicator("")
                .maxNumberOfColumns(MAX_COLUMNS)
                .maxCharsPerColumn(MAX_VALUE_LENGTH)
                .tableName(file.getFileName().toString())
                .build();
        try {
            return Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            throw raggedOrUnreadable(file, content, delimiter, e);
        }
    }

    /** Names the first record whose number of values differs from the header's, or passes the reader's error on. */
    private static DataFileException raggedOrUnreadable(Path file, String content, char delimiter, RuntimeException e) {
        List<String> records = DelimiterDetection.records(content, Integer.MAX_VALUE);
        int columns = DelimiterDetection.fields(records.get(0), delimiter);
        for (int row = 1; row < records.size(); row++) {
            int fields = DelimiterDetection.fields(records.get(row), delimiter);
            if (fields != columns) {
                return new DataFileException(file, "data row " + row + " has " + fields + " values but the header has "
                        + columns + " columns (split on " + DelimiterDetection.describe(delimiter) + "): '"
                        + records.get(row) + "'. Check that row: a value containing the delimiter must be quoted "
                        + "(\"Smith, John\"), and every row needs a value (possibly empty) for every column.", e);
            }
        }
        String problem = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
        return new DataFileException(file, "cannot be read as a table separated by "
                + DelimiterDetection.describe(delimiter) + ": " + problem
                + ". Check the quoting and that every row has as many values as the header.", e);
    }

    private static DataFileException oneColumn(Path file, String content, char tried) {
        String header = DelimiterDetection.records(content, 1).get(0);
        String other = DelimiterDetection.otherDelimiter(file, content, tried);
        String suggestion = other.isEmpty() ? "" : other + ". Use that delimiter, or let it be detected";
        String problem = "only one column was found ('" + header.replace("\t", "\\t") + "') when splitting on "
                + DelimiterDetection.describe(tried) + suggestion;
        return suggestion.isEmpty()
                ? new DataFileException(file, problem + "; a customer table needs at least two columns.",
                        new Fix("Give the delimiter the file uses", Fix.Setting.DELIMITER, ""))
                : new DataFileException(file, problem + ".");
    }

    /**
     * The header's names, checked: none blank, none repeated (ignoring case, as Tablesaw looks names up); {@code
     * column} names a column by its index in messages ("3", or "C of sheet 'Customers'"), {@code headerPlace} says
     * where the names are.
     */
    private static List<String> header(Path file, List<String> raw, IntFunction<String> column, String headerPlace) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < raw.size(); j++) {
            String name = raw.get(j).strip();
            if (name.isEmpty()) {
                throw new DataFileException(file, "column " + column.apply(j) + " of " + raw.size() + " has no name "
                        + "in the header" + (j > 0 ? " (it follows '" + names.get(j - 1) + "')" : "") + ". Give every "
                        + "column a name in " + headerPlace + ", or remove the empty column.");
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), j);
            if (earlier != null) {
                String first = names.get(earlier);
                throw new DataFileException(file, "the header names " + (first.equals(name) ? "column '" + name
                        + "' twice" : "columns '" + first + "' and '" + name + "', which differ only in case,")
                        + " (columns " + column.apply(earlier).replaceFirst(" of sheet .*", "") + " and "
                        + column.apply(j) + "). Rename one of them in " + headerPlace + " so that every column has "
                        + "its own name.");
            }
            names.add(name);
        }
        return names;
    }

    /** @return the file that was read */
    public Path file() {
        return file;
    }

    /**
     * @return the column delimiter used
     * @throws IllegalStateException for a sheet of a workbook, which has no delimiter (see {@link #sheet()})
     */
    public char delimiter() {
        if (sheet != null) {
            throw new IllegalStateException(file + " is an Excel workbook (sheet '" + sheet + "'): it has no delimiter");
        }
        return delimiter;
    }

    /** @return the sheet that was read, for an Excel workbook; empty for a text file */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * The number a person looking at the file gives a data row: in a workbook, the row number Excel shows (the header
     * on row 1 and the first data row on row 2 when the table starts at the top; empty rows skipped in reading still
     * count); in a text file, the data row counted from 1, the header not counted.
     *
     * @param row the row's index in the table (0-based)
     * @return its number in the file
     */
    public int rowNumber(int row) {
        if (row < 0 || row >= rows()) {
            throw new IndexOutOfBoundsException("row " + row + " is outside the table's " + rows() + " rows");
        }
        return rowNumbers == null ? row + 1 : rowNumbers[row];
    }

    /**
     * @param row the row's index in the table (0-based)
     * @return how messages name the row: {@code data row 6} in a text file, {@code row 7 of sheet 'Customers'} in a
     *     workbook ({@link #rowNumber})
     */
    public String rowLabel(int row) {
        return rowsLabel(List.of(row), 1);
    }

    /**
     * @param rows indices of rows of the table (0-based), e.g. the first few with a gap
     * @param total how many rows they stand for; when more than listed, {@code , …} follows the numbers
     * @return how messages name the rows: {@code data rows 3, 8, …} or {@code rows 4, 9, … of sheet 'Customers'}
     */
    public String rowsLabel(List<Integer> rows, int total) {
        List<String> numbers = new ArrayList<>();
        for (int row : rows) {
            numbers.add(String.valueOf(rowNumber(row)));
        }
        String list = String.join(", ", numbers) + (total > rows.size() ? ", …" : "");
        String word = rows.size() == 1 && total <= 1 ? "row " : "rows ";
        return sheet == null ? "data " + word + list : word + list + " of sheet '" + sheet + "'";
    }

    /** @return whether the delimiter was detected rather than given */
    public boolean delimiterDetected() {
        return delimiterDetected;
    }

    /** @return the number of data rows (customers), the header not counted */
    public int rows() {
        return text.rowCount();
    }

    /** @return the column names, in file order */
    public List<String> columnNames() {
        return text.columnNames();
    }

    /**
     * @return a copy of the table with every column as text, exactly as read (spaces around unquoted values trimmed);
     *     an empty cell is missing, every other value (including {@code NA}) is kept as written
     */
    public Table text() {
        Table copy = text.copy();
        copy.setName(text.name());
        return copy;
    }

    /**
     * @throws DataFileException for the first name that is not a column of the file (exact match, case included),
     *     naming the closest column ({@link #closestColumn}) and listing all of them
     */
    public void requireColumns(Collection<String> names) {
        for (String name : names) {
            if (!columnNames().contains(name)) {
                throw new DataFileException(file, "has no column '" + name + "'"
                        + closestColumn(name).map(closest -> " (did you mean '" + closest + "'?)").orElse("")
                        + ". Its columns are: " + TableSchema.quoted(columnNames())
                        + ". Names must match exactly, including case and spaces.");
            }
        }
    }

    /**
     * The column a mistyped name most likely means: first a column that reads the same once case, spaces, punctuation
     * and a unit in parentheses are ignored ({@code annual_income} for {@code Annual Income (k$)}), else the closest by
     * edit distance if it is close enough ({@link ColumnSuggestions#didYouMean}).
     *
     * @return the column, if one is close enough
     */
    public Optional<String> closestColumn(String name) {
        String wanted = letters(name);
        for (String column : columnNames()) {
            if (!wanted.isEmpty() && letters(column).equals(wanted)) {
                return Optional.of(column);
            }
        }
        String suggestion = ColumnSuggestions.didYouMean(name, columnNames());
        return columnNames().stream().filter(column -> suggestion.equals(" (did you mean '" + column + "'?)"))
                .findFirst();
    }

    /** The name's letters and digits in lower case, without a trailing unit in parentheses. */
    private static String letters(String name) {
        return name.replaceFirst("\\s*\\([^()]*\\)\\s*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * A column is numeric when more than half of its non-missing values look like numbers ({@link
     * NumberText.Kind#looksNumeric()}: numbers, but also {@code NaN}, {@code inf}, out-of-range numbers and decimal
     * commas), so that a numeric column with a few bad values is still seen as numeric, and its bad values are reported
     * by {@link #typed(Collection)} instead of the column being silently treated as text.
     *
     * @return the numeric columns, in file order
     */
    public List<String> numericColumns() {
        List<String> numeric = new ArrayList<>();
        for (Column<?> column : text.columns()) {
            int present = 0;
            int numberLike = 0;
            for (int i = 0; i < column.size(); i++) {
                NumberText.Kind kind = NumberText.kindOf(column.getString(i));
                if (kind != NumberText.Kind.MISSING) {
                    present++;
                    numberLike += kind.looksNumeric() ? 1 : 0;
                }
            }
            if (present > 0 && 2 * numberLike > present) {
                numeric.add(column.name());
            }
        }
        return numeric;
    }

    /**
     * A column is constant when all its non-missing values are equal: as numbers if they are all numbers ({@code 3} and
     * {@code 3.0} are equal), else as text. Such a column cannot tell customers apart. A column with no values at all
     * is not listed (it is not numeric either).
     *
     * @return the constant columns, in file order
     */
    public List<String> constantColumns() {
        List<String> constant = new ArrayList<>();
        for (Column<?> column : text.columns()) {
            String first = null;
            boolean same = true;
            for (int i = 0; i < column.size() && same; i++) {
                String value = column.getString(i);
                if (NumberText.kindOf(value) == NumberText.Kind.MISSING) {
                    continue;
                }
                if (first == null) {
                    first = value;
                } else {
                    same = equalValues(first, value);
                }
            }
            if (first != null && same) {
                constant.add(column.name());
            }
        }
        return constant;
    }

    private static boolean equalValues(String a, String b) {
        if (NumberText.kindOf(a) == NumberText.Kind.NUMBER && NumberText.kindOf(b) == NumberText.Kind.NUMBER) {
            return NumberText.value(a) == NumberText.value(b);
        }
        return a.strip().equals(b.strip());
    }

    /**
     * The table for analysis: the named columns as numbers (a {@link DoubleColumn}, gaps missing), every other column
     * as text with {@link NumberText#MISSING_MARKERS} turned into missing values.
     *
     * @param numericColumns columns to parse as numbers
     * @return a new table, named after the file, with the columns in file order
     * @throws DataFileException if a name is not a column of the file, or a value of a named column is not a finite
     *     number (naming the column, the data row, the value and why, and how many values of the column are bad)
     */
    public Table typed(Collection<String> numericColumns) {
        requireColumns(numericColumns);
        Table typed = Table.create(text.name());
        for (Column<?> column : text.columns()) {
            typed.addColumns(numericColumns.contains(column.name()) ? numbers(column) : textWithGaps(column));
        }
        return typed;
    }

    private DoubleColumn numbers(Column<?> column) {
        DoubleColumn numbers = DoubleColumn.create(column.name());
        int firstBad = -1;
        int bad = 0;
        for (int i = 0; i < column.size(); i++) {
            String value = column.getString(i);
            NumberText.Kind kind = NumberText.kindOf(value);
            switch (kind) {
                case MISSING -> numbers.appendMissing();
                case NUMBER -> numbers.append(NumberText.value(value));
                default -> {
                    bad++;
                    firstBad = firstBad < 0 ? i : firstBad;
                    numbers.appendMissing();
                }
            }
        }
        if (bad > 0) {
            String value = column.getString(firstBad);
            throw new DataFileException(file, "column '" + column.name() + "' must hold numbers, but "
                    + rowLabel(firstBad) + " holds '" + value + "', which " + NumberText.problem(NumberText.kindOf(value))
                    + (bad > 1 ? ". In all, " + bad + " values of this column are not usable numbers." : "."));
        }
        return numbers;
    }

    private static StringColumn textWithGaps(Column<?> column) {
        StringColumn values = StringColumn.create(column.name());
        for (int i = 0; i < column.size(); i++) {
            String value = column.getString(i);
            if (NumberText.kindOf(value) == NumberText.Kind.MISSING) {
                values.appendMissing();
            } else {
                values.append(value);
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return "CustomerFile[" + file + ", " + rows() + " rows, " + columnNames().size() + " columns, "
                + (sheet != null ? "sheet '" + sheet + "'" : "delimiter " + DelimiterDetection.describe(delimiter)
                + (delimiterDetected ? " (detected)" : "")) + "]";
    }
}
