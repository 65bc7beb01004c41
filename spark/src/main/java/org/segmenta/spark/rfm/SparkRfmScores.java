package org.segmenta.spark.rfm;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;

/**
 * The RFM scores of {@link RfmScores} and the segment names of an {@link RfmSegmentMap}, computed by Spark on a
 * customer Dataset, with exactly the library's rules: with n customers, F and M score = 1 + floor(5 × (customers with a
 * strictly smaller value) / n), R score = 1 + floor(5 × (customers with a strictly larger recency) / n), so that tied
 * values share a score; FM = (F + M + 1) div 2; the cell is the text R, F, M; the segment is the map's for (R, FM).
 *
 * <p><b>How, without gathering the customers.</b> SQL's {@code 1 + floor(5 * (rank() OVER (ORDER BY x) - 1) / n)} is
 * the exact rule (rank counts the strictly smaller values, ties share it), but a window without a partition puts every
 * customer in one task. The score only depends on four order statistics: a value has at least m strictly smaller
 * values exactly when it is above the m-th smallest value x<sub>(m)</sub>, and floor(5c / n) ≥ k exactly when c ≥
 * m<sub>k</sub> = ⌈k n / 5⌉, so score(x) = 1 + #{k = 1..4 : x &gt; x<sub>(m<sub>k</sub>)</sub>} (recency: 1 + #{k :
 * x &lt; the m<sub>k</sub>-th largest}, i.e. the same rule on the negated recency, as the library computes it). The
 * order statistics of the three columns are found in one Spark job from the distinct values and their counts (a
 * running count over each column's distinct values, one task per column: few rows for recency and frequency, as many
 * as the distinct spends for monetary); twelve numbers come back to the driver, and the scores are a projection of the
 * customer Dataset.
 */
public final class SparkRfmScores {

    private static final int QUINTILES = 5;
    private static final String VALUE = "segmenta_rfm_value";
    private static final String LINES = "segmenta_rfm_count";
    private static final String THROUGH = "segmenta_rfm_through";
    private static final String WHICH = "segmenta_rfm_column";

    private SparkRfmScores() {
    }

    /**
     * Scores the customers from the columns {@value RfmScores#RECENCY}, {@value RfmScores#FREQUENCY} and
     * {@value RfmScores#MONETARY}.
     *
     * @see #score(Dataset, String, String, String)
     */
    public static Dataset<Row> score(Dataset<Row> customers) {
        return score(customers, RfmScores.RECENCY, RfmScores.FREQUENCY, RfmScores.MONETARY);
    }

    /**
     * Scores the customers as {@link RfmScores#score(tech.tablesaw.api.Table, String, String, String)} does.
     *
     * @param customers one row per customer
     * @param recency the numeric column of days since the last purchase
     * @param frequency the numeric column of orders
     * @param monetary the numeric column of total spend
     * @return the customers with the int columns {@value RfmScores#R_SCORE}, {@value RfmScores#F_SCORE},
     *     {@value RfmScores#M_SCORE}, {@value RfmScores#FM_SCORE} and the text column {@value RfmScores#RFM_CELL} added
     * @throws IllegalArgumentException as the library's does: a column unknown or not numeric, a value missing, not
     *     finite or (recency, frequency) negative, fewer than {@value RfmScores#MIN_CUSTOMERS} customers, or a score
     *     column already there
     */
    public static Dataset<Row> score(Dataset<Row> customers, String recency, String frequency, String monetary) {
        for (String output : new String[] {RfmScores.R_SCORE, RfmScores.F_SCORE, RfmScores.M_SCORE,
                RfmScores.FM_SCORE, RfmScores.RFM_CELL}) {
            if (Arrays.asList(customers.columns()).contains(output)) {
                throw new IllegalArgumentException("the customers already have a column '" + output + "'; score the "
                        + "customer table before scoring, or drop the old scores with .drop(\"" + output + "\").");
            }
        }
        requireNumeric(customers, recency, "recency (days since the last purchase)");
        requireNumeric(customers, frequency, "frequency (number of orders)");
        requireNumeric(customers, monetary, "monetary value (total spend)");
        long n = checkedCount(customers, recency, frequency, monetary);
        Column[] values = {col(quoted(recency)).cast(DataTypes.DoubleType).multiply(-1),
            col(quoted(frequency)).cast(DataTypes.DoubleType), col(quoted(monetary)).cast(DataTypes.DoubleType)};
        double[][] statistics = orderStatistics(customers, values, n);
        Column r = scored(values[0], statistics[0]);
        Column f = scored(values[1], statistics[1]);
        Column m = scored(values[2], statistics[2]);
        return customers.withColumn(RfmScores.R_SCORE, r).withColumn(RfmScores.F_SCORE, f)
                .withColumn(RfmScores.M_SCORE, m)
                .withColumn(RfmScores.FM_SCORE, col(RfmScores.F_SCORE).plus(col(RfmScores.M_SCORE)).plus(1)
                        .divide(2).cast(DataTypes.IntegerType))
                .withColumn(RfmScores.RFM_CELL, concat(col(RfmScores.R_SCORE).cast(DataTypes.StringType),
                        col(RfmScores.F_SCORE).cast(DataTypes.StringType),
                        col(RfmScores.M_SCORE).cast(DataTypes.StringType)));
    }

