package org.segmenta.lifetime;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.segmenta.orders.RepeatPurchaseHistory;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the "buy till you die" models need to know about each customer, in one time unit (Fader, Hardie &amp; Lee 2005):
 *
 * <ul>
 *   <li>{@code x}: the number of <em>repeat</em> transactions in the calibration period (transactions after the first
 *       one; a customer who bought once has {@code x = 0});</li>
 *   <li>{@code t_x} (recency): the time of the last transaction, counted from the first one ({@code 0} when
 *       {@code x = 0});</li>
 *   <li>{@code T} (age): the time from the first transaction to the end of the calibration period;</li>
 *   <li>optionally {@code m_x}: the mean spend per repeat transaction (for the Gamma-Gamma model; any value, or NaN,
 *       when {@code x = 0});</li>
 *   <li>optionally {@code x*}: the number of transactions in a holdout period of a given length that follows the
 *       calibration period (for validation).</li>
 * </ul>
 *
 * The summary is immutable; {@link #withMeanSpend} and {@link #withHoldout} return new summaries. Rows are
 * checked when the summary is made: {@code x} a non-negative integer, {@code 0 ≤ t_x ≤ T}, {@code t_x = 0} when
 * {@code x = 0}, all values finite; a bad value fails with a message naming the row (1-based) and the value.
 *
 * <pre>{@code
 * RepeatPurchaseSummary cal = RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, tx, T)
 *         .withMeanSpend(meanSpend)
 *         .withHoldout(holdoutCounts, 39.0);
 * RepeatPurchaseSummary fromTable = RepeatPurchaseSummary.fromTable(table, TimeUnit.DAYS, "frequency", "recency", "T");
 * }</pre>
 */
public final class RepeatPurchaseSummary {

