package org.segmenta.features;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The numbers a clustering algorithm sees: chosen numeric columns of a customer table, one row per customer, optionally
 * rescaled. It remembers the column names, the original values and the scaling, so that results can be shown back in
 * the original units ({@link #toOriginalUnits(double[])}).
 *
 * <pre>{@code
 * FeatureMatrix x = FeatureMatrix.of(mall, "Annual Income (k$)", "Spending Score (1-100)");       // unscaled
 * FeatureMatrix z = FeatureMatrix.of(mall, Scaling.STANDARD, "Age", "Annual Income (k$)");      // z-scores
 * }</pre>
 *
 * Instances are immutable; accessors return copies.
 */
public final class FeatureMatrix {

    private final List<String> names;
    private final double[][] original;
    private final double[][] scaled;
    private final Scaling scaling;
    private final double[] center;
    private final double[] scale;

    private FeatureMatrix(List<String> names, double[][] original, Scaling scaling) {
        this.names = List.copyOf(names);
        this.original = original;
        this.scaling = scaling;
        int p = names.size();
        this.center = new double[p];
        this.scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = column(original, j);
            switch (scaling) {
                case NONE -> {
                    center[j] = 0;
                    scale[j] = 1;
                }
                case STANDARD -> {
                    double mean = Arrays.stream(column).average().orElseThrow();
                    double sumSquares = 0;
                    for (double v : column) {
                        sumSquares += (v - mean) * (v - mean);
                    }
                    center[j] = mean;
                    scale[j] = Math.sqrt(sumSquares / column.length);
                }
                case MIN_MAX -> {
                    double min = Arrays.stream(column).min().orElseThrow();
                    center[j] = min;
                    scale[j] = Arrays.stream(column).max().orElseThrow() - min;
                }
            }
        }
        this.scaled = new double[original.length][p];
        for (int i = 0; i < original.length; i++) {
            for (int j = 0; j < p; j++) {
                scaled[i][j] = (original[i][j] - center[j]) / scale[j];
            }
        }
    }

    /**
     * Builds an unscaled feature matrix from numeric columns of a table.
     *
     * @throws IllegalArgumentException if a column is unknown, not numeric, has missing values or is constant, or the
     *     table is empty; the message names the column (and row) and the fix
     */
    public static FeatureMatrix of(Table table, String... columns) {
        return of(table, Scaling.NONE, columns);
    }

    /**
     * Builds a feature matrix from numeric columns of a table, rescaled as {@code scaling} says.
     *
     * @throws IllegalArgumentException if a column is unknown, not numeric, has missing values or is constant, or the
     *     table is empty; the message names the column (and row) and the fix
     */
    public static FeatureMatrix of(Table table, Scaling scaling, String... columns) {
        String source = "table '" + table.name() + "'";
        if (columns.length == 0) {
            throw new IllegalArgumentException("choose at least one feature column of " + source
                    + "; numeric columns available: " + numericColumnNames(table));
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(source + " has no rows: there are no customers to segment.");
        }
        List<String> names = List.of(columns);
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("a feature column is named twice in " + names
                    + "; name each column once.");
        }
        double[][] values = new double[table.rowCount()][columns.length];
        for (int j = 0; j < columns.length; j++) {
            NumericColumn<?> column = numericColumn(table, columns[j], source);
            for (int i = 0; i < values.length; i++) {
                double v = column.getDouble(i);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("column '" + columns[j] + "' of " + source + " has "
                            + (Double.isNaN(v) ? "a missing value" : "the value " + v) + " at data row " + (i + 1)
                            + " (" + column.countMissing() + " missing in all). Impute or drop those rows first.");
                }
                values[i][j] = v;
            }
            double first = values[0][j];
            int jj = j;
            if (Arrays.stream(values).allMatch(row -> row[jj] == first)) {
                throw new IllegalArgumentException("column '" + columns[j] + "' of " + source
                        + " is constant (every value is " + first + "): it cannot tell customers apart. "
                        + "Leave it out of the features.");
            }
        }
        return new FeatureMatrix(names, values, scaling);
    }

    private static NumericColumn<?> numericColumn(Table table, String name, String source) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "' in " + source
                    + closestName(name, table.columnNames()) + ". Columns available: " + table.columnNames());
        }
        Column<?> column = table.column(name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + name + "' of " + source + " is "
                    + column.type().name().toLowerCase() + ", not numeric (first value '"
                    + column.getString(0) + "'). Use a numeric column, or encode this one first. Numeric columns: "
                    + numericColumnNames(table));
        }
        return numeric;
    }

    private static List<String> numericColumnNames(Table table) {
        return table.columns().stream().filter(c -> c instanceof NumericColumn<?>).map(Column::name).toList();
    }

    private static String closestName(String wanted, List<String> available) {
        return available.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(wanted.toLowerCase(), candidate.toLowerCase())))
                .filter(best -> editDistance(wanted.toLowerCase(), best.toLowerCase()) <= Math.max(3, wanted.length() / 3)
                        || best.toLowerCase().contains(wanted.toLowerCase()))   // e.g. the name without its unit
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse("");
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static double[] column(double[][] rows, int j) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    /** @return the number of rows (customers) */
    public int rows() {
        return original.length;
    }

    /** @return the number of feature columns */
    public int columns() {
        return names.size();
    }

    /** @return the feature names, in column order */
    public List<String> names() {
        return names;
    }

    /**
     * @return the column index of {@code name}
     * @throws IllegalArgumentException if it is not one of the features, listing those that are
     */
    public int indexOf(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not one of the features " + names
                    + closestName(name, names));
        }
        return index;
    }

    /** @return how the columns were rescaled */
    public Scaling scaling() {
        return scaling;
    }

    /** @return a copy of the values the algorithms see (rescaled), one row per customer */
    public double[][] values() {
        return deepCopy(scaled);
    }

    /** @return a copy of the values in the original units, one row per customer */
    public double[][] originalValues() {
        return deepCopy(original);
    }

    /** @return the value of customer {@code row}, feature {@code column}, in the original units */
    public double originalValue(int row, int column) {
        return original[row][column];
    }

    /** @return a copy of one feature column in the original units */
    public double[] originalColumn(String name) {
        return column(original, indexOf(name));
    }

    /**
     * Maps a point from the scaled space back to the original units: {@code x = z * scale + center} per column.
     *
     * @param point a point in the space of {@link #values()}, one coordinate per feature
     * @return the same point in the original units
     */
    public double[] toOriginalUnits(double[] point) {
        if (point.length != names.size()) {
            throw new IllegalArgumentException("a point needs " + names.size() + " coordinates, got " + point.length);
        }
        double[] x = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            x[j] = point[j] * scale[j] + center[j];
        }
        return x;
    }

    /** @return how many rows are distinct points (identical rows count once) */
    public int distinctRows() {
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] row : original) {
            distinct.add(Arrays.stream(row).map(v -> v + 0.0).boxed().toList());   // + 0.0 turns -0.0 into 0.0
        }
        return distinct.size();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows() + " rows × " + columns() + " features " + names + ", scaling " + scaling + "]";
    }
}
