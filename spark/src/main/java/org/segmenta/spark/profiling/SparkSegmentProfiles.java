package org.segmenta.spark.profiling;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.stddev_pop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.segmenta.profiling.NumericSummary;
import org.segmenta.profiling.SegmentAggregates;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.spark.CustomerColumns;

/**
 * Segment profiles of labelled customers in a Spark {@link Dataset}: Spark aggregates every segment (size, and per
 * column the library's {@link NumericSummary} or category counts) and only those few numbers come to the driver, where
 * they make the library's {@link SegmentProfiles} ({@link SegmentProfiles#of(SegmentAggregates)}). Names
 * ({@code SegmentNamer}), profile cards, the playbook and the report then work on them as on one machine.
 *
 * <pre>{@code
 * SegmentProfiles profiles = SparkSegmentProfiles.of(labelled, "segment")
 *         .numeric("Age", "Annual Income (k$)", "Spending Score (1-100)").categorical("Gender")
 *         .describedAs("mall customers", "k-means (Spark MLlib), k = 5")
 *         .profiles();
 * SegmentNames names = SegmentNamer.by("Annual Income (k$)", "income").name(profiles);
 * }</pre>
 *
 * <p><b>Definitions.</b> As {@link NumericSummary} (missing values, null or NaN, skipped and counted): count, mean
 * ({@code avg}), population standard deviation ({@code stddev_pop}, divisor n), minimum and maximum are exact, equal
 * to the library's up to rounding (summing in another order). Medians and tertiles are quantiles:
 * <ul>
 *   <li>with a {@link #relativeError(double) relative error} ε &gt; 0 (default {@value #DEFAULT_RELATIVE_ERROR}), by
 *       Spark's {@code percentile_approx} with accuracy ⌈1/ε⌉ (Greenwald–Khanna summaries): the value returned is one
 *       of the segment's values whose rank r (1 to n) satisfies ⌊(p − ε)·n⌋ ≤ r ≤ ⌈(p + ε)·n⌉ — memory per segment
 *       and column O(1/ε), whatever n;</li>
 *   <li>with ε = 0, by Spark's exact {@code percentile}: linear interpolation between order statistics, Hyndman &amp;
 *       Fan definition 7, the library's {@code Quantiles}; it holds each distinct value with its count in memory on
 *       one executor per segment.</li>
 * </ul>
 * Names judge segment means against the population's tertiles, so with ε &gt; 0 a segment whose mean lies within the
 * tertile's rank error of it could get another level than on one machine; ε = 0 gives the library's names exactly.
 * Category values are the cells as text; null and empty cells are missing.
 *
 * <p>The Dataset is read once for the numeric columns and the sizes (one {@code ROLLUP} over the segment column:
 * every segment and all customers together) and once per categorical column.
 */
public final class SparkSegmentProfiles {

    /** The default relative error of medians and tertiles: that of Spark's {@code percentile_approx} (accuracy 10⁴). */
    public static final double DEFAULT_RELATIVE_ERROR = 1e-4;

    private static final String SEGMENT = "__segmenta_segment";
    private static final String ALL = "__segmenta_all";

    private final Dataset<Row> labelled;
    private final String segmentColumn;
    private final List<String> numeric = new ArrayList<>();
    private final List<String> categorical = new ArrayList<>();
    private double relativeError = DEFAULT_RELATIVE_ERROR;
    private String tableName = "customers";
    private String method;

    private SparkSegmentProfiles(Dataset<Row> labelled, String segmentColumn) {
        this.labelled = labelled;
        this.segmentColumn = segmentColumn;
        this.method = "segments of column '" + segmentColumn + "'";
    }

    /**
     * @param labelled the customers, one row each, with their segment
     * @param segmentColumn an integer column holding each customer's segment index, {@code 0 .. k-1} (Segment 1 is 0),
     *     every segment holding at least one customer
     * @return profiles to configure, then compute with {@link #profiles()} or {@link #aggregates()}
     */
    public static SparkSegmentProfiles of(Dataset<Row> labelled, String segmentColumn) {
        return new SparkSegmentProfiles(labelled, segmentColumn);
    }

