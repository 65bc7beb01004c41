package org.segmenta.features;

import java.util.ArrayList;
import org.segmenta.statistics.Quantiles;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a {@link FeatureMatrix} from a customer table, step by step and explicitly:
 *
 * <pre>{@code
 * FeatureMatrix x = FeatureMatrix.builder(people)
 *         .numeric("Income", "Age", "Total spend")
 *         .categorical("Education")            // one 0/1 column per category
 *         .impute(Imputation.MEDIAN)           // say how gaps are filled; the default refuses them
 *         .log1p("Income", "Total spend")      // tame long right tails before scaling
 *         .scaling(Scaling.STANDARD)
 *         .build();
 * }</pre>
 *
 * Order of work per numeric column: impute → transform → scale. The table is never modified.
 */
public final class FeatureMatrixBuilder {

    private final Table table;
    private final List<String> numeric = new ArrayList<>();
    private final List<String> categorical = new ArrayList<>();
    private final Set<String> logColumns = new LinkedHashSet<>();
    private Imputation imputation = Imputation.NONE;
    private Scaling scaling = Scaling.NONE;

    FeatureMatrixBuilder(Table table) {
        this.table = table;
    }

    /** Adds numeric feature columns. */
    public FeatureMatrixBuilder numeric(String... columns) {
        numeric.addAll(List.of(columns));
        return this;
    }

    /** Adds categorical columns, each one-hot encoded: one 0/1 column {@code "Column=value"} per value, sorted. */
    public FeatureMatrixBuilder categorical(String... columns) {
        categorical.addAll(List.of(columns));
        return this;
    }

    /** Applies {@code log1p} to these numeric columns before scaling (values must be greater than −1). */
    public FeatureMatrixBuilder log1p(String... columns) {
        logColumns.addAll(List.of(columns));
        return this;
    }

    /** Sets how missing values are filled (default {@link Imputation#NONE}: they are an error). */
    public FeatureMatrixBuilder impute(Imputation imputation) {
        this.imputation = imputation;
        return this;
    }

    /** Sets how numeric columns are rescaled (default {@link Scaling#NONE}). */
    public FeatureMatrixBuilder scaling(Scaling scaling) {
        this.scaling = scaling;
        return this;
    }

