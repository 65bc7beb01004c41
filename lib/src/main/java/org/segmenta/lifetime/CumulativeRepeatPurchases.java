package org.segmenta.lifetime;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
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
 * }</pre>
 */
public final class CumulativeRepeatPurchases {

    private final double[] times;
    private final double[] actual;
    private final double[] expected;

    private CumulativeRepeatPurchases(double[] times, double[] actual, double[] expected) {
        this.times = times;
        this.actual = actual;
        this.expected = expected;
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
        double[] repeats = repeatPurchases.clone();
        Arrays.sort(repeats);
        int points = (int) Math.floor(end / step + 1e-9);
        double[] times = new double[points];
        double[] actual = new double[points];
        double[] expected = new double[points];
        for (int k = 0; k < points; k++) {
            double tau = (k + 1) * step;
            times[k] = tau;
            actual[k] = upperBound(repeats, tau);
            double sum = 0;
            for (double s : firstPurchases) {
                if (s < tau) {
                    sum += model.expectedPurchases(tau - s);
                }
            }
            expected[k] = sum;
        }
        return new CumulativeRepeatPurchases(times, actual, expected);
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

    /** @return a table with columns "time", "actual", "expected" */
    public Table toTable() {
        return Table.create("cumulative repeat transactions", DoubleColumn.create("time", times),
                DoubleColumn.create("actual", actual), DoubleColumn.create("expected", expected));
    }

    /** The number of sorted values ≤ limit. */
    private static int upperBound(double[] sorted, double limit) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= limit) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
