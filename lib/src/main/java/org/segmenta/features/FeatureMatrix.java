package org.segmenta.features;

import java.util.Arrays;
import java.util.List;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The numbers a clustering algorithm sees: chosen columns of a customer table, one row per customer, with missing
 * values filled, categorical columns one-hot encoded, skewed columns log-transformed and numeric columns rescaled, all
 * as the user asked. It remembers how each column was made ({@link #describe()}), so that results can be shown back in
 * the original units ({@link #toOriginalUnits(double[])}).
 *
 * <pre>{@code
 * FeatureMatrix x = FeatureMatrix.of(mall, "Annual Income (k$)", "Spending Score (1-100)");       // unscaled
 * FeatureMatrix z = FeatureMatrix.of(mall, Scaling.STANDARD, "Age", "Annual Income (k$)");      // z-scores
 * FeatureMatrix w = FeatureMatrix.builder(people).numeric("Income").impute(Imputation.MEDIAN)
 *         .log1p("Income").scaling(Scaling.ROBUST).build();                                       // see the builder
 * }</pre>
 *
 * Row i of the matrix is row i of the table. Instances are immutable; accessors return copies, except
 * {@link #readValues}, which lends the values to an algorithm that only reads them.
 */
public final class FeatureMatrix {

    private final String tableName;
    private final List<FeatureColumn> columns;
    private final List<String> names;
    private final int rows;
    /** The values in the original units (after imputation), row-major: feature j of row i at {@code i·p + j}. */
    private final double[] original;
    /** The values the algorithms see, row-major like {@link #original}. */
    private final double[] scaled;
    private final Scaling scaling;
    private final Imputation imputation;

    /**
     * @param original the values in the original units (after imputation), row-major, {@code rows × columns.size()}
     *     of them; kept, not copied (the builder hands over an array it made for this matrix)
     */
    FeatureMatrix(String tableName, List<FeatureColumn> columns, double[] original, int rows, Scaling scaling,
                  Imputation imputation) {
        this.tableName = tableName;
        this.columns = List.copyOf(columns);
        this.names = columns.stream().map(FeatureColumn::name).toList();
        this.scaling = scaling;
        this.imputation = imputation;
        this.rows = rows;
        this.original = original;
        // Unscaled features (Scaling.NONE, no transform) are the original values: keep them once, and make the second
        // array only when some value changes (a million rows × 10 features is 80 MB). Neither array is ever handed
        // out, so sharing is invisible to callers.
        this.scaled = scalingChangesAValue(original, this.columns) ? scaled(original, this.columns) : original;
    }

    /** @return whether some value's scaled form differs from it (bit for bit, as {@code Arrays.equals} compares) */
    private static boolean scalingChangesAValue(double[] original, List<FeatureColumn> columns) {
        int p = columns.size();
        for (int q = 0; q < original.length; q++) {
            double v = original[q];
            if (Double.doubleToLongBits(columns.get(q % p).scale(v)) != Double.doubleToLongBits(v)) {
                return true;
            }
        }
        return false;
    }

    private static double[] scaled(double[] original, List<FeatureColumn> columns) {
        int p = columns.size();
        double[] scaled = new double[original.length];
        for (int q = 0; q < original.length; q++) {
            scaled[q] = columns.get(q % p).scale(original[q]);
        }
        return scaled;
    }

    /** @return a builder for a feature matrix from {@code table}, with imputation, one-hot encoding and transforms */
    public static FeatureMatrixBuilder builder(Table table) {
        return new FeatureMatrixBuilder(table);
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
        return builder(table).numeric(columns).scaling(scaling).build();
    }

    /** @return the number of rows (customers) */
    public int rows() {
        return rows;
    }

    /** @return the number of feature columns (one-hot columns counted one by one) */
    public int columns() {
        return names.size();
    }

    /** @return the feature names, in column order */
    public List<String> names() {
        return names;
    }

    /** @return how each feature column was made, in column order */
    public List<FeatureColumn> featureColumns() {
        return columns;
    }

    /**
     * @return the column index of {@code name}
     * @throws IllegalArgumentException if it is not one of the features, listing those that are
     */
    public int indexOf(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not one of the features " + names
                    + ColumnSuggestions.didYouMean(name, names));
        }
        return index;
    }

    /** @return how the numeric columns were rescaled */
    public Scaling scaling() {
        return scaling;
    }

    /** @return how missing values were filled */
    public Imputation imputation() {
        return imputation;
    }

    /** @return a copy of the values the algorithms see (imputed, transformed, rescaled), one row per customer */
    public double[][] values() {
        return rowsOf(scaled);
    }

    /** @return the value of customer {@code row}, feature {@code column}, as the algorithms see it (no copy made) */
    public double value(int row, int column) {
        return scaled[row * names.size() + column];
    }

    /**
     * The same numbers as {@link #values()} in one array, row after row ({@code values()[i][j]} is element
     * {@code i·columns() + j}): the layout fast algorithms stream through. A copy.
     *
     * @return a new array of {@code rows() × columns()} values, row-major
     */
    public double[] flatValues() {
        return scaled.clone();
    }

    /**
     * Reads the values the algorithms see without copying them: {@code reader} gets the matrix's own row-major array
     * (the numbers of {@link #flatValues()}, feature j of row i at {@code i·columns() + j}), with {@link #rows()} and
     * {@link #columns()}. For algorithms that stream through large matrices, where a copy of {@code n × p} numbers
     * would cost as much memory and time as the algorithm; everyone else should use {@link #flatValues()}.
     *
     * <p>Contract: the reader must not change the array. It may keep it, since a matrix never changes its values.
     *
     * @param reader what to do with the values, e.g. {@code RowMajorPoints::new}
     * @return what {@code reader} returns
     */
    public <R> R readValues(ValuesReader<R> reader) {
        return reader.read(scaled, rows, names.size());
    }

    /**
     * Something that reads the values of a {@link FeatureMatrix} in place; see {@link FeatureMatrix#readValues}.
     *
     * @param <R> what it makes of them
     */
    @FunctionalInterface
    public interface ValuesReader<R> {

        /**
         * @param values the values the algorithms see, row-major, {@code rows × columns} of them; read them only
         * @param rows the number of rows (customers)
         * @param columns the number of feature columns
         * @return what the reader makes of them
         */
        R read(double[] values, int rows, int columns);
    }

    /** @return a copy of the values in the original units (after imputation), one row per customer */
    public double[][] originalValues() {
        return rowsOf(original);
    }

    /** @return the value of customer {@code row}, feature {@code column}, in the original units (no copy made) */
    public double originalValue(int row, int column) {
        return original[row * names.size() + column];
    }

    /** @return a copy of one feature column in the original units */
    public double[] originalColumn(String name) {
        int j = indexOf(name);
        int p = names.size();
        double[] column = new double[rows];
        for (int i = 0; i < rows; i++) {
            column[i] = original[i * p + j];
        }
        return column;
    }

    /**
     * Maps a point from the space the algorithms see back to the original units: per column, undo the scaling
     * ({@code z·scale + center}) and then the transform (e.g. {@code expm1}).
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
            x[j] = columns.get(j).unscale(point[j]);
        }
        return x;
    }

    /** @return how many rows are distinct points (identical rows count once) */
    public int distinctRows() {
        return distinctRowsUpTo(rows);
    }

    /**
     * Counts distinct rows (identical rows count once; {@code -0.0} equals {@code 0.0}), stopping as soon as
     * {@code limit} are found: "are there at least k distinct customers?" usually reads a handful of rows.
     *
     * <p>Rows are hashed in place into an open-addressing table of row numbers (4 bytes per slot, at most twice as
     * many slots as rows); no row is copied or boxed.
     *
     * @param limit the count at which to stop, at least 1
     * @return the number of distinct rows if it is below {@code limit}, else {@code limit}
     */
    public int distinctRowsUpTo(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        int p = names.size();
        int wanted = Math.min(limit, rows);
        // a power of two at least twice the rows looked at (at most 2^30: a table of rows × columns doubles has fewer
        // than 2^31 values, and matrices of more than 2^29 rows are beyond any customer table)
        int slots = (int) Math.min(1L << 30, Long.highestOneBit(2L * Math.max(2, wanted) - 1) << 1);
        int[] table = new int[slots];
        Arrays.fill(table, -1);
        int mask = slots - 1;
        int distinct = 0;
        for (int i = 0; i < rows && distinct < wanted; i++) {
            int slot = rowHash(i, p) & mask;
            while (table[slot] >= 0 && !sameRow(table[slot], i, p)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] < 0) {
                table[slot] = i;
                distinct++;
            }
        }
        return distinct;
    }

    private int rowHash(int row, int p) {
        int hash = 1;
        for (int j = 0; j < p; j++) {
            // + 0.0 turns -0.0 into 0.0, which is the same point
            long bits = Double.doubleToLongBits(scaled[row * p + j] + 0.0);
            hash = 31 * hash + (int) (bits ^ (bits >>> 32));
        }
        // spread the bits, so that rows differing only in low bits do not crowd one run of slots
        hash *= 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }

    private boolean sameRow(int a, int b, int p) {
        for (int j = 0; j < p; j++) {
            if (scaled[a * p + j] != scaled[b * p + j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return one row per feature: its source column, transform, imputed count and fill value, and the center and
     *     scale subtracted and divided by — what a reader needs to reproduce the matrix
     */
    public Table describe() {
        return describe(tableName, rows, imputation, scaling, columns);
    }

    /**
     * The table {@link #describe()} shows, for feature columns made elsewhere (e.g. on Spark, where the matrix itself
     * never comes to one machine).
     *
     * @param tableName the customer table's name, for the caption
     * @param rows the number of customers
     * @param imputation how missing values were filled
     * @param scaling how numeric columns were rescaled
     * @param columns how each feature column was made, in column order
     * @return one row per feature, as {@link #describe()}
     */
    public static Table describe(String tableName, long rows, Imputation imputation, Scaling scaling,
            List<FeatureColumn> columns) {
        StringColumn feature = StringColumn.create("Feature");
        StringColumn source = StringColumn.create("From column");
        StringColumn how = StringColumn.create("Encoding");
        IntColumn imputed = IntColumn.create("Imputed");
        DoubleColumn fill = DoubleColumn.create("Filled with");
        DoubleColumn center = DoubleColumn.create("Center");
        DoubleColumn scale = DoubleColumn.create("Scale");
        for (FeatureColumn column : columns) {
            feature.append(column.name());
            source.append(column.source());
            how.append(column.isOneHot() ? "one-hot" : column.transform() == Transform.LOG1P ? "log1p, " + scaling
                    : scaling.toString());
            imputed.append(column.imputed());
            fill.append(column.fillValue());
            center.append(column.center());
            scale.append(column.scale());
        }
        for (DoubleColumn numbers : new DoubleColumn[] {fill, center, scale}) {
            numbers.setPrintFormatter(Decimals.column(4));
        }
        return Table.create("Features of " + tableName + " (" + rows + " customers, imputation " + imputation + ")",
                feature, source, how, imputed, fill, center, scale);
    }

    private double[][] rowsOf(double[] flat) {
        int p = names.size();
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = Arrays.copyOfRange(flat, i * p, i * p + p);
        }
        return copy;
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows() + " rows × " + columns() + " features " + names + ", scaling " + scaling + "]";
    }
}
