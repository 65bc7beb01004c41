package org.segmenta.spark.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.segmenta.data.CustomerData;
import org.segmenta.data.DataFileException;
import org.segmenta.orders.CsvLayout;
import org.segmenta.orders.DatePattern;
import org.segmenta.orders.OrderLineSql;
import org.segmenta.orders.SqlDialect;

/**
 * {@link SqlDialect} of Spark SQL, with which {@link OrderLineSql} runs on Apache Spark from the same SQL text as on
 * DuckDB. Spark SQL has no table function that reads a CSV file with options, so {@link #source} registers the file as
 * a temporary view of the session and names it:
 *
 * <ul>
 *   <li>CSV, plain or gzip-compressed ({@code .csv.gz}, decompressed by Hadoop's codec): with the {@link CsvLayout}'s
 *       delimiter and column names (the header line skipped), double quotes that a doubled quote escapes (RFC 4180),
 *       every column as text, empty cells NULL. Without a layout, Spark reads the header's names with a comma
 *       delimiter. Records are lines (a quoted field may not hold a line break, unlike DuckDB), so large files split
 *       into parallel tasks;</li>
 *   <li>Parquet, a {@code .parquet} file or a folder of part files as Spark writes them ({@link #checkReadable}):
 *       every column cast to text.</li>
 * </ul>
 *
 * <p>The other pieces: a row's hash is {@code xxhash64} of its cells followed by the array of which cells are NULL,
 * so that a NULL's position counts ({@code xxhash64} of the cells alone skips NULLs, and would give
 * {@code ('a', NULL)} and {@code (NULL, 'a')} one hash); buckets are {@code pmod}; days between dates
 * {@code datediff}; dates are parsed by {@code try_to_timestamp} with {@link DatePattern#dateTimeFormat()} after the
 * same full match of the pattern's shape as on DuckDB, two-digit years moved to 1969–2068 as DuckDB's {@code %y} reads
 * them. Lines are numbered in file order by the split's start in the file and the position in the split. Timestamps
 * are read in the session time zone, which must be UTC ({@link SparkOrderLines} checks it) so that a timestamp's date
 * is the date written.
 */
public final class SparkDialect implements SqlDialect {

    private final SparkSession spark;

