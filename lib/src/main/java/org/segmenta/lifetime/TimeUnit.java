package org.segmenta.lifetime;

/**
 * The unit in which the times of a {@link RepeatPurchaseSummary} (recency {@code t_x}, age {@code T}, holdout length)
 * are measured, and how many of those units make one month when a lifetime value is summed month by month.
 *
 * <p>The months are the ones of the Python {@code lifetimes} library's {@code customer_lifetime_value}, so that the
 * same data give the same values: a month is exactly {@code 30} days, {@code 4.345} weeks (that is 30.415 days; a
 * calendar-average month is 365.25 / 12 / 7 = 4.348 weeks) or {@code 1} month. A summary in another unit can still be
 * valued with {@link CustomerLifetimeValue#unitsPerMonth(double)}.
 */
public enum TimeUnit {
    /** Days; 30 days make a month. */
    DAYS(30.0, 1),
    /** Weeks (days / 7); 4.345 weeks make a month. */
    WEEKS(4.345, 7),
    /** Months (days / 30.4375, the mean calendar month); 1 month makes a month. */
    MONTHS(1.0, 365.25 / 12);

    private final double unitsPerMonth;
    private final double days;

    TimeUnit(double unitsPerMonth, double days) {
        this.unitsPerMonth = unitsPerMonth;
        this.days = days;
    }

    /** @return the days in one unit, to convert times counted in days (1, 7 or 30.4375) */
    public double days() {
        return days;
    }

    /** @return how many of this unit make one month in a lifetime-value sum (30, 4.345 or 1) */
    public double unitsPerMonth() {
        return unitsPerMonth;
    }

    /** @return the unit's name in lower case, for messages and captions ("weeks") */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
