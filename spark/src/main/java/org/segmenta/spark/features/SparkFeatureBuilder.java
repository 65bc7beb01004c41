package org.segmenta.spark.features;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.stddev_pop;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.segmenta.features.FeatureColumn;
import org.segmenta.features.FeatureMatrixBuilder;
import org.segmenta.features.Imputation;
import org.segmenta.features.Scaling;
import org.segmenta.features.Transform;
import org.segmenta.spark.CustomerColumns;

/**
 * Fits {@link SparkFeatures} on a customer {@link Dataset}, with the options and definitions of the library's
 * {@link FeatureMatrixBuilder}: per numeric column impute → log1p → scale; categorical columns one-hot encoded.
 *
 * <p><b>Why not Spark ML's own transformers.</b> Each step is a Spark SQL aggregate with the library's definition,
 * because Spark ML's transformers define some steps differently, and the features must equal the library's:
 * <ul>
 *   <li>{@code Imputer}'s median is an approximate quantile and a value of the data (no interpolation: of 30 and 50
 *       it gives 30); here the median is Spark's exact {@code percentile(x, 0.5)}, linear interpolation between order
 *       statistics (Hyndman &amp; Fan definition 7, the library's {@code Quantiles}). The mean is {@code avg}; the
 *       mode is the most frequent value, the smallest on ties (as {@link Imputation#mostFrequent});</li>
 *   <li>{@code StandardScaler} divides by the sample standard deviation (divisor n − 1); the library, like
 *       scikit-learn, by the population one (divisor n): here {@code stddev_pop};</li>
 *   <li>{@code RobustScaler}'s quartiles are approximate, uninterpolated quantiles; here they are exact
 *       {@code percentile(x, array(0.25, 0.5, 0.75))};</li>
 *   <li>{@code MinMaxScaler} has the library's definition; {@code min} and {@code max} are used for uniformity.</li>
 * </ul>
 * The exact {@code percentile} holds each distinct value of the column with its count in memory on one executor (a
 * few tens of bytes per distinct value): fine for tens of millions of customers, and needed only for median
 * imputation of a column with gaps and for robust scaling.
 *
 * <p>Every aggregate is over all rows of the Dataset; the Dataset is read four times at most (a summary of every
 * column, fill values, modes of categorical columns, centre and scale). Cache it first if it is expensive to compute.
 */
public final class SparkFeatureBuilder {

    private final List<String> numeric = new ArrayList<>();
    private final List<String> categorical = new ArrayList<>();
    private final Set<String> logColumns = new LinkedHashSet<>();
    private Imputation imputation = Imputation.NONE;
    private Scaling scaling = Scaling.NONE;
    private String outputColumn = SparkFeatures.FEATURES;

    SparkFeatureBuilder() {
    }

    /** Adds numeric feature columns (any Spark numeric type; read as doubles). */
    public SparkFeatureBuilder numeric(String... columns) {
        numeric.addAll(List.of(columns));
        return this;
    }

    /** Adds categorical columns, each one-hot encoded: one 0/1 column {@code "Column=value"} per value, sorted. */
    public SparkFeatureBuilder categorical(String... columns) {
        categorical.addAll(List.of(columns));
        return this;
    }

    /** Applies {@code log1p} to these numeric columns before scaling (values must be greater than −1). */
    public SparkFeatureBuilder log1p(String... columns) {
        logColumns.addAll(List.of(columns));
        return this;
    }

    /** Sets how missing values are filled (default {@link Imputation#NONE}: they are an error). */
    public SparkFeatureBuilder impute(Imputation imputation) {
        this.imputation = imputation;
        return this;
    }

    /** Sets how numeric columns are rescaled (default {@link Scaling#NONE}). */
    public SparkFeatureBuilder scaling(Scaling scaling) {
        this.scaling = scaling;
        return this;
    }

    /** Sets the name of the vector column {@link SparkFeatures#transform} adds (default {@value SparkFeatures#FEATURES}). */
    public SparkFeatureBuilder outputColumn(String name) {
        this.outputColumn = name;
        return this;
    }