    private final TimeUnit unit;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] meanSpend;
    private final int[] holdoutCounts;
    private final double holdoutLength;

    private RepeatPurchaseSummary(TimeUnit unit, int[] frequency, double[] recency, double[] age, double[] meanSpend,
            int[] holdoutCounts, double holdoutLength) {
        this.unit = unit;
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.meanSpend = meanSpend;
        this.holdoutCounts = holdoutCounts;
        this.holdoutLength = holdoutLength;
    }

    /**
     * @param unit the unit of {@code recency} and {@code age}
     * @param frequency x, the number of repeat transactions of each customer
     * @param recency t_x, the time of each customer's last transaction since the first
     * @param age T, the time from each customer's first transaction to the end of the calibration period
     * @return the summary of these customers (the arrays are copied)
     * @throws IllegalArgumentException if the arrays are empty or differ in length, or a row breaks a rule above
     */
    public static RepeatPurchaseSummary of(TimeUnit unit, int[] frequency, double[] recency, double[] age) {
        if (unit == null) {
            throw new IllegalArgumentException("give the time unit of recency and age (TimeUnit.DAYS, WEEKS or MONTHS).");
        }
        if (frequency.length == 0) {
            throw new IllegalArgumentException("the summary has no customers: give at least one row.");
        }
        if (recency.length != frequency.length || age.length != frequency.length) {
            throw new IllegalArgumentException("x, t_x and T must have one value per customer, got "
                    + frequency.length + ", " + recency.length + " and " + age.length + " values.");
        }
        for (int i = 0; i < frequency.length; i++) {
            checkRow(i, frequency[i], recency[i], age[i]);
        }
        return new RepeatPurchaseSummary(unit, frequency.clone(), recency.clone(), age.clone(), null, null, Double.NaN);
    }

    /**
     * The summary of order lines ({@code OrderLines.repeatPurchases}) in {@code unit}: x, t_x and T, the mean repeat
     * spend m_x, and, when the history has a holdout period, each customer's holdout transactions. Rows keep the
     * order of the history's table (and of the customer table).
     *
     * <pre>{@code
     * RepeatPurchaseHistory history = OrderLines.from(file).customerId("customer_id").date("date").amount("amount")
     *         .repeatPurchases(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));
     * RepeatPurchaseSummary calibration = RepeatPurchaseSummary.of(history, TimeUnit.WEEKS);
     * }</pre>
     *
     * @param history the order lines' summary, times in days
     * @param unit the unit to express times in (days are divided by {@link TimeUnit#days()})
     * @return the summary
     */
    public static RepeatPurchaseSummary of(RepeatPurchaseHistory history, TimeUnit unit) {
        Table table = history.table();
        double[] recency = numbers(table, "t_x");
        double[] age = numbers(table, "T");
        for (int i = 0; i < recency.length; i++) {
            recency[i] /= unit.days();
            age[i] /= unit.days();
        }
        int[] frequency = table.intColumn("x").asIntArray();
        RepeatPurchaseSummary summary = of(unit, frequency, recency, age).withMeanSpend(table, "m_x");
        return history.holdoutDays() == 0 ? summary
                : summary.withHoldout(table.intColumn("x_holdout").asIntArray(), history.holdoutDays() / unit.days());
    }

    /**
     * Reads x, t_x and T from numeric columns of a table (one row per customer).
     *
     * @throws IllegalArgumentException if a column is missing or not numeric, a value is missing, x is not a whole
     *     number, or a row breaks a rule of {@link #of}
     */
    public static RepeatPurchaseSummary fromTable(Table table, TimeUnit unit, String frequencyColumn,
            String recencyColumn, String ageColumn) {
        double[] x = numbers(table, frequencyColumn);
        int[] frequency = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0) || x[i] != Math.rint(x[i]) || x[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("column '" + frequencyColumn + "' of " + table.name()
                        + " has x = " + x[i] + " at row " + (i + 1) + ": x counts repeat transactions and must be a "
                        + "whole number ≥ 0.");
            }
            frequency[i] = (int) x[i];
        }
        return of(unit, frequency, numbers(table, recencyColumn), numbers(table, ageColumn));
    }

    /**
     * @param spend m_x, each customer's mean spend per repeat transaction: finite and ≥ 0 when x &gt; 0; ignored
     *     (may be 0 or NaN) when x = 0
     * @return this summary with the mean spends
     */
    public RepeatPurchaseSummary withMeanSpend(double[] spend) {
        if (spend.length != size()) {
            throw new IllegalArgumentException("m_x must have one value per customer: " + size() + " customers, "
                    + spend.length + " values.");
        }
        for (int i = 0; i < spend.length; i++) {
            if (frequency[i] > 0 && !(spend[i] >= 0 && Double.isFinite(spend[i]))) {
                throw new IllegalArgumentException("m_x = " + spend[i] + " at row " + (i + 1) + " (x = " + frequency[i]
                        + "): the mean spend of a repeat buyer must be a finite amount ≥ 0.");
            }
        }
        return new RepeatPurchaseSummary(unit, frequency, recency, age, spend.clone(), holdoutCounts, holdoutLength);
    }

    /** @return this summary with the mean spends read from a numeric column (one row per customer, same order) */
    public RepeatPurchaseSummary withMeanSpend(Table table, String column) {
        return withMeanSpend(numbersOrNaN(table, column));
    }

    /**
     * @param counts x*, each customer's number of transactions in the holdout period (whole numbers ≥ 0)
     * @param length the length of the holdout period, in this summary's unit (&gt; 0)
     * @return this summary with the holdout counts
     */
    public RepeatPurchaseSummary withHoldout(int[] counts, double length) {
        if (counts.length != size()) {
            throw new IllegalArgumentException("x* must have one value per customer: " + size() + " customers, "
                    + counts.length + " values.");
        }
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("the holdout period must have a positive length in " + unit.label()
                    + ", got " + length);
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("x* = " + counts[i] + " at row " + (i + 1)
                        + ": a holdout count must be ≥ 0.");
            }
        }
        return new RepeatPurchaseSummary(unit, frequency, recency, age, meanSpend, counts.clone(), length);
    }

    /** @return this summary with holdout counts read from a numeric column (whole numbers ≥ 0) */
    public RepeatPurchaseSummary withHoldout(Table table, String column, double length) {
        double[] values = numbers(table, column);
        int[] counts = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || values[i] != Math.rint(values[i]) || values[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("column '" + column + "' of " + table.name() + " has x* = "
                        + values[i] + " at row " + (i + 1) + ": a holdout count must be a whole number ≥ 0.");
            }
            counts[i] = (int) values[i];
        }
        return withHoldout(counts, length);
    }

    /** @return the number of customers */
    public int size() {
        return frequency.length;
    }

    /** @return the unit of the times */
    public TimeUnit unit() {
        return unit;
    }

    /** @return x of customer {@code i} (0-based) */
    public int frequency(int i) {
        return frequency[i];
    }

    /** @return t_x of customer {@code i} */
    public double recency(int i) {
        return recency[i];
    }

    /** @return T of customer {@code i} */
    public double age(int i) {
        return age[i];
    }

    /** @return a copy of x, one value per customer */
    public int[] frequencies() {
        return frequency.clone();
    }

    /** @return a copy of t_x */
    public double[] recencies() {
        return recency.clone();
    }

    /** @return a copy of T */
    public double[] ages() {
        return age.clone();
    }

    /** @return a copy of m_x, if the summary has mean spends */
    public Optional<double[]> meanSpends() {
        return Optional.ofNullable(meanSpend).map(double[]::clone);
    }

    /** @return a copy of x*, if the summary has holdout counts */
    public Optional<int[]> holdoutCounts() {
        return Optional.ofNullable(holdoutCounts).map(int[]::clone);
    }

    /** @return the holdout period's length in this summary's unit, NaN without holdout counts */
    public double holdoutLength() {
        return holdoutLength;
    }

    /** @return the number of customers with at least one repeat transaction (x &gt; 0) */
    public int repeatBuyers() {
        return (int) Arrays.stream(frequency).filter(v -> v > 0).count();
    }

    /** @return Σ x, the repeat transactions of all customers */
    public long totalRepeatTransactions() {
        return Arrays.stream(frequency).asLongStream().sum();
    }

    /** @return the summary as a table with columns x, t_x, T and, where present, m_x and x* */
    public Table toTable() {
        Table table = Table.create("repeat purchase summary (" + unit.label() + ")",
                IntColumn.create("x", frequency), DoubleColumn.create("t_x", recency), DoubleColumn.create("T", age));
        if (meanSpend != null) {
            table.addColumns(DoubleColumn.create("m_x", meanSpend));
        }
        if (holdoutCounts != null) {
            table.addColumns(IntColumn.create("x*", holdoutCounts));
        }
        return table;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RepeatPurchaseSummary[%d customers, %d repeat buyers, Σx = %d, unit %s%s%s]",
                size(), repeatBuyers(), totalRepeatTransactions(), unit.label(), meanSpend == null ? "" : ", m_x",
                holdoutCounts == null ? "" : ", x* over " + holdoutLength + " " + unit.label());
    }

    static void checkRow(int i, int x, double tx, double t) {
        String row = " at row " + (i + 1) + " (x = " + x + ", t_x = " + tx + ", T = " + t + ")";
        if (x < 0) {
            throw new IllegalArgumentException("x = " + x + row + ": x counts repeat transactions and must be ≥ 0.");
        }
        if (!Double.isFinite(tx) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("t_x and T must be finite numbers" + row + ".");
        }
        if (t < 0) {
            throw new IllegalArgumentException("T = " + t + row + ": the age of a customer cannot be negative.");
        }
        if (tx < 0 || tx > t) {
            throw new IllegalArgumentException("t_x = " + tx + row + ": the last purchase must lie between the "
                    + "first one (0) and the end of the calibration period (T); check that t_x and T are measured "
                    + "from the first purchase in the same unit.");
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("t_x = " + tx + row + ": a customer without repeat transactions "
                    + "has t_x = 0 (the last purchase is the first).");
        }
    }

    private static double[] numbers(Table table, String column) {
        double[] values = numbersOrNaN(table, column);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("column '" + column + "' of " + table.name()
                        + " has a missing value at row " + (i + 1) + ": fill it or drop the customer.");
            }
        }
        return values;
    }

    private static double[] numbersOrNaN(Table table, String column) {
        if (!table.containsColumn(column)) {
            throw new IllegalArgumentException(table.name() + " has no column '" + column + "'; its columns are "
                    + table.columnNames() + ".");
        }
        Column<?> c = table.column(column);
        if (!(c instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + column + "' of " + table.name() + " is " + c.type()
                    + ", not numeric.");
        }
        double[] values = new double[numeric.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numeric.isMissing(i) ? Double.NaN : numeric.getDouble(i);
        }
        return values;
    }
}