    /** Adds numeric columns to summarise (mean, median, tertiles, lift, standardised difference). */
    public SparkSegmentProfiles numeric(String... columns) {
        numeric.addAll(List.of(columns));
        return this;
    }

    /** Adds columns whose values are categories (text, or codes such as 0/1), profiled by their shares. */
    public SparkSegmentProfiles categorical(String... columns) {
        categorical.addAll(List.of(columns));
        return this;
    }

    /**
     * Sets the relative error ε of medians and tertiles (see the class description).
     *
     * @param relativeError 0 for exact quantiles, else at least 1/{@link Integer#MAX_VALUE} and below 1
     * @throws IllegalArgumentException outside that range
     */
    public SparkSegmentProfiles relativeError(double relativeError) {
        if (!(relativeError == 0 || (relativeError >= 1.0 / Integer.MAX_VALUE && relativeError < 1))) {
            throw new IllegalArgumentException("the relative error of medians and tertiles must be 0 (exact) or "
                    + "between 1/" + Integer.MAX_VALUE + " and 1, got " + relativeError + "; e.g. 1e-4.");
        }
        this.relativeError = relativeError;
        return this;
    }

    /**
     * @param tableName the customers' name, for captions
     * @param method how the segments were made (e.g. "k-means (Spark MLlib), k = 5"), for captions
     */
    public SparkSegmentProfiles describedAs(String tableName, String method) {
        this.tableName = tableName;
        this.method = method;
        return this;
    }

    /** @return the relative error of medians and tertiles, 0 when they are exact */
    public double relativeError() {
        return relativeError;
    }

    /**
     * @return the profiles, made by the library from {@link #aggregates()}
     * @throws IllegalArgumentException as {@link #aggregates()}
     */
    public SegmentProfiles profiles() {
        return SegmentProfiles.of(aggregates());
    }

    /**
     * Computes the aggregates with Spark.
     *
     * @return sizes, numeric summaries and category counts per segment, ready for
     *     {@link SegmentProfiles#of(SegmentAggregates)}
     * @throws IllegalArgumentException naming the column if no column is chosen, a column is unknown, named twice or
     *     (as numeric) not numeric, the segment column is not an integer column, or the segments found are not
     *     {@code 0 .. k-1} (a missing label, a negative one, or a gap)
     */
    public SegmentAggregates aggregates() {
        check();
        Column segment = CustomerColumns.named(segmentColumn).cast(DataTypes.LongType);
        List<Column> aggregates = new ArrayList<>(List.of(grouping(col(SEGMENT)).as(ALL)));
        for (String name : numeric) {
            Column value = CustomerColumns.number(name);
            aggregates.add(count(value));
            aggregates.add(avg(value));
            aggregates.add(stddev_pop(value));
            aggregates.add(quantiles(value));
            aggregates.add(min(value));
            aggregates.add(max(value));
        }
        List<Row> rows = labelled.withColumn(SEGMENT, segment).rollup(col(SEGMENT))
                .agg(count(lit(1)), aggregates.toArray(Column[]::new)).collectAsList();
        Map<Integer, Row> bySegment = new TreeMap<>();
        Row all = null;
        for (Row row : rows) {
            if (row.getByte(2) == 1) {
                all = row;
            } else if (row.isNullAt(0)) {
                throw new IllegalArgumentException(row.getLong(1) + " customers have no segment (null in column '"
                        + segmentColumn + "'); label every customer, or leave those out first.");
            } else {
                bySegment.put(label(row.getLong(0)), row);
            }
        }
        List<Integer> sizes = sizes(bySegment, all);
        List<SegmentAggregates.NumericSummaries> summaries = new ArrayList<>();
        for (int c = 0; c < numeric.size(); c++) {
            List<NumericSummary> perSegment = new ArrayList<>();
            for (Row row : bySegment.values()) {
                perSegment.add(summary(row, c));
            }
            summaries.add(new SegmentAggregates.NumericSummaries(numeric.get(c), summary(all, c), perSegment));
        }
        List<SegmentAggregates.CategoryCounts> counts = new ArrayList<>();
        for (String name : categorical) {
            counts.add(categoryCounts(name, segment, sizes.size()));
        }
        return new SegmentAggregates(tableName, method, sizes, summaries, counts);
    }