    /**
     * Names every customer's segment, as {@link RfmSegmentMap#apply} does: the map's segment of the cell
     * ({@value RfmScores#R_SCORE}, {@value RfmScores#FM_SCORE}), {@value RfmSegmentMap#UNASSIGNED} where no rule covers it.
     *
     * @param scored customers with the score columns, as {@link #score} makes them
     * @param map the segment names
     * @return the customers with the text column {@value RfmSegmentMap#SEGMENT_COLUMN} added
     * @throws IllegalArgumentException if a score column is missing or the segment column is already there
     */
    public static Dataset<Row> segments(Dataset<Row> scored, RfmSegmentMap map) {
        List<String> columns = Arrays.asList(scored.columns());
        if (columns.contains(RfmSegmentMap.SEGMENT_COLUMN)) {
            throw new IllegalArgumentException("the customers already have a column '" + RfmSegmentMap.SEGMENT_COLUMN
                    + "'; drop it (.drop(\"" + RfmSegmentMap.SEGMENT_COLUMN + "\")) to name the segments again.");
        }
        for (String score : new String[] {RfmScores.R_SCORE, RfmScores.FM_SCORE}) {
            if (!columns.contains(score)) {
                throw new IllegalArgumentException("the customers have no column '" + score + "'; score them first "
                        + "with SparkRfmScores.score(customers). Columns: " + columns);
            }
        }
        Column segment = null;
        for (int r = 1; r <= QUINTILES; r++) {
            for (int fm = 1; fm <= QUINTILES; fm++) {
                Column cell = col(RfmScores.R_SCORE).equalTo(r).and(col(RfmScores.FM_SCORE).equalTo(fm));
                String name = map.segmentOf(r, fm);
                segment = segment == null ? when(cell, lit(name)) : segment.when(cell, lit(name));
            }
        }
        return scored.withColumn(RfmSegmentMap.SEGMENT_COLUMN, segment.otherwise(lit(RfmSegmentMap.UNASSIGNED)));
    }

    /** score = 1 + the number of order statistics the value is above. */
    private static Column scored(Column value, double[] statistics) {
        Column score = lit(1);
        for (double statistic : statistics) {
            score = score.plus(when(value.gt(lit(statistic)), lit(1)).otherwise(lit(0)));
        }
        return score.cast(DataTypes.IntegerType);
    }

