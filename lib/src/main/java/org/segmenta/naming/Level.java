package org.segmenta.naming;

/**
 * Where a segment stands on a feature, relative to all customers: in the bottom, middle or top third.
 *
 * <p>The thirds are cut at the population tertiles {@code t1} (1/3 quantile) and {@code t2} (2/3 quantile): a value
 * below {@code t1} is {@link #LOW}, above {@code t2} is {@link #HIGH}, and from {@code t1} to {@code t2} (both
 * included) is {@link #MID}. A value that cannot be computed (every customer of the segment lacks the column) is
 * {@link #UNKNOWN}. {@link LevelThresholds} chooses the cut points (tertiles, or a fallback when ties make them
 * unusable).
 */
public enum Level {
    /** Below the lower tertile: the bottom third of customers. */
    LOW("Low"),
    /** Between the tertiles, both included: the middle third. */
    MID("Mid"),
    /** Above the upper tertile: the top third. */
    HIGH("High"),
    /** No value to compare (all missing). */
    UNKNOWN("Unknown");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /**
     * @param value the segment's value (mean or median)
     * @param lowerTertile the population's 1/3 quantile
     * @param upperTertile the population's 2/3 quantile
     * @return the value's level; {@link #UNKNOWN} for NaN
     */
    public static Level of(double value, double lowerTertile, double upperTertile) {
        if (Double.isNaN(value)) {
            return UNKNOWN;
        }
        if (value < lowerTertile) {
            return LOW;
        }
        return value > upperTertile ? HIGH : MID;
    }

    /** @return the word used in names: "Low", "Mid", "High" or "Unknown" */
    public String word() {
        return word;
    }
}