    /** @param spark the session in which the file views are registered and the SQL runs */
    public SparkDialect(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    /**
     * Registers (or registers again, with the same definition) a temporary view of the file, every column as text.
     *
     * @return the view's name, {@code segmenta_file_} and a hash of the file's path and layout
     * @throws DataFileException if Spark cannot read the file's schema
     */
    @Override
    public String source(Path file, Optional<CsvLayout> layout) {
        String path = file.toAbsolutePath().toUri().toString();
        String view = "segmenta_file_" + Integer.toUnsignedString(Objects.hash(path, layout), 36);
        try {
            Dataset<Row> rows;
            if (isParquet(file)) {
                Dataset<Row> parquet = spark.read().parquet(path);
                rows = parquet.select(Arrays.stream(parquet.columns())
                        .map(c -> parquet.col(quoted(c)).cast(DataTypes.StringType).as(c)).toArray(Column[]::new));
            } else {
                DataFrameReader reader = spark.read().format("csv").option("header", "true").option("quote", "\"")
                        .option("escape", "\"").option("mode", "PERMISSIVE");
                if (layout.isPresent()) {
                    StructType schema = new StructType();
                    for (String column : layout.get().columns()) {
                        schema = schema.add(column, DataTypes.StringType, true);
                    }
                    reader = reader.schema(schema).option("enforceSchema", "true")
                            .option("sep", String.valueOf(layout.get().delimiter()));
                } else {
                    reader = reader.option("inferSchema", "false");
                }
                rows = reader.load(path);
            }
            rows.createOrReplaceTempView(view);
        } catch (Exception e) {
            throw new DataFileException(file, "cannot be read by Spark: " + firstLine(e.getMessage())
                    + ". Check that it is a UTF-8 CSV file with a header row (or .csv.gz, .parquet).", e);
        }
        return view;
    }

    /**
     * A data file as the library checks it ({@link CustomerData#checkReadable}), or a folder of Parquet part files as
     * Spark writes them: its files, but for hidden ones ({@code .…}) and Spark's markers ({@code _SUCCESS}), end in
     * {@code .parquet}; sub-folders (Hive-style partitions, {@code year=2026/}) are left to Spark.
     *
     * @throws DataFileException for a folder without data files or with other files than Parquet, naming one
     */
    @Override
    public void checkReadable(Path file) {
        if (!Files.isDirectory(file)) {
            CustomerData.checkReadable(file);
            return;
        }
        List<String> data;
        try (Stream<Path> entries = Files.list(file)) {
            data = entries.filter(entry -> !Files.isDirectory(entry)).map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.startsWith("_")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(file, "is a folder that cannot be listed: " + e.getMessage() + ".", e);
        }
        Optional<String> other = data.stream().filter(name -> !name.toLowerCase(Locale.ROOT).endsWith(".parquet"))
                .findFirst();
        if (other.isPresent()) {
            throw new DataFileException(file, "is a folder, which Spark reads here only as Parquet part files "
                    + "(part-….parquet), but it holds '" + other.get() + "'. Give one CSV file (plain or .gz) or a "
                    + "Parquet file, or a folder of Parquet files only.");
        }
        if (data.isEmpty() && !hasFolders(file)) {
            throw new DataFileException(file, "is a folder without data files. Give the folder of Parquet part files "
                    + "(part-….parquet) that Spark wrote, or a CSV file.");
        }
    }

    /** @return empty for Parquet (a {@code .parquet} file or a folder of them), else {@link CsvLayout#of} */
    @Override
    public Optional<CsvLayout> layout(Path file) {
        return isParquet(file) ? Optional.empty() : CsvLayout.of(file);
    }

    /** @return true for a {@code .parquet} file and for a folder (which {@link #checkReadable} accepts as Parquet) */
    static boolean isParquet(Path file) {
        Path name = file.getFileName();
        return (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet"))
                || Files.isDirectory(file);
    }

    private static boolean hasFolders(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String identifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** Spark SQL reads backslashes in string literals as escapes, and two quotes as two adjacent literals. */
    @Override
    public String text(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public String parseTimestamp(String textExpression, DatePattern pattern) {
        String parsed = "try_to_timestamp(" + textExpression + ", " + text(pattern.dateTimeFormat()) + ")";
        if (pattern.twoDigitYear()) {
            parsed = "CASE WHEN year(" + parsed + ") >= 2069 THEN " + parsed + " - INTERVAL 100 YEARS ELSE " + parsed
                    + " END";
        }
        return "CASE WHEN " + textExpression + " RLIKE " + text("^(?:" + pattern.shape() + ")$") + " THEN " + parsed
                + " END";
    }

    /**
     * {@code xxhash64} of the cells, then of the array of their NULL flags: rows with the same cells and NULLs in the
     * same places hash equal; any other two rows only by a collision of the 64-bit hash (the cells are the view's text
     * cells, of which the rows have the same number). Hashing the cells themselves costs far less than hashing a JSON
     * form of the row, which this dialect did before.
     */
    @Override
    public String rowHash(String alias) {
        String cells = identifier(alias) + ".*";
        return "xxhash64(" + cells + ", transform(array(" + cells + "), cell -> cell IS NULL))";
    }

    /** Spark's hashes are signed, so the bucket is the positive remainder. */
    @Override
    public String hashBucket(String hashExpression, int buckets) {
        return "pmod(" + hashExpression + ", " + buckets + ")";
    }

    /**
     * Spark numbers rows only in a sorted window: by the start of the file split the row was read from, then by
     * {@code monotonically_increasing_id()}, which grows along a split's rows (a split is read from its start to its
     * end). The window gathers the lines in one task: it is only run to name a bad line.
     */
    @Override
    public String lineNumber() {
        return "row_number() OVER (ORDER BY input_file_block_start(), monotonically_increasing_id())";
    }

    @Override
    public String daysBetween(String start, String end) {
        return "datediff(" + end + ", " + start + ")";
    }

    /** A column name for {@link Dataset#col}, in which dots and backticks mean something. */
    private static String quoted(String column) {
        return '`' + column.replace("`", "``") + '`';
    }

    static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("").strip();
    }
}