    /**
     * @return the feature matrix
     * @throws IllegalArgumentException naming the table, column and row for: no columns, an empty table, a column
     *     named twice, an unknown or non-numeric column, missing values without imputation, non-finite values, values
     *     ≤ −1 under log1p, a constant column, or a zero spread under the chosen scaling
     */
    public FeatureMatrix build() {
        String source = "table '" + table.name() + "'";
        List<String> all = new ArrayList<>(numeric);
        all.addAll(categorical);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature column of " + source
                    + "; numeric columns available: " + numericColumnNames(table));
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(source + " has no rows: there are no customers to segment.");
        }
        if (all.stream().distinct().count() != all.size()) {
            throw new IllegalArgumentException("a feature column is named twice in " + all + "; name each column once.");
        }
        for (String log : logColumns) {
            if (!numeric.contains(log)) {
                throw new IllegalArgumentException("log1p column '" + log + "' is not one of the numeric features "
                        + numeric + ColumnSuggestions.didYouMean(log, numeric));
            }
        }
        int n = table.rowCount();
        // The matrix is written column by column into its one row-major array; no column is kept beside it (at a
        // million rows × 10 features every extra copy is 80 MB). So the numeric columns are read twice: first to
        // check them and find their centre and scale (in column order, so the first bad column is the one named),
        // then, once the number of one-hot columns is known too, into the array.
        List<FeatureColumn> columns = new ArrayList<>();
        for (String name : numeric) {
            double[] values = numericValues(name, source);
            Transform transform = logColumns.contains(name) ? Transform.LOG1P : Transform.NONE;
            double[] transformed = transform == Transform.NONE ? values : new double[n];
            for (int i = 0; i < n && transform != Transform.NONE; i++) {
                if (!(values[i] > -1)) {
                    throw new IllegalArgumentException("column '" + name + "' of " + source + " has the value "
                            + values[i] + " at data row " + (i + 1) + ": log1p needs values greater than −1. "
                            + "Leave the column out of log1p, or fix the value.");
                }
                transformed[i] = transform.apply(values[i]);
            }
            double[] centerAndScale = centerAndScale(transformed, name, source);
            int imputed = (int) table.column(name).countMissing();
            columns.add(new FeatureColumn(name, name, null, transform, centerAndScale[0], centerAndScale[1], imputed,
                    imputed > 0 ? fillValue(table.column(name)) : Double.NaN));
        }
        List<String[]> categoryColumns = new ArrayList<>();
        for (String name : categorical) {
            String[] values = categoryValues(name, source);
            Set<String> levels = new java.util.TreeSet<>(Arrays.asList(values));
            if (levels.size() < 2) {
                throw new IllegalArgumentException("categorical column '" + name + "' of " + source
                        + " has a single value ('" + levels.iterator().next()
                        + "'): it cannot tell customers apart. Leave it out of the features.");
            }
            int imputed = table.column(name).countMissing();
            for (String level : levels) {
                columns.add(new FeatureColumn(name + "=" + level, name, level, Transform.NONE, 0, 1, imputed,
                        Double.NaN));
            }
            categoryColumns.add(values);
        }
        int p = columns.size();
        double[] original = new double[Math.multiplyExact(n, p)];
        int j = 0;
        for (String name : numeric) {
            double[] values = numericValues(name, source);
            for (int i = 0; i < n; i++) {
                original[i * p + j] = values[i];
            }
            j++;
        }
        for (String[] values : categoryColumns) {
            // The one-hot columns of this categorical column follow each other, one per level, in level order.
            String from = columns.get(j).source();
            for (; j < p && columns.get(j).source().equals(from); j++) {
                String level = columns.get(j).oneHotLevel();
                for (int i = 0; i < n; i++) {
                    original[i * p + j] = values[i].equals(level) ? 1 : 0;
                }
            }
        }
        return new FeatureMatrix(table.name(), columns, original, n, scaling, imputation);
    }

    private double[] numericValues(String name, String source) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "' in " + source
                    + ColumnSuggestions.didYouMean(name, table.columnNames()) + ". Columns available: "
                    + table.columnNames());
        }
        Column<?> column = table.column(name);
        if (!(column instanceof NumericColumn<?> numericColumn)) {
            throw new IllegalArgumentException("column '" + name + "' of " + source + " is "
                    + column.type().name().toLowerCase() + ", not numeric (first value '"
                    + column.getString(0) + "'). Use a numeric column, or encode this one first (e.g. as categorical). "
                    + "Numeric columns: " + numericColumnNames(table));
        }
        int missing = numericColumn.countMissing();
        if (missing == numericColumn.size()) {
            throw new IllegalArgumentException("column '" + name + "' of " + source
                    + " has no values at all; leave it out.");
        }
        double fill = Double.NaN;
        if (missing > 0) {
            if (imputation == Imputation.NONE) {
                int first = 0;
                while (!numericColumn.isMissing(first)) {
                    first++;
                }
                throw new IllegalArgumentException("column '" + name + "' of " + source + " has a missing value at "
                        + "data row " + (first + 1) + " (" + missing + " missing in all). Impute or drop those rows "
                        + "first: builder(table).impute(Imputation.MEDIAN), or MissingValues.dropRows(table, ...).");
            }
            fill = fillValue(numericColumn);
        }
        double[] values = new double[numericColumn.size()];
        for (int i = 0; i < values.length; i++) {
            double v = numericColumn.isMissing(i) ? fill : numericColumn.getDouble(i);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("column '" + name + "' of " + source + " has the value " + v
                        + " at data row " + (i + 1) + "; only finite numbers can be clustered. Fix or drop that row.");
            }
            values[i] = v;
        }
        double first = values[0];
        if (Arrays.stream(values).allMatch(v -> v == first)) {
            throw new IllegalArgumentException("column '" + name + "' of " + source + " is constant (every value is "
                    + first + "): it cannot tell customers apart. Leave it out of the features.");
        }
        return values;
    }

    /** The value that fills gaps of a numeric column under the chosen imputation. */
    private double fillValue(Column<?> column) {
        NumericColumn<?> numericColumn = (NumericColumn<?>) column;
        double[] present = java.util.stream.IntStream.range(0, numericColumn.size())
                .filter(i -> !numericColumn.isMissing(i)).mapToDouble(numericColumn::getDouble).toArray();
        return switch (imputation) {
            case MEAN -> Arrays.stream(present).average().orElseThrow();
            case MEDIAN -> Quantiles.median(present);
            case MODE -> mostFrequent(Arrays.stream(present).boxed().toList());
            case NONE -> Double.NaN;
        };
    }

    /** The most frequent of {@code values}, as {@link Imputation#mostFrequent} chooses it. */
    private static <T extends Comparable<? super T>> T mostFrequent(List<T> values) {
        Map<T, Integer> counts = new TreeMap<>();
        for (T v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return Imputation.mostFrequent(counts);
    }

    private String[] categoryValues(String name, String source) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "' in " + source
                    + ColumnSuggestions.didYouMean(name, table.columnNames()) + ". Columns available: "
                    + table.columnNames());
        }
        Column<?> column = table.column(name);
        int missing = column.countMissing();
        if (missing == column.size()) {
            throw new IllegalArgumentException("categorical column '" + name + "' of " + source
                    + " has no values at all; leave it out.");
        }
        String fill = null;
        if (missing > 0) {
            if (imputation == Imputation.NONE) {
                int first = 0;
                while (!column.isMissing(first)) {
                    first++;
                }
                throw new IllegalArgumentException("categorical column '" + name + "' of " + source + " has a missing "
                        + "value at data row " + (first + 1) + " (" + missing + " missing in all). Impute them "
                        + "(builder(table).impute(Imputation.MODE)) or drop those rows first.");
            }
            List<String> present = new ArrayList<>();
            for (int i = 0; i < column.size(); i++) {
                if (!column.isMissing(i)) {
                    present.add(column.getString(i));
                }
            }
            fill = mostFrequent(present);
        }
        String[] values = new String[column.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.isMissing(i) ? fill : column.getString(i);
        }
        return values;
    }

    /** Center and scale of one (transformed) numeric column under the chosen scaling. */
    private double[] centerAndScale(double[] values, String name, String source) {
        return switch (scaling) {
            case NONE -> new double[] {0, 1};
            case STANDARD -> {
                double mean = Arrays.stream(values).average().orElseThrow();
                double sumSquares = 0;
                for (double v : values) {
                    sumSquares += (v - mean) * (v - mean);
                }
                yield new double[] {mean, Math.sqrt(sumSquares / values.length)};
            }
            case MIN_MAX -> {
                double min = Arrays.stream(values).min().orElseThrow();
                yield new double[] {min, Arrays.stream(values).max().orElseThrow() - min};
            }
            case ROBUST -> {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                double iqr = Quantiles.ofSorted(sorted, 0.75) - Quantiles.ofSorted(sorted, 0.25);
                if (iqr == 0) {
                    throw new IllegalArgumentException("column '" + name + "' of " + source + " has an interquartile "
                            + "range of 0 (at least half its values equal " + Quantiles.ofSorted(sorted, 0.5)
                            + "), so robust scaling cannot rescale it. Use Scaling.STANDARD, or leave the column out.");
                }
                yield new double[] {Quantiles.ofSorted(sorted, 0.5), iqr};
            }
        };
    }

    private static List<String> numericColumnNames(Table table) {
        return table.columns().stream().filter(c -> c instanceof NumericColumn<?>).map(Column::name).toList();
    }
}
