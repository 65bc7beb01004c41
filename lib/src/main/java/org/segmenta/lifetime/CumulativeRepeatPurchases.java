package org.segmenta.lifetime;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import org.segmenta.orders.RepeatPurchaseHistory;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Cumulative repeat transactions of a cohort over time, actual against what a BG/NBD model expects (Fader, Hardie
 * &amp; Lee 2005, Figure 3; lifetimes' {@code expected_cumulative_transactions}). All times are measured from one
 * origin (e.g. the start of the data) in the model's unit. A customer whose first purchase is at s is expected to
 * have made {@code E[X(τ − s)]} ({@link BgNbdModel#expectedPurchases}) repeat transactions by τ, so
 * <pre>
 *   expected(τ) = Σ_{i: s_i &lt; τ} E[X(τ − s_i)],      actual(τ) = #{repeat transactions at times ≤ τ}
 * </pre>
 * Beyond the calibration period the expected curve is a forecast, and the gap to the actual curve is the model's
 * error.
 *
 * <pre>{@code
 * CumulativeRepeatPurchases curve = CumulativeRepeatPurchases.of(model, firstPurchaseWeeks, repeatPurchaseWeeks,
 *         1.0, 78.0);   // weekly to week 78
 * CumulativeRepeatPurchases fromOrders = CumulativeRepeatPurchases.of(model, history, TimeUnit.WEEKS, 1, 78);
 * }</pre>
 */
public final class CumulativeRepeatPurchases {

    private final double[] times;
    private final double[] actual;
    private final double[] expected;
    private final double calibrationEnd;
    private final String unit;

    private CumulativeRepeatPurchases(double[] times, double[] actual, double[] expected, double calibrationEnd,
            String unit) {
        this.times = times;
        this.actual = actual;
        this.expected = expected;
        this.calibrationEnd = calibrationEnd;
        this.unit = unit;
    }

    /**
     * @param firstPurchases each customer's first purchase time s_i (one value per customer)
     * @param repeatPurchases the time of every repeat transaction of every customer, in any order
     * @param step the spacing of the curve's points (&gt; 0)
     * @param end the last time (≥ step); points at step, 2·step, … up to end
     * @throws IllegalArgumentException if a time is not finite, or step or end is out of range
     */
    public static CumulativeRepeatPurchases of(BgNbdModel model, double[] firstPurchases, double[] repeatPurchases,
            double step, double end) {
        if (!(step > 0) || !(end >= step) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("need 0 < step ≤ end (finite), got step = " + step + ", end = " + end);
        }
        checkFinite(firstPurchases, "first purchase");
        checkFinite(repeatPurchases, "repeat purchase");
        double[] ones = new double[Math.max(firstPurchases.length, repeatPurchases.length)];
        Arrays.fill(ones, 1);
        return curve(model, firstPurchases, Arrays.copyOf(ones, firstPurchases.length), repeatPurchases,
                Arrays.copyOf(ones, repeatPurchases.length), step, end, Double.NaN, "");
    }

    /**
     * The curve of a cohort read from order lines ({@code OrderLines.repeatPurchases}), with times measured from the
     * cohort's first purchase day ({@link RepeatPurchaseHistory#firstPurchase()}) in {@code unit}: each customer's
     * first transaction day is s_i, and every later transaction day up to the end of the holdout period is a repeat
     * transaction (one per customer and day, as the model counts them). The calibration end is remembered for the
     * chart's marker.
     *
     * @param model the model, fitted in {@code unit}
     * @param history the cohort's transactions, with a holdout period or without one
     * @param unit the time unit of the model and of the curve
     * @param step the spacing of the curve's points (&gt; 0)
     * @param end the last point; it may lie at most one step beyond the end of the holdout period (the order lines
     *     say nothing about purchases after it), e.g. week 78 for a history of 77.9 weeks
     * @throws IllegalArgumentException if the model was fitted in another unit, or step or end is out of range
     */
    public static CumulativeRepeatPurchases of(BgNbdModel model, RepeatPurchaseHistory history, TimeUnit unit,
            double step, double end) {
        if (model.unit().isPresent() && model.unit().get() != unit) {
            throw new IllegalArgumentException("the model was fitted in " + model.unit().get().label()
                    + " but the curve is asked in " + unit.label() + "; give the curve the model's unit.");
        }
        LocalDate origin = history.firstPurchase();
        double observed = ChronoUnit.DAYS.between(origin, history.holdoutEnd()) / unit.days();
        if (!(end - step < observed)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the curve ends at %s %s, more than one "
                    + "step past the end of the data (%.2f %s after the first purchase on %s): actual purchases are "
                    + "unknown there. End the curve by %.2f %s.", end, unit.label(), observed, unit.label(), origin,
                    observed + step, unit.label()));
        }
        Table daily = history.daily();
        DateColumn days = daily.dateColumn("day");
        IntColumn first = daily.intColumn("first_purchases");
        IntColumn repeat = daily.intColumn("repeat_transactions");
        double[] times = new double[daily.rowCount()];
        for (int i = 0; i < times.length; i++) {
            times[i] = ChronoUnit.DAYS.between(origin, days.get(i)) / unit.days();
        }
        double calibrationEnd = ChronoUnit.DAYS.between(origin, history.calibrationEnd()) / unit.days();
        return curve(model, times, counts(first), times, counts(repeat), step, end, calibrationEnd, unit.label());
    }

    /** Weighted form: {@code firstWeights[i]} customers start at {@code firstTimes[i]}, and so on. */
    private static CumulativeRepeatPurchases curve(BgNbdModel model, double[] firstTimes, double[] firstWeights,
            double[] repeatTimes, double[] repeatWeights, double step, double end, double calibrationEnd,
            String unit) {
        if (!(step > 0) || !(end >= step) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("need 0 < step ≤ end (finite), got step = " + step + ", end = " + end);
        }
        Integer[] order = new Integer[repeatTimes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(repeatTimes[i], repeatTimes[j]));
        int points = (int) Math.floor(end / step + 1e-9);
        double[] times = new double[points];
        double[] actual = new double[points];
        double[] expected = new double[points];
        int next = 0;
        double counted = 0;
        for (int k = 0; k < points; k++) {
            double tau = (k + 1) * step;
            times[k] = tau;
            while (next < order.length && repeatTimes[order[next]] <= tau) {
                counted += repeatWeights[order[next++]];
            }
            actual[k] = counted;
            double sum = 0;
            for (int i = 0; i < firstTimes.length; i++) {
                if (firstTimes[i] < tau && firstWeights[i] > 0) {
                    sum += firstWeights[i] * model.expectedPurchases(tau - firstTimes[i]);
                }
            }
            expected[k] = sum;
        }
        return new CumulativeRepeatPurchases(times, actual, expected, calibrationEnd, unit);
    }

    /** @return the times τ of the curve's points */
    public double[] times() {
        return times.clone();
    }

    /** @return the actual cumulative repeat transactions at each τ */
    public double[] actual() {
        return actual.clone();
    }

    /** @return the expected cumulative repeat transactions at each τ */
    public double[] expected() {
        return expected.clone();
    }

    /** @return the end of the calibration period on the curve's time axis; NaN when the curve was made from arrays */
    public double calibrationEnd() {
        return calibrationEnd;
    }

    /** @return the name of the time unit ("weeks"); empty when the curve was made from arrays */
    public String unit() {
        return unit;
    }

    /** @return a table with columns "time", "actual", "expected" */
    public Table toTable() {
        return Table.create("cumulative repeat transactions", DoubleColumn.create("time", times),
                DoubleColumn.create("actual", actual), DoubleColumn.create("expected", expected));
    }

    private static double[] counts(IntColumn column) {
        double[] values = new double[column.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.getInt(i);
        }
        return values;
    }

    private static void checkFinite(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " time " + values[i] + " at position " + (i + 1)
                        + " is not a finite number.");
            }
        }
    }
}
