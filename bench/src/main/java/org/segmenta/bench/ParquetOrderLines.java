package org.segmenta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.duckdb.DuckDBDriver;

/**
 * A {@link GeneratedOrderLines} file as Parquet, the form order tables have in a data lake, for the order-line cases
 * at scale (one machine against Spark). DuckDB converts the CSV file:
 *
 * <pre>
 * COPY (SELECT * FROM read_csv('orders.csv', header = true, auto_detect = false, columns = {…})) TO 'orders.parquet'
 *     (FORMAT parquet)
 * </pre>
 *
 * <p><b>Typed columns</b> ({@value #COLUMN_TYPES}), as a warehouse export writes them: ids stay text (InvoiceNo has
 * the {@code C} of cancellations, customer ids are names, not numbers), quantities are integers, the unit price is an
 * exact {@code DECIMAL(10,2)} and the invoice date a {@code TIMESTAMP}. Typed columns make the file (and so the bytes
 * per line that the cluster estimate scales) what a real order table is, and both engines read them as the library
 * reads every Parquet file, each column cast to text: a decimal is written back with its two places ({@code 2.50},
 * {@code 0.00}) and a timestamp as {@code 2022-01-01 00:37:00}, the CSV's own text, so the customer table from the
 * Parquet file is the one from the CSV file (checked by a test). An empty CustomerID is NULL, as the CSV reader makes
 * it. Compression is DuckDB's default (Snappy), row groups of DuckDB's default size.
 */
public final class ParquetOrderLines {

    /** The column types of the Parquet file, in the CSV's column order ({@link GeneratedOrderLines#HEADER}). */
    public static final String COLUMN_TYPES = "InvoiceNo VARCHAR, StockCode VARCHAR, Quantity INTEGER, "
            + "InvoiceDate TIMESTAMP, UnitPrice DECIMAL(10,2), CustomerID VARCHAR, Country VARCHAR";

    private ParquetOrderLines() {
    }

    /**
     * Converts an order-line CSV file in {@link GeneratedOrderLines}' layout to Parquet, through a temporary file so
     * that an interrupted run leaves no partial file under the name.
     *
     * @param csv the CSV file, with the header {@link GeneratedOrderLines#HEADER}
     * @param parquet where the Parquet file goes (replaced)
     * @throws IOException if DuckDB cannot read the CSV file or write the Parquet file, with DuckDB's message
     */
    public static void convert(Path csv, Path parquet) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException("cannot convert " + csv + " to Parquet: the file does not exist");
        }
        Path partial = parquet.resolveSibling(parquet.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + readCsv(csv) + ") TO " + text(partial.toAbsolutePath()
                    .toString()) + " (FORMAT parquet)");
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw new IOException("DuckDB could not convert " + csv + " to Parquet: " + e.getMessage(), e);
        }
        Files.move(partial, parquet, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The Parquet file of {@code lines} generated order lines ({@link GeneratedOrderLines} with one customer for every
     * {@value BenchData#LINES_PER_CUSTOMER} lines and the seed of the CSV cases), described but not written:
     * {@link #ensure} writes it.
     *
     * @param directory where the benchmark's data go ({@code build/bench-data})
     * @param lines the order lines
     */
    public static DataSet generated(Path directory, int lines) {
        GeneratedOrderLines generated = generator(lines);
        return new DataSet("generated-parquet", directory.resolve(generated.fileName().replace(".csv", ".parquet")),
                lines, GeneratedOrderLines.HEADER.split(",").length, generated.description() + "; as Parquet with "
                + "typed columns (" + COLUMN_TYPES + "), converted by DuckDB");
    }

    /**
     * Writes the Parquet file of {@link #generated} when it is missing: the CSV file first (beside it), then the
     * conversion, then the CSV file is deleted (50 million lines are 3 GB of CSV).
     *
     * @param data a data set made by {@link #generated}
     * @param progress told what is being written
     */
    public static void ensure(DataSet data, Consumer<String> progress) throws IOException {
        if (Files.isRegularFile(data.file())) {
            return;
        }
        GeneratedOrderLines generated = generator(data.rows());
        Path csv = data.file().resolveSibling(generated.fileName() + ".for-parquet");
        progress.accept("generating " + generated.fileName() + " and converting it to " + data.file().getFileName());
        Files.createDirectories(data.file().toAbsolutePath().getParent());
        try {
            generated.write(csv);
            convert(csv, data.file());
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static GeneratedOrderLines generator(int lines) {
        return new GeneratedOrderLines(lines, Math.max(1, lines / BenchData.LINES_PER_CUSTOMER),
                BenchData.ORDER_LINES_SEED);
    }

    /** @return DuckDB's {@code read_csv(…)} of the file with the {@link #COLUMN_TYPES} and no detection */
    static String readCsv(Path csv) {
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMN_TYPES.split(", ")) {
            String[] nameAndType = column.split(" ", 2);
            columns.append(columns.isEmpty() ? "" : ", ").append(text(nameAndType[0])).append(": ")
                    .append(text(nameAndType[1]));
        }
        return String.format(Locale.ROOT, "read_csv(%s, header = true, auto_detect = false, delim = ',', "
                + "timestampformat = '%%Y-%%m-%%d %%H:%%M:%%S', columns = {%s})",
                text(csv.toAbsolutePath().toString()), columns);
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
