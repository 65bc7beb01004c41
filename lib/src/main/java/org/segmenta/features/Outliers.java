package org.segmenta.features;

import java.util.Arrays;
import org.segmenta.statistics.Quantiles;
import org.segmenta.exploring.NumericColumns;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Finding and taming extreme values. A few extreme customers pull k-means centroids and can get a segment of their own;
 * look at them first ({@link #report}), then decide: fix data errors, cap ({@link #capIqr}, {@link #capQuantiles}),
 * log-transform, or keep them.
 *
 * <p>IQR fences (Tukey 1977): {@code [Q1 − m·IQR, Q3 + m·IQR]} with {@code IQR = Q3 − Q1}, usually m = 1.5; quartiles by
 * linear interpolation ({@link Quantiles}). Missing values are ignored and stay missing.
 */
public final class Outliers {

    private Outliers() {
    }

    /**
     * @return one row per column: {@code Column, Lower fence, Upper fence, Below, Above, Share (%), Most extreme}
     *     with Tukey fences at {@code multiplier}·IQR
     */
    public static Table report(Table table, double multiplier, String... columns) {
        StringColumn names = StringColumn.create("Column");
        DoubleColumn lower = DoubleColumn.create("Lower fence");
        DoubleColumn upper = DoubleColumn.create("Upper fence");
        IntColumn below = IntColumn.create("Below");
        IntColumn above = IntColumn.create("Above");
        DoubleColumn share = DoubleColumn.create("Share (%)");
        DoubleColumn extreme = DoubleColumn.create("Most extreme");
        for (String column : columns) {
            double[] values = NumericColumns.presentValues(table, column);
            double[] fences = iqrFences(values, multiplier);
            int low = (int) Arrays.stream(values).filter(v -> v < fences[0]).count();
            int high = (int) Arrays.stream(values).filter(v -> v > fences[1]).count();
            double median = Quantiles.median(values);
            names.append(column);
            lower.append(fences[0]);
            upper.append(fences[1]);
            below.append(low);
            above.append(high);
            share.append(100.0 * (low + high) / values.length);
            extreme.append(Arrays.stream(values).boxed().max((a, b) -> Double.compare(Math.abs(a - median),
                    Math.abs(b - median))).orElseThrow());
        }
        for (DoubleColumn c : new DoubleColumn[] {lower, upper, extreme}) {
            c.setPrintFormatter(Decimals.column(2));
        }
        share.setPrintFormatter(Decimals.column(1));
        return Table.create("Outliers beyond " + multiplier + " × IQR", names, lower, upper, below, above, share,
                extreme);
    }

    /** @return {@code {Q1 − m·IQR, Q3 + m·IQR}} of the values */
    public static double[] iqrFences(double[] values, double multiplier) {
        if (!(multiplier >= 0)) {
            throw new IllegalArgumentException("the IQR multiplier must be 0 or more, got " + multiplier);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = Quantiles.ofSorted(sorted, 0.25);
        double q3 = Quantiles.ofSorted(sorted, 0.75);
        return new double[] {q1 - multiplier * (q3 - q1), q3 + multiplier * (q3 - q1)};
    }

    /** @return a copy of the table with values of each column clipped to its Tukey fences at {@code multiplier}·IQR */
    public static Table capIqr(Table table, double multiplier, String... columns) {
        Table copy = table.copy();
        for (String column : columns) {
            double[] fences = iqrFences(NumericColumns.presentValues(table, column), multiplier);
            replace(copy, column, fences[0], fences[1]);
        }
        return copy;
    }

    /**
     * @return a copy of the table with values of each column clipped to its {@code lower} and {@code upper} quantiles
     *     (winsorising), e.g. 0.01 and 0.99
     */
    public static Table capQuantiles(Table table, double lower, double upper, String... columns) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("the lower quantile must be below the upper one, got " + lower + " and "
                    + upper);
        }
        Table copy = table.copy();
        for (String column : columns) {
            double[] values = NumericColumns.presentValues(table, column);
            replace(copy, column, Quantiles.of(values, lower), Quantiles.of(values, upper));
        }
        return copy;
    }

    private static void replace(Table table, String name, double low, double high) {
        NumericColumn<?> column = NumericColumns.get(table, name);
        DoubleColumn capped = DoubleColumn.create(name);
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i)) {
                capped.appendMissing();
            } else {
                capped.append(Math.min(high, Math.max(low, column.getDouble(i))));
            }
        }
        table.replaceColumn(name, capped);
    }
}
