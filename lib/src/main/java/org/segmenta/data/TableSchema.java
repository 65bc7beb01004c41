package org.segmenta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns a study needs from a customer table, with their kind, checked right after reading.
 *
 * <pre>{@code
 * TableSchema schema = TableSchema.builder()
 *         .numeric("Age", "Annual Income (k$)")     // numbers, no missing values
 *         .numericAllowingMissing("Income")          // numbers, gaps allowed (to be imputed later)
 *         .text("Gender")
 *         .build();
 * schema.check(table, file);                         // DataFileException naming the file, column and row
 * }</pre>
 *
 * Extra columns in the table are fine; only the named ones are checked.
 */
public final class TableSchema {

    /** What a column must hold. */
    public enum Kind {
        /** Numbers with no missing value. */
        NUMERIC,
        /** Numbers; missing values are allowed. */
        NUMERIC_ALLOWING_MISSING,
        /** Text (any value). */
        TEXT,
        /** Calendar dates. */
        DATE
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Map<String, Kind> columns;
    private final List<String> order;

    private TableSchema(Map<String, Kind> columns) {
        this.columns = Map.copyOf(columns);
        this.order = List.copyOf(columns.keySet());
    }

    /** @return a builder for a schema */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the names of the checked columns, in the order they were declared */
    public List<String> columnNames() {
        return order;
    }

    /** @return the kind required of {@code column}, or {@code null} if the schema does not name it */
    public Kind kindOf(String column) {
        return columns.get(column);
    }

    /**
     * Checks that {@code table} (read from {@code file}) has every declared column with the declared kind.
     *
     * @throws DataFileException naming the first problem found: a missing column (with the columns found), a
     *     column of the wrong kind (with the first offending row and value), or missing values where none are allowed
     */
    public void check(Table table, Path file) {
        List<String> absent = new ArrayList<>();
        for (String name : order) {
            if (!table.containsColumn(name)) {
                absent.add(name);
            }
        }
        if (!absent.isEmpty()) {
            throw new DataFileException(file, (absent.size() == 1 ? "column '" + absent.get(0) + "' is missing"
                    : "columns " + quoted(absent) + " are missing")
                    + ". Columns found: " + quoted(table.columnNames())
                    + ". Check the file's header row (names must match exactly, including case and spaces).");
        }
        for (String name : order) {
            checkColumn(table.column(name), columns.get(name), file);
        }
    }

    private static void checkColumn(Column<?> column, Kind kind, Path file) {
        switch (kind) {
            case NUMERIC, NUMERIC_ALLOWING_MISSING -> {
                if (!(column instanceof NumericColumn<?>)) {
                    if (!column.isEmpty() && column.countMissing() == column.size()) {
                        throw new DataFileException(file, "column '" + column.name() + "' must hold numbers, but all "
                                + column.size() + " of its values are missing. Fill it in, or check that it is the "
                                + "right column.");
                    }
                    int row = firstNonNumericRow(column);
                    throw new DataFileException(file, "column '" + column.name() + "' must hold numbers, but "
                            + (row < 0 ? "it was read as " + column.type().name().toLowerCase()
                               : "data row " + (row + 1) + " holds '" + column.getString(row) + "'")
                            + ". Fix or remove the non-numeric values.");
                }
                if (kind == Kind.NUMERIC && column.countMissing() > 0) {
                    throw new DataFileException(file, "column '" + column.name() + "' has " + column.countMissing()
                            + " missing value(s), the first at data row " + (firstMissingRow(column) + 1)
                            + ". Fill them in or remove those rows before the study.");
                }
            }
            case DATE -> {
                if (!(column instanceof DateColumn)) {
                    throw new DataFileException(file, "column '" + column.name() + "' must hold dates, but it was read as "
                            + column.type().name().toLowerCase() + " (first value '" + (column.isEmpty() ? "" : column.getString(0))
                            + "'). Check the date format.");
                }
            }
            case TEXT -> {
                // any values are acceptable as text
            }
        }
    }

    private static int firstNonNumericRow(Column<?> column) {
        for (int row = 0; row < column.size(); row++) {
            String value = column.getString(row).trim();
            if (!value.isEmpty() && !NUMBER.matcher(value).matches()) {
                return row;
            }
        }
        return -1;
    }

    private static int firstMissingRow(Column<?> column) {
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                return row;
            }
        }
        return -1;
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    /** Collects the columns of a {@link TableSchema}. */
    public static final class Builder {
        private final Map<String, Kind> columns = new LinkedHashMap<>();

        private Builder() {
        }

        /** Declares columns that must hold numbers with no missing value. */
        public Builder numeric(String... names) {
            return add(Kind.NUMERIC, names);
        }

        /** Declares columns that must hold numbers and may have missing values. */
        public Builder numericAllowingMissing(String... names) {
            return add(Kind.NUMERIC_ALLOWING_MISSING, names);
        }

        /** Declares text columns. */
        public Builder text(String... names) {
            return add(Kind.TEXT, names);
        }

        /** Declares date columns. */
        public Builder date(String... names) {
            return add(Kind.DATE, names);
        }

        private Builder add(Kind kind, String... names) {
            for (String name : names) {
                if (columns.putIfAbsent(name, kind) != null) {
                    throw new IllegalArgumentException("column '" + name + "' is declared twice in the schema");
                }
            }
            return this;
        }

        /** @return the schema */
        public TableSchema build() {
            return new TableSchema(columns);
        }
    }
}
