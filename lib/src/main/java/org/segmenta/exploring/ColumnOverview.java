package org.segmenta.exploring;

import java.util.Arrays;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The first table of any study: one row per column of the customer table with its type, how many values are missing,
 * how many distinct values it has, and for numeric columns min, mean, median and max. It answers "what is in this
 * file, and what needs cleaning?" at a glance.
 *
 * <pre>{@code
 * Show.table(ColumnOverview.of(customers));
 * }</pre>
 */
public final class ColumnOverview {

    private ColumnOverview() {
    }

    /**
     * @return a table with columns {@code Column, Type, Missing, Distinct, Min, Mean, Median, Max}; the numeric
     *     statistics ignore missing values and are blank for non-numeric columns. Medians are the middle value (mean of
     *     the two middle values for an even count).
     */
    public static Table of(Table table) {
        StringColumn names = StringColumn.create("Column");
        StringColumn types = StringColumn.create("Type");
        IntColumn missing = IntColumn.create("Missing");
        IntColumn distinct = IntColumn.create("Distinct");
        DoubleColumn min = DoubleColumn.create("Min");
        DoubleColumn mean = DoubleColumn.create("Mean");
        DoubleColumn median = DoubleColumn.create("Median");
        DoubleColumn max = DoubleColumn.create("Max");
        for (Column<?> column : table.columns()) {
            names.append(column.name());
            types.append(column.type().name().toLowerCase().replace('_', ' '));
            missing.append(column.countMissing());
            distinct.append(column.removeMissing().countUnique());
            double[] values = column instanceof NumericColumn<?>
                    ? NumericColumns.presentValues(table, column.name()) : new double[0];
            if (values.length == 0) {
                min.appendMissing();
                mean.appendMissing();
                median.appendMissing();
                max.appendMissing();
            } else {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                min.append(sorted[0]);
                mean.append(Arrays.stream(sorted).sum() / sorted.length);
                median.append(median(sorted));
                max.append(sorted[sorted.length - 1]);
            }
        }
        for (DoubleColumn statistic : new DoubleColumn[] {min, mean, median, max}) {
            statistic.setPrintFormatter(Decimals.column(2));
        }
        return Table.create("Columns of " + table.name() + " (" + table.rowCount() + " rows)",
                names, types, missing, distinct, min, mean, median, max);
    }

    /** @return the median of sorted values: the middle one, or the mean of the two middle ones */
    static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
