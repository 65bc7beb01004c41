package org.segmenta.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Finding and removing missing values before a study. Filling them in instead is the feature matrix's job
 * ({@code FeatureMatrix.builder(table).impute(...)}); both are explicit choices, never done silently.
 *
 * <pre>{@code
 * Show.table(MissingValues.report(people));                          // which columns have gaps, how many
 * Table complete = MissingValues.dropRows(people, "Income");          // customers with an income only
 * }</pre>
 */
public final class MissingValues {

    private static final int ROWS_LISTED = 5;

    private MissingValues() {
    }

    /**
     * @return one row per column that has missing values (all columns if {@code columns} is empty, else those named):
     *     {@code Column, Missing, Share (%), First rows} (the first data rows with a gap, 1-based), most missing first
     */
    public static Table report(Table table, String... columns) {
        StringColumn names = StringColumn.create("Column");
        IntColumn missing = IntColumn.create("Missing");
        DoubleColumn share = DoubleColumn.create("Share (%)");
        StringColumn rows = StringColumn.create("First rows");
        for (Column<?> column : selected(table, columns)) {
            int count = column.countMissing();
            if (count == 0) {
                continue;
            }
            names.append(column.name());
            missing.append(count);
            share.append(100.0 * count / table.rowCount());
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < column.size() && first.size() < ROWS_LISTED; i++) {
                if (column.isMissing(i)) {
                    first.add(i + 1);
                }
            }
            rows.append(first.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (count > ROWS_LISTED ? ", …" : ""));
        }
        share.setPrintFormatter(Decimals.column(1));
        Table report = Table.create("Missing values in " + table.name() + " (" + table.rowCount() + " rows)",
                names, missing, share, rows);
        return report.sortDescendingOn("Missing");
    }

    /**
     * @return a copy of {@code table} without the rows that have a missing value in any of {@code columns} (in any
     *     column if none are named); the input is not changed
     */
    public static Table dropRows(Table table, String... columns) {
        Selection incomplete = Selection.withRange(0, 0);
        for (Column<?> column : selected(table, columns)) {
            incomplete = incomplete.or(column.isMissing());
        }
        Table kept = table.dropWhere(incomplete);
        kept.setName(table.name());
        return kept;
    }

    /**
     * @return the indices (0-based, ascending) of the rows of {@code table} that have a value in every one of
     *     {@code columns} (in every column if none are named): the rows {@link #dropRows} keeps, for when the kept
     *     rows must be matched back to the full table
     */
    public static int[] completeRows(Table table, String... columns) {
        Selection incomplete = Selection.withRange(0, 0);
        for (Column<?> column : selected(table, columns)) {
            incomplete = incomplete.or(column.isMissing());
        }
        return Selection.withRange(0, table.rowCount()).andNot(incomplete).toArray();
    }

    private static List<Column<?>> selected(Table table, String... columns) {
        if (columns.length == 0) {
            return table.columns();
        }
        List<Column<?>> selected = new ArrayList<>();
        for (String name : columns) {
            if (!table.containsColumn(name)) {
                throw new IllegalArgumentException("unknown column '" + name + "' in table '" + table.name()
                        + "'. Columns available: " + table.columnNames());
            }
            selected.add(table.column(name));
        }
        return selected;
    }
}