    /**
     * Computes fill values, centres, scales and one-hot levels from the customers.
     *
     * @param customers the customers, one row each
     * @return the fitted features
     * @throws IllegalArgumentException naming the column for what the library's builder refuses: no columns, no
     *     rows, a column named twice, an unknown or non-numeric column, missing values without imputation, a column
     *     without any value, infinite values, values ≤ −1 under log1p, a constant column, a categorical column with
     *     a single value, or an interquartile range of 0 under robust scaling
     */
    public SparkFeatures fit(Dataset<Row> customers) {
        List<String> all = new ArrayList<>(numeric);
        all.addAll(categorical);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature column of the customers; columns "
                    + "available: " + List.of(customers.columns()));
        }
        if (all.stream().distinct().count() != all.size()) {
            throw new IllegalArgumentException("a feature column is named twice in " + all + "; name each column once.");
        }
        for (String log : logColumns) {
            if (!numeric.contains(log)) {
                throw new IllegalArgumentException("log1p column '" + log + "' is not one of the numeric features "
                        + numeric + "; add it with numeric(...) or leave it out of log1p.");
            }
        }
        for (String name : numeric) {
            CustomerColumns.requireNumeric(customers, name,
                    "Use a numeric column, or encode this one first (e.g. as categorical).");
        }
        for (String name : categorical) {
            CustomerColumns.require(customers, name);
        }
        ColumnSummary summary = summarise(customers);
        if (summary.rows == 0) {
            throw new IllegalArgumentException("the customers have no rows: there are no customers to segment.");
        }
        Map<String, Double> fills = numericFills(customers, summary);
        Map<String, Map<String, Long>> categoryCounts = new LinkedHashMap<>();
        Map<String, String> categoryFills = new LinkedHashMap<>();
        for (String name : categorical) {
            Map<String, Long> counts = categoryCounts(customers, name, summary.missing.get(name));
            categoryCounts.put(name, counts);
            if (summary.missing.get(name) > 0) {
                categoryFills.put(name, Imputation.mostFrequent(counts));
            }
        }
        Map<String, double[]> centresAndScales = centresAndScales(customers, fills);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String name : numeric) {
            long missing = summary.missing.get(name);
            double[] centreAndScale = centresAndScales.get(name);
            columns.add(new FeatureColumn(name, name, null, transform(name), centreAndScale[0], centreAndScale[1],
                    Math.toIntExact(missing), missing > 0 ? fills.get(name) : Double.NaN));
        }
        for (String name : categorical) {
            int missing = Math.toIntExact(summary.missing.get(name));
            for (String level : new TreeSet<>(categoryCounts.get(name).keySet())) {
                columns.add(new FeatureColumn(name + "=" + level, name, level, Transform.NONE, 0, 1, missing,
                        Double.NaN));
            }
        }
        return new SparkFeatures(columns, categoryFills, summary.rows, imputation, scaling, outputColumn);
    }

    private Transform transform(String name) {
        return logColumns.contains(name) ? Transform.LOG1P : Transform.NONE;
    }

    /** Rows, and per column the missing count; numeric columns checked for values, infinities, constancy, log1p. */
    private ColumnSummary summarise(Dataset<Row> customers) {
        List<Column> aggregates = new ArrayList<>();
        for (String name : numeric) {
            Column value = CustomerColumns.number(name);
            Column infinite = value.equalTo(lit(Double.POSITIVE_INFINITY))
                    .or(value.equalTo(lit(Double.NEGATIVE_INFINITY)));
            aggregates.add(count(value));
            aggregates.add(sum(when(infinite, 1L).otherwise(0L)));
            aggregates.add(min(value));
            aggregates.add(max(value));
        }
        for (String name : categorical) {
            aggregates.add(count(CustomerColumns.category(name)));
        }
        Row row = customers.agg(count(lit(1)), aggregates.toArray(Column[]::new)).first();
        ColumnSummary summary = new ColumnSummary(row.getLong(0));
        if (summary.rows == 0) {
            return summary;
        }
        int i = 1;
        for (String name : numeric) {
            long present = row.getLong(i);
            long infinite = row.getLong(i + 1);
            summary.missing.put(name, summary.rows - present);
            requireUsable(name, summary.rows - present, present == 0, "impute(Imputation.MEDIAN)");
            if (infinite > 0) {
                throw new IllegalArgumentException("column '" + name + "' of the customers has " + infinite
                        + " infinite values; only finite numbers can be clustered. Fix or drop those rows.");
            }
            double smallest = row.getDouble(i + 2);
            double largest = row.getDouble(i + 3);
            if (smallest == largest) {
                throw new IllegalArgumentException("column '" + name + "' of the customers is constant (every value "
                        + "is " + smallest + "): it cannot tell customers apart. Leave it out of the features.");
            }
            if (logColumns.contains(name) && !(smallest > -1)) {
                throw new IllegalArgumentException("column '" + name + "' of the customers has the value " + smallest
                        + ": log1p needs values greater than −1. Leave the column out of log1p, or fix the value.");
            }
            i += 4;
        }
        for (String name : categorical) {
            long present = row.getLong(i++);
            summary.missing.put(name, summary.rows - present);
            requireUsable(name, summary.rows - present, present == 0, "impute(Imputation.MODE)");
        }
        return summary;
    }

    private void requireUsable(String name, long missing, boolean empty, String imputeCall) {
        if (empty) {
            throw new IllegalArgumentException("column '" + name + "' of the customers has no values at all; leave "
                    + "it out.");
        }
        if (missing > 0 && imputation == Imputation.NONE) {
            throw new IllegalArgumentException("column '" + name + "' of the customers has " + missing + " missing "
                    + "values. Impute them (SparkFeatures.builder()." + imputeCall + ") or drop those rows first.");
        }
    }

    /** The value that fills the gaps of each numeric column that has gaps. */
    private Map<String, Double> numericFills(Dataset<Row> customers, ColumnSummary summary) {
        List<String> withGaps = numeric.stream().filter(name -> summary.missing.get(name) > 0).toList();
        Map<String, Double> fills = new LinkedHashMap<>();
        if (withGaps.isEmpty()) {
            return fills;
        }
        if (imputation == Imputation.MODE) {
            for (String name : withGaps) {
                Row mode = customers.select(CustomerColumns.number(name).as("value")).where(col("value").isNotNull())
                        .groupBy("value").count().orderBy(col("count").desc(), col("value").asc()).first();
                fills.put(name, mode.getDouble(0));
            }
            return fills;
        }
        List<Column> aggregates = new ArrayList<>();
        for (String name : withGaps) {
            Column value = CustomerColumns.number(name);
            aggregates.add(imputation == Imputation.MEAN ? avg(value) : percentile(value, lit(0.5)));
        }
        Row row = customers.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .first();
        for (int i = 0; i < withGaps.size(); i++) {
            fills.put(withGaps.get(i), row.getDouble(i));
        }
        return fills;
    }

    /** Every value of a categorical column with its count (gaps left out): a few rows, one per category. */
    private static Map<String, Long> categoryCounts(Dataset<Row> customers, String name, long missing) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row row : customers.select(CustomerColumns.category(name).as("value")).where(col("value").isNotNull())
                .groupBy("value").count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        if (counts.size() < 2) {
            throw new IllegalArgumentException("categorical column '" + name + "' of the customers has a single "
                    + "value ('" + counts.keySet().iterator().next() + "'): it cannot tell customers apart. Leave it "
                    + "out of the features.");
        }
        return counts;
    }

    /** Centre and scale of every numeric column, after filling and the transform, under the chosen scaling. */
    private Map<String, double[]> centresAndScales(Dataset<Row> customers, Map<String, Double> fills) {
        Map<String, double[]> result = new LinkedHashMap<>();
        if (scaling == Scaling.NONE || numeric.isEmpty()) {
            numeric.forEach(name -> result.put(name, new double[] {0, 1}));
            return result;
        }
        List<Column> aggregates = new ArrayList<>();
        for (String name : numeric) {
            Column value = CustomerColumns.number(name);
            Column filled = fills.containsKey(name) ? coalesce(value, lit(fills.get(name))) : value;
            Column transformed = transform(name) == Transform.LOG1P ? functions.log1p(filled) : filled;
            switch (scaling) {
                case STANDARD -> {
                    aggregates.add(avg(transformed));
                    aggregates.add(stddev_pop(transformed));
                }
                case MIN_MAX -> {
                    aggregates.add(min(transformed));
                    aggregates.add(max(transformed));
                }
                case ROBUST -> aggregates.add(percentile(transformed, array(lit(0.25), lit(0.5), lit(0.75))));
                case NONE -> throw new AssertionError("handled above");
            }
        }
        Row row = customers.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .first();
        int i = 0;
        for (String name : numeric) {
            switch (scaling) {
                case STANDARD -> result.put(name, new double[] {row.getDouble(i), row.getDouble(i + 1)});
                case MIN_MAX -> result.put(name, new double[] {row.getDouble(i),
                        row.getDouble(i + 1) - row.getDouble(i)});
                case ROBUST -> {
                    List<Double> quartiles = row.getList(i);
                    double iqr = quartiles.get(2) - quartiles.get(0);
                    if (iqr == 0) {
                        throw new IllegalArgumentException("column '" + name + "' of the customers has an "
                                + "interquartile range of 0 (at least half its values equal " + quartiles.get(1)
                                + "), so robust scaling cannot rescale it. Use Scaling.STANDARD, or leave the column "
                                + "out.");
                    }
                    result.put(name, new double[] {quartiles.get(1), iqr});
                }
                case NONE -> throw new AssertionError("handled above");
            }
            i += scaling == Scaling.ROBUST ? 1 : 2;
        }
        return result;
    }

    /** The row count, and the missing count of every feature column. */
    private static final class ColumnSummary {
        final long rows;
        final Map<String, Long> missing = new LinkedHashMap<>();

        ColumnSummary(long rows) {
            this.rows = rows;
        }
    }
}
