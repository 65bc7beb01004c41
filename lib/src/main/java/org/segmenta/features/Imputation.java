package org.segmenta.features;

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
    MODE
}
