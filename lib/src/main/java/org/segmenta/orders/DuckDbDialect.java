package org.segmenta.orders;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SqlDialect} of DuckDB: files are read by {@code read_csv} (plain or gzip-compressed; as the {@link CsvLayout}
 * says, else with DuckDB's own dialect detection, which samples the file first) or
 * {@code read_parquet} with every column as text, dates parsed by {@code strptime} after a full match of the pattern's
 * shape.
 */
public final class DuckDbDialect implements SqlDialect {

    @Override
    public String source(Path file, Optional<CsvLayout> layout) {
        String path = text(file.toAbsolutePath().toString());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return "(SELECT COLUMNS(*)::VARCHAR FROM read_parquet(" + path + "))";
        }
        if (layout.isEmpty()) {
            return "read_csv(" + path + ", header = true, all_varchar = true)";
        }
        String columns = layout.get().columns().stream().map(c -> text(c) + ": 'VARCHAR'")
                .collect(Collectors.joining(", "));
        return "read_csv(" + path + ", header = true, auto_detect = false, delim = "
                + text(String.valueOf(layout.get().delimiter())) + ", quote = '\"', escape = '\"', columns = {"
                + columns + "})";
    }

    @Override
    public String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String parseTimestamp(String textExpression, DatePattern pattern) {
        return "CASE WHEN regexp_full_match(" + textExpression + ", " + text(pattern.shape()) + ") THEN try_strptime("
                + textExpression + ", " + text(pattern.strptime()) + ") END";
    }

    /** DuckDB reads a table alias as the struct of the row's columns, and hashes it whole. */
    @Override
    public String rowHash(String alias) {
        return "hash(" + identifier(alias) + ")";
    }

    /** DuckDB's hashes are unsigned 64-bit integers, so the remainder is the bucket. */
    @Override
    public String hashBucket(String hashExpression, int buckets) {
        return "(" + hashExpression + " % " + buckets + ")";
    }

    /** Read on one thread ({@link OrderLineEngine#rowInFileOrder}), DuckDB numbers the rows in the file's order. */
    @Override
    public String lineNumber() {
        return "row_number() OVER ()";
    }

    @Override
    public String daysBetween(String start, String end) {
        return "date_diff('day', " + start + ", " + end + ")";
    }
}
