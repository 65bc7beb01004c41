package org.segmenta.features;

import java.util.Map;
import java.util.TreeMap;

/**
 * What to do with missing values when building a {@link FeatureMatrix}. The default is {@link #NONE}: a missing value
 * is an error, so gaps are never filled silently. (To drop incomplete customers instead, remove their rows from the
 * table first, e.g. with {@code MissingValues.dropRows}, so that rows and customers stay aligned.)
 */
public enum Imputation {
    /** Missing values are an error naming the column, the count and the first row. */
    NONE,
    /** Fill a numeric gap with the column's mean; a categorical gap with its most frequent value. */
    MEAN,
    /** Fill a numeric gap with the column's median (robust to skew); a categorical gap with its most frequent value. */
    MEDIAN,
    /** Fill every gap with the column's most frequent value (the smallest one on ties). */
    MODE;

    /**
     * The most frequent value (the mode) from counts of values; on a tie the smallest (for numbers the lowest, for
     * text the first in alphabetical order, {@link String#compareTo}), so the fill never depends on the order of the
     * rows. How {@link #MODE} fills every gap and the other imputations fill categorical gaps.
     *
     * @param counts how often each value occurs (at least one value)
     * @return the most frequent value
     * @throws IllegalArgumentException if there are no counts
     */
    public static <T extends Comparable<? super T>> T mostFrequent(Map<T, ? extends Number> counts) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("the most frequent value needs at least one value; there are none");
        }
        T mode = null;
        long most = 0;
        for (Map.Entry<T, ? extends Number> entry : new TreeMap<>(counts).entrySet()) { // ascending: first of ties wins
            if (entry.getValue().longValue() > most) {
                mode = entry.getKey();
                most = entry.getValue().longValue();
            }
        }
        return mode;
    }
}
