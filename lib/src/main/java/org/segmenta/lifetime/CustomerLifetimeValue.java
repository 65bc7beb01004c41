package org.segmenta.lifetime;

import java.util.Locale;

/**
 * Discounted customer lifetime value over a horizon of whole months, as the Python {@code lifetimes} library's
 * {@code GammaGammaFitter.customer_lifetime_value} defines it: the BG/NBD model gives the expected number of
 * transactions in each month, the Gamma-Gamma model the expected spend per transaction, and month i is discounted by
 * {@code (1 + d)^i}:
 * <pre>
 *   CLV = Σ_{i=1}^{months} margin · E[M | x, m_x] · (E[Y(i·f) | x, t_x, T] − E[Y((i−1)·f) | x, t_x, T]) / (1 + d)^i
 * </pre>
 * where {@code f} is the number of model time units in one month: by default the summary's
 * {@link TimeUnit#unitsPerMonth()}, i.e. exactly 30 for days, 4.345 for weeks and 1 for months (lifetimes' factors
 * for {@code freq = "D"}, {@code "W"}, {@code "M"}); set it with {@link #unitsPerMonth(double)}. With the default
 * margin 1 the value is revenue; with a margin (e.g. 0.3) it is contribution.
 *
 * <pre>{@code
 * double[] clv = CustomerLifetimeValue.of(bgnbd, gammaGamma).months(12).monthlyDiscountRate(0.01).margin(0.3)
 *         .values(summary);
 * }</pre>
 */
public final class CustomerLifetimeValue {

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final int months;
    private final double discountRate;
    private final double margin;
    private final double unitsPerMonth;

    private CustomerLifetimeValue(BgNbdModel purchases, GammaGammaModel spend, int months, double discountRate,
            double margin, double unitsPerMonth) {
        this.purchases = purchases;
        this.spend = spend;
        this.months = months;
        this.discountRate = discountRate;
        this.margin = margin;
        this.unitsPerMonth = unitsPerMonth;
    }

    /**
     * @return lifetime value from the two models, with lifetimes' defaults: 12 months, a monthly discount rate of
     *     0.01, margin 1, and the months-to-unit factor of the summary being valued
     */
    public static CustomerLifetimeValue of(BgNbdModel purchases, GammaGammaModel spend) {
        return new CustomerLifetimeValue(purchases, spend, 12, 0.01, 1.0, Double.NaN);
    }

    /** @return the same valuation over {@code count} months (≥ 1) */
    public CustomerLifetimeValue months(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the CLV horizon must be at least 1 month, got " + count);
        }
        return new CustomerLifetimeValue(purchases, spend, count, discountRate, margin, unitsPerMonth);
    }

    /** @return the same valuation with monthly discount rate {@code rate} (≥ 0; 0.01 is 1% a month) */
    public CustomerLifetimeValue monthlyDiscountRate(double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the monthly discount rate must be a finite number ≥ 0, got " + rate
                    + " (0.01 means 1% a month)");
        }
        return new CustomerLifetimeValue(purchases, spend, months, rate, margin, unitsPerMonth);
    }

    /** @return the same valuation multiplied by a profit margin in (0, 1] (e.g. 0.3 for 30%) */
    public CustomerLifetimeValue margin(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the margin must be a share in (0, 1], got " + share
                    + " (0.3 means 30%)");
        }
        return new CustomerLifetimeValue(purchases, spend, months, discountRate, share, unitsPerMonth);
    }

    /** @return the same valuation with {@code units} model time units per month (&gt; 0), e.g. 365.25 / 12 days */
    public CustomerLifetimeValue unitsPerMonth(double units) {
        if (!(units > 0) || Double.isInfinite(units)) {
            throw new IllegalArgumentException("units per month must be positive and finite, got " + units);
        }
        return new CustomerLifetimeValue(purchases, spend, months, discountRate, margin, units);
    }

    /**
     * @param unit the unit of t_x and T, used for the months-to-unit factor unless {@link #unitsPerMonth(double)}
     *     was set
     * @return the discounted lifetime value of one customer with history (x, t_x, T) and mean repeat spend m_x
     */
    public double value(TimeUnit unit, int x, double recency, double age, double meanSpend) {
        double factor = Double.isNaN(unitsPerMonth) ? unit.unitsPerMonth() : unitsPerMonth;
        double perTransaction = margin * spend.conditionalExpectedAverageSpend(x, x == 0 ? 0 : meanSpend);
        double total = 0;
        double before = 0;
        for (int i = 1; i <= months; i++) {
            double upTo = purchases.conditionalExpectedPurchases(i * factor, x, recency, age);
            total += perTransaction * (upTo - before) / Math.pow(1 + discountRate, i);
            before = upTo;
        }
        return total;
    }

    /** @return the lifetime value of every customer of a summary with mean spends, in the summary's order */
    public double[] values(RepeatPurchaseSummary summary) {
        double[] meanSpend = summary.meanSpends().orElseThrow(() -> new IllegalArgumentException(
                "the summary has no mean spends: add them with withMeanSpend(m_x) to value customers."));
        double[] values = new double[summary.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(summary.unit(), summary.frequency(i), summary.recency(i), summary.age(i), meanSpend[i]);
        }
        return values;
    }

    /** @return the valuation's assumptions in words, for captions */
    public String describe() {
        return String.format(Locale.ROOT, "CLV over %d months, monthly discount rate %s, margin %s, %s", months,
                discountRate, margin, Double.isNaN(unitsPerMonth) ? "month = 30 days / 4.345 weeks"
                        : "month = " + unitsPerMonth + " time units");
    }
}
