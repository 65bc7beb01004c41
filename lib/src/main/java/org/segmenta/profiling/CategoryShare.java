package org.segmenta.profiling;

/**
 * How common one value of a categorical column (e.g. Gender = Female) is in a segment compared with all customers.
 * Shares are fractions of the customers whose value is present (missing values are left out of the denominators).
 *
 * <p>The standardised difference treats the value as a 0/1 indicator: {@code d = (p_segment − p) ÷ √(p·(1 − p))},
 * where {@code p} is the population share and {@code √(p(1 − p))} the indicator's population standard deviation. It is
 * on the same scale as {@link NumericFeatureProfile#standardisedDifference()}, so categories and numbers can be ranked
 * together.
 *
 * @param column the column's name
 * @param value the category value
 * @param count how many of the segment's customers have this value
 * @param share {@code count ÷} the segment's customers with a value in this column (0 to 1; NaN if there are none)
 * @param populationShare the same share over all customers
 */
public record CategoryShare(String column, String value, int count, double share, double populationShare) {

    /** @return {@code (share − populationShare) ÷ √(populationShare·(1 − populationShare))}; 0 if every customer
     *     has this value */
    public double standardisedDifference() {
        double sd = Math.sqrt(populationShare * (1 - populationShare));
        if (sd == 0) {
            return Double.isNaN(share) ? Double.NaN : 0;
        }
        return (share - populationShare) / sd;
    }

    /** @return {@code column = value}, the feature's name in rankings and tables */
    public String feature() {
        return column + " = " + value;
    }
}
