package org.segmenta.naming;

import org.segmenta.profiling.NumericSummary;

/**
 * The two cut points that split a feature's values into Low / Mid / High (see {@link Level}).
 *
 * <p>Normally they are the population <b>tertiles</b> {@code t1} and {@code t2} (1/3 and 2/3 quantiles): a segment is
 * High on a feature when its mean lies in the top third of customers' values. With ties that rule breaks down: in a 0/1
 * column where 15 % of customers responded, both tertiles are 0, so every segment with a single responder would be
 * "High", and no segment could ever be "Low". So when the tertiles <b>coincide</b> ({@code t1 = t2}) or <b>fall on the
 * smallest or largest value</b> ({@code t1 = min} or {@code t2 = max}, which leaves Low or High unreachable), the cut
 * points are the tertiles of a normal distribution with the column's mean and standard deviation instead:
 * {@code mean ± z·sd} with {@code z = Φ⁻¹(2/3) ≈ 0.4307}. On that scale a segment is High when its standardised
 * difference exceeds 0.43.
 *
 * @param lower the lower cut point: below it is Low
 * @param upper the upper cut point: above it is High
 * @param fromTertiles true for the empirical tertiles, false for the normal fallback {@code mean ± z·sd}
 */
public record LevelThresholds(double lower, double upper, boolean fromTertiles) {

    /** {@code Φ⁻¹(2/3)}, the upper tertile of the standard normal distribution (scipy.stats.norm.ppf(2/3)). */
    public static final double NORMAL_TERTILE_Z = 0.43072729929545744;

    /**
     * @param population the feature's statistics over all customers
     * @return the tertiles, or {@code mean ± z·sd} when ties make the tertiles unusable (see the class description)
     */
    public static LevelThresholds of(NumericSummary population) {
        double t1 = population.lowerTertile();
        double t2 = population.upperTertile();
        if (t1 < t2 && t1 > population.minimum() && t2 < population.maximum()) {
            return new LevelThresholds(t1, t2, true);
        }
        double spread = NORMAL_TERTILE_Z * population.standardDeviation();
        return new LevelThresholds(population.mean() - spread, population.mean() + spread, false);
    }

    /** @return the level of {@code value}: Low below {@link #lower()}, High above {@link #upper()}, else Mid */
    public Level levelOf(double value) {
        return Level.of(value, lower, upper);
    }

    /** @return how the cut points were found, for captions: "tertiles" or "mean ± 0.43 sd" */
    public String basis() {
        return fromTertiles ? "tertiles" : "mean ± 0.43 sd";
    }
}