    /**
     * @param values the columns to score, larger values scoring higher (recency negated)
     * @return for each column and k = 1..4, its m<sub>k</sub>-th smallest value, m<sub>k</sub> = ⌈k n / 5⌉: the
     *     smallest distinct value through which at least m<sub>k</sub> values run, all columns in one Spark job
     */
    private static double[][] orderStatistics(Dataset<Row> customers, Column[] values, long n) {
        Column[] pairs = new Column[values.length];
        for (int i = 0; i < values.length; i++) {
            pairs[i] = struct(lit(i).as(WHICH), values[i].as(VALUE));
        }
        Dataset<Row> counts = customers.select(explode(array(pairs)).as("pair"))
                .select(col("pair." + WHICH).as(WHICH), col("pair." + VALUE).as(VALUE))
                .groupBy(col(WHICH), col(VALUE)).agg(count(lit(1)).as(LINES));
        WindowSpec running = Window.partitionBy(col(WHICH)).orderBy(col(VALUE).asc())
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Column[] statistics = new Column[QUINTILES - 1];
        for (int k = 1; k < QUINTILES; k++) {
            long m = (k * n + QUINTILES - 1) / QUINTILES;
            statistics[k - 1] = min(when(col(THROUGH).geq(m), col(VALUE)));
        }
        List<Row> rows = counts.withColumn(THROUGH, sum(col(LINES)).over(running)).groupBy(col(WHICH))
                .agg(statistics[0], Arrays.copyOfRange(statistics, 1, statistics.length)).collectAsList();
        double[][] result = new double[values.length][QUINTILES - 1];
        for (Row row : rows) {
            for (int k = 0; k < QUINTILES - 1; k++) {
                result[row.getInt(0)][k] = row.getDouble(1 + k);
            }
        }
        return result;
    }

    /** @return the number of customers, after checking every value in one pass */
    private static long checkedCount(Dataset<Row> customers, String recency, String frequency, String monetary) {
        String[] names = {recency, frequency, monetary};
        Column[] checks = new Column[names.length * 3];
        for (int i = 0; i < names.length; i++) {
            Column x = col(quoted(names[i])).cast(DataTypes.DoubleType);
            checks[3 * i] = sum(when(x.isNull(), 1).otherwise(0));
            checks[3 * i + 1] = sum(when(x.isNaN().or(x.equalTo(Double.POSITIVE_INFINITY))
                    .or(x.equalTo(Double.NEGATIVE_INFINITY)), 1).otherwise(0));
            checks[3 * i + 2] = sum(when(x.lt(0), 1).otherwise(0));
        }
        Row row = customers.agg(count(lit(1)), checks).first();
        String[] meanings = {"recency (days since the last purchase)", "frequency (number of orders)",
                "monetary value (total spend)"};
        for (int i = 0; i < names.length; i++) {
            long missing = row.isNullAt(1 + 3 * i) ? 0 : row.getLong(1 + 3 * i);
            long infinite = row.isNullAt(2 + 3 * i) ? 0 : row.getLong(2 + 3 * i);
            long negative = row.isNullAt(3 + 3 * i) ? 0 : row.getLong(3 + 3 * i);
            if (missing > 0) {
                throw new IllegalArgumentException("column '" + names[i] + "' (" + meanings[i] + ") has " + missing
                        + " missing values; every customer needs a value. Drop or fill those rows before scoring.");
            }
            if (infinite > 0) {
                throw new IllegalArgumentException("column '" + names[i] + "' (" + meanings[i] + ") holds " + infinite
                        + " values that are not finite; RFM scores need finite numbers. Fix or drop those rows.");
            }
            if (negative > 0 && i < 2) {
                throw new IllegalArgumentException("column '" + names[i] + "' (" + meanings[i] + ") holds "
                        + negative + " negative values, but it cannot be negative; check how it was computed.");
            }
        }
        long n = row.getLong(0);
        if (n < RfmScores.MIN_CUSTOMERS) {
            throw new IllegalArgumentException("RFM quintile scores need at least " + RfmScores.MIN_CUSTOMERS
                    + " customers; the table has " + n + ".");
        }
        return n;
    }

    private static void requireNumeric(Dataset<Row> customers, String name, String meaning) {
        if (!Arrays.asList(customers.columns()).contains(name)) {
            throw new IllegalArgumentException("the customers have no column '" + name + "' for " + meaning
                    + ". Columns: " + Arrays.toString(customers.columns()) + ". Name your columns with "
                    + "SparkRfmScores.score(customers, recency, frequency, monetary).");
        }
        if (!(customers.schema().apply(name).dataType() instanceof NumericType)) {
            throw new IllegalArgumentException("column '" + name + "' (" + meaning + ") is "
                    + customers.schema().apply(name).dataType().simpleString() + ", not numeric; RFM scores need "
                    + "numbers.");
        }
    }

    private static String quoted(String column) {
        return '`' + column.replace("`", "``") + '`';
    }

}