    private void check() {
        if (numeric.isEmpty() && categorical.isEmpty()) {
            throw new IllegalArgumentException("choose at least one column to profile; columns of the customers: "
                    + List.of(labelled.columns()));
        }
        CustomerColumns.require(labelled, segmentColumn);
        DataType type = labelled.schema().apply(segmentColumn).dataType();
        if (!(type instanceof IntegerType || type instanceof LongType || type instanceof ShortType
                || type instanceof ByteType)) {
            throw new IllegalArgumentException("the segment column '" + segmentColumn + "' is " + type.simpleString()
                    + "; it must hold segment indices 0..k-1 as integers (MLlib's k-means prediction column does).");
        }
        List<String> seen = new ArrayList<>();
        for (String name : numeric) {
            CustomerColumns.requireNumeric(labelled, name, "It has no mean: profile it as a categorical column "
                    + "instead.");
            seen.add(name);
        }
        for (String name : categorical) {
            CustomerColumns.require(labelled, name);
            if (seen.contains(name)) {
                throw new IllegalArgumentException("column '" + name + "' is named twice; profile each column once, "
                        + "either as numeric or as categorical.");
            }
            seen.add(name);
        }
    }

    /** Median, lower and upper tertile, as an array, exact or approximate. */
    private Column quantiles(Column value) {
        Column probabilities = array(lit(0.5), lit(1.0 / 3), lit(2.0 / 3));
        return relativeError == 0 ? percentile(value, probabilities)
                : percentile_approx(value, probabilities, lit((int) Math.ceil(1 / relativeError)));
    }

    private int label(long label) {
        if (label < 0 || label > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("column '" + segmentColumn + "' holds the segment " + label
                    + "; segments are numbered 0..k-1.");
        }
        return (int) label;
    }

    private List<Integer> sizes(Map<Integer, Row> bySegment, Row all) {
        if (all == null || bySegment.isEmpty()) {
            throw new IllegalArgumentException("the customers have no rows: there are no segments to profile.");
        }
        List<Integer> labels = new ArrayList<>(bySegment.keySet());
        if (labels.get(labels.size() - 1) != labels.size() - 1) {
            throw new IllegalArgumentException("column '" + segmentColumn + "' holds the segments " + labels
                    + "; they must be numbered 0..k-1 without gaps (every segment at least one customer).");
        }
        List<Integer> sizes = new ArrayList<>();
        for (Row row : bySegment.values()) {
            sizes.add(toInt(row.getLong(1), "customers in a segment"));
        }
        return sizes;
    }

    /** The {@link NumericSummary} of numeric column {@code c} in an aggregated row. */
    private static NumericSummary summary(Row row, int c) {
        int at = 3 + 6 * c;
        long size = row.getLong(1);
        long present = row.getLong(at);
        if (present == 0) {
            return new NumericSummary(0, toInt(size, "missing values"), Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> quantiles = row.getList(at + 3);
        return new NumericSummary(toInt(present, "values"), toInt(size - present, "missing values"),
                row.getDouble(at + 1), row.getDouble(at + 2), quantiles.get(0), quantiles.get(1), quantiles.get(2),
                row.getDouble(at + 4), row.getDouble(at + 5));
    }

    private SegmentAggregates.CategoryCounts categoryCounts(String name, Column segment, int k) {
        List<Map<String, Integer>> perSegment = new ArrayList<>();
        Integer[] missing = new Integer[k];
        for (int s = 0; s < k; s++) {
            perSegment.add(new LinkedHashMap<>());
            missing[s] = 0;
        }
        for (Row row : labelled.groupBy(segment.as(SEGMENT), CustomerColumns.category(name).as("value")).count()
                .collectAsList()) {
            int s = (int) row.getLong(0);
            int count = toInt(row.getLong(2), "customers with one value");
            if (row.isNullAt(1)) {
                missing[s] = count;
            } else {
                perSegment.get(s).put(row.getString(1), count);
            }
        }
        return new SegmentAggregates.CategoryCounts(name, perSegment, List.of(missing));
    }

    private static int toInt(long count, String what) {
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " " + what + " are more than profiles count ("
                    + Integer.MAX_VALUE + "); profile a sample, or fewer customers at a time.");
        }
        return (int) count;
    }
}
