package org.segmenta.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.AddCellToColumnException;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads customer tables from delimited text files into Tablesaw tables, and checks them against a {@link TableSchema}
 * so that a wrong file fails at once with a message naming the file and the column, not later with a puzzling number.
 *
 * <pre>{@code
 * Table mall = CustomerData.mallCustomers(Path.of("../data/mall_customers.csv"));
 * Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));
 * Table mine = CustomerData.read(Path.of("my_customers.csv"), ',', TableSchema.builder().numeric("Age").build());
 * }</pre>
 */
public final class CustomerData {

    /** The schema of the 200-customer mall data set ({@code data/mall_customers.csv}). */
    public static final TableSchema MALL_SCHEMA = TableSchema.builder()
            .numeric("CustomerID", "Age", "Annual Income (k$)", "Spending Score (1-100)")
            .text("Gender")
            .build();

    /**
     * The schema of the Customer Personality Analysis data ({@code data/marketing_campaign.csv}, tab-separated). Income
     * may be missing (24 customers lack it); cleaning is the study's job, not the reader's.
     */
    public static final TableSchema PERSONALITY_SCHEMA = TableSchema.builder()
            .numeric("ID", "Year_Birth", "Kidhome", "Teenhome", "Recency",
                    "MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts", "MntGoldProds",
                    "NumDealsPurchases", "NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases",
                    "NumWebVisitsMonth", "AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4",
                    "AcceptedCmp5", "Complain", "Z_CostContact", "Z_Revenue", "Response")
            .numericAllowingMissing("Income")
            .text("Education", "Marital_Status")
            .date("Dt_Customer")
            .build();

    /** How many characters from the start of a file are looked at to suggest its delimiter. */
    private static final int DETECTION_SAMPLE = 1 << 20;

    /** The date shown in messages to say how dates must be written. */
    private static final LocalDate EXAMPLE_DATE = LocalDate.of(2012, 9, 4);

    private CustomerData() {
    }

    /**
     * Reads the mall customers file: {@code CustomerID, Gender, Age, Annual Income (k$), Spending Score (1-100)}.
     *
     * @param file path to {@code mall_customers.csv}
     * @return the table, one row per customer
     * @throws DataFileException if the file is missing or does not have those columns as numbers/text
     */
    public static Table mallCustomers(Path file) {
        return read(file, ',', MALL_SCHEMA);
    }

    /**
     * Reads the Customer Personality Analysis file (tab-separated, dates as {@code dd-mm-yyyy}).
     *
     * @param file path to {@code marketing_campaign.csv}
     * @return the table, one row per customer, with {@code Dt_Customer} as a date column
     * @throws DataFileException if the file is missing or its columns are not as documented in {@code data/README.md}
     */
    public static Table customerPersonality(Path file) {
        return read(file, '\t', PERSONALITY_SCHEMA, DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    /**
     * Reads any delimited customer file and checks it against {@code schema}.
     *
     * @param file the file to read (never modified)
     * @param delimiter the character between columns, e.g. {@code ','}, {@code ';'} or {@code '\t'}
     * @param schema the columns the study needs
     * @return the table, named after the file
     * @throws DataFileException if the file is missing, unreadable, uses another delimiter, or fails the schema
     */
    public static Table read(Path file, char delimiter, TableSchema schema) {
        return read(file, delimiter, schema, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static Table read(Path file, char delimiter, TableSchema schema, DateTimeFormatter dateFormat) {
        checkReadable(file);
        Map<String, ColumnType> dateColumns = new HashMap<>();
        for (String name : schema.columnNames()) {
            if (schema.kindOf(name) == TableSchema.Kind.DATE) {
                dateColumns.put(name, ColumnType.LOCAL_DATE);
            }
        }
        CsvReadOptions options = CsvReadOptions.builder(file.toFile())
                .separator(delimiter)
                .dateFormat(dateFormat)
                .columnTypesPartial(dateColumns)
                // Guess each column's type from every row: from a sample, a text value after row 10,000 would make
                // the whole read fail with a parse error instead of the schema's message naming column, row and value.
                .sample(false)
                .tableName(file.getFileName().toString())
                .build();
        Table table;
        try {
            table = Table.read().usingOptions(options);
        } catch (RuntimeException e) {
            if (e instanceof AddCellToColumnException cell
                    && schema.kindOf(cell.getColumnName()) == TableSchema.Kind.DATE
                    && cell.getCause() instanceof DateTimeParseException cause) {
                throw new DataFileException(file, "column '" + cell.getColumnName() + "' must hold dates written like "
                        + dateFormat.format(EXAMPLE_DATE) + " (for 4 September 2012), but data row "
                        + cell.getRowNumber() + " holds '" + cause.getParsedString()
                        + "'. Check the date format, or fix that value.", e);
            }
            String problem = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
            String guess = otherDelimiter(file, delimiter);
            throw new DataFileException(file, "cannot be read as a table separated by "
                    + DelimiterDetection.describe(delimiter) + ": " + problem + guess + (guess.isEmpty()
                            ? ". Check the delimiter, and that every row has as many values as the header."
                            : ". Read it with that delimiter."), e);
        }
        if (table.rowCount() == 0) {
            throw new DataFileException(file, "has a header but no data rows. Check that it is the right file.");
        }
        if (table.columnCount() == 1 && schema.columnNames().size() > 1) {
            throw new DataFileException(file, "only one column was found ('" + table.column(0).name() + "') when "
                    + "splitting on " + DelimiterDetection.describe(delimiter) + otherDelimiter(file, delimiter)
                    + ". Save the file with " + DelimiterDetection.describe(delimiter)
                    + " between columns, or read it with that delimiter.");
        }
        schema.check(table, file);
        return table;
    }

    /**
     * Checks that {@code file} exists, is a regular file, is readable and is not empty (shared with {@link CustomerFile}
     * and the order-line reader).
     *
     * @throws DataFileException naming the file and the problem
     */
    public static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new DataFileException(file, "file not found (working directory: " + Path.of("").toAbsolutePath()
                    + "). Check the path; the project's data sets are in data/ at the project root.");
        }
        if (Files.isDirectory(file)) {
            throw new DataFileException(file, "is a directory, not a data file. Give the path of the CSV file itself.");
        }
        if (!Files.isReadable(file)) {
            throw new DataFileException(file, "cannot be read (permission denied). Check the file's permissions.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new DataFileException(file, "is empty. Check that the export that made it finished.");
            }
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Says which delimiter {@link DelimiterDetection} finds in the start of the file, if another than the one tried;
     * {@code ""} if it finds the same, none, or the file cannot be read as UTF-8.
     */
    private static String otherDelimiter(Path file, char tried) {
        char[] start = new char[DETECTION_SAMPLE];
        int length = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int read;
            while (length < start.length && (read = reader.read(start, length, start.length - length)) > 0) {
                length += read;
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return DelimiterDetection.otherDelimiter(file, new String(start, 0, length), tried);
    }
}
