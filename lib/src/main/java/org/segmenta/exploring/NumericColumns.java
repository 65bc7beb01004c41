package org.segmenta.exploring;

import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Looks up numeric columns of a table with messages that name the table and list what is available. */
public final class NumericColumns {

    private NumericColumns() {
    }

    /**
     * @return the numeric column {@code name} of {@code table}
     * @throws IllegalArgumentException if there is no such column, or it is not numeric
     */
    public static NumericColumn<?> get(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "' in table '" + table.name()
                    + "'. Columns available: " + table.columnNames());
        }
        Column<?> column = table.column(name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + table.name() + "' is "
                    + column.type().name().toLowerCase() + ", not numeric. Numeric columns: " + names(table));
        }
        return numeric;
    }

    /** @return the names of the numeric columns of {@code table}, in table order */
    public static List<String> names(Table table) {
        return table.columns().stream().filter(c -> c instanceof NumericColumn<?>).map(Column::name).toList();
    }

    /** @return the non-missing values of a numeric column, in row order */
    public static double[] presentValues(Table table, String name) {
        NumericColumn<?> column = get(table, name);
        return java.util.stream.IntStream.range(0, column.size()).filter(i -> !column.isMissing(i))
                .mapToDouble(column::getDouble).toArray();
    }
}
