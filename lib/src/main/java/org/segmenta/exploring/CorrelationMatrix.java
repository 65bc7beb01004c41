package org.segmenta.exploring;

import java.util.List;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Pearson correlations between numeric columns: {@code r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²)}, from −1 (one rises as
 * the other falls) through 0 (no linear relation) to +1. Rows with a missing value in either column of a pair are
 * left out of that pair (pairwise deletion, as pandas' {@code DataFrame.corr}).
 *
 * <pre>{@code
 * CorrelationMatrix r = CorrelationMatrix.of(mall, "Age", "Annual Income (k$)", "Spending Score (1-100)");
 * r.get("Age", "Spending Score (1-100)");
 * }</pre>
 */
public final class CorrelationMatrix {

    private final List<String> names;
    private final double[][] r;

    private CorrelationMatrix(List<String> names, double[][] r) {
        this.names = List.copyOf(names);
        this.r = r;
    }

    /**
     * @param table the customer table
     * @param columns numeric columns, at least two
     * @throws IllegalArgumentException for an unknown or non-numeric column, or a constant one (no correlation exists)
     */
    public static CorrelationMatrix of(Table table, String... columns) {
        if (columns.length < 2) {
            throw new IllegalArgumentException("a correlation matrix needs at least two columns; numeric columns of '"
                    + table.name() + "': " + NumericColumns.names(table));
        }
        NumericColumn<?>[] numeric = new NumericColumn<?>[columns.length];
        for (int j = 0; j < columns.length; j++) {
            numeric[j] = NumericColumns.get(table, columns[j]);
        }
        double[][] r = new double[columns.length][columns.length];
        for (int a = 0; a < columns.length; a++) {
            for (int b = a; b < columns.length; b++) {
                r[a][b] = pearson(numeric[a], numeric[b], table.name());
                r[b][a] = r[a][b];
            }
        }
        return new CorrelationMatrix(List.of(columns), r);
    }

    private static double pearson(NumericColumn<?> x, NumericColumn<?> y, String tableName) {
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!x.isMissing(i) && !y.isMissing(i)) {
                sumX += x.getDouble(i);
                sumY += y.getDouble(i);
                n++;
            }
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!x.isMissing(i) && !y.isMissing(i)) {
                double dx = x.getDouble(i) - meanX;
                double dy = y.getDouble(i) - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            String constant = sxx == 0 ? x.name() : y.name();
            throw new IllegalArgumentException("column '" + constant + "' of table '" + tableName
                    + "' is constant, so it has no correlation with anything; leave it out.");
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** @return the column names, in matrix order */
    public List<String> names() {
        return names;
    }

    /** @return the correlation between two of the columns */
    public double get(String a, String b) {
        return r[index(a)][index(b)];
    }

    /** @return a copy of the matrix, in {@link #names()} order */
    public double[][] values() {
        double[][] copy = new double[r.length][];
        for (int i = 0; i < r.length; i++) {
            copy[i] = r[i].clone();
        }
        return copy;
    }

    private int index(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not in the correlation matrix " + names);
        }
        return index;
    }

    /** @return the matrix as a table: a {@code Column} column, then one column per variable, two decimals */
    public Table table() {
        Table table = Table.create("Pearson correlations", StringColumn.create("Column", names));
        for (int j = 0; j < names.size(); j++) {
            double[] column = new double[names.size()];
            for (int i = 0; i < names.size(); i++) {
                column[i] = r[i][j];
            }
            DoubleColumn values = DoubleColumn.create(names.get(j), column);
            values.setPrintFormatter(Decimals.column(2));
            table.addColumns(values);
        }
        return table;
    }
}
