package org.segmenta.profiling;

/**
 * How one segment compares with all customers on one numeric column, in the column's original units.
 *
 * <p>Two comparisons are given:
 * <ul>
 *   <li><b>lift</b> {@code = segment mean ÷ population mean}: 1.3 reads "30 % above average". It is only meaningful
 *       for columns measured from a true zero (money, counts), and undefined (NaN) when the population mean is 0;</li>
 *   <li><b>standardised difference</b> {@code d = (segment mean − population mean) ÷ population standard deviation}
 *       (population sd with divisor n; see {@link NumericSummary}). It has no unit, so columns in dollars, years and
 *       scores can be ranked against each other; this is what profiles rank by. It equals the segment's mean z-score
 *       under {@link org.segmenta.features.Scaling#STANDARD}; |d| of 0.2, 0.5 and 0.8 are Cohen's "small", "medium"
 *       and "large" effects (J. Cohen, <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., 1988).
 *       A constant column has d = 0 (the segment cannot differ from it).</li>
 * </ul>
 *
 * @param column the column's name
 * @param segment the column's statistics within the segment
 * @param population the column's statistics over all customers
 */
public record NumericFeatureProfile(String column, NumericSummary segment, NumericSummary population) {

    /** @return the segment mean, in the column's units (NaN if every value in the segment is missing) */
    public double mean() {
        return segment.mean();
    }

    /** @return the segment median, in the column's units */
    public double median() {
        return segment.median();
    }

    /** @return how many of the segment's customers lack a value in this column (skipped in every statistic) */
    public int missing() {
        return segment.missing();
    }

    /** @return the mean over all customers */
    public double populationMean() {
        return population.mean();
    }

    /** @return the median over all customers */
    public double populationMedian() {
        return population.median();
    }

    /** @return the population standard deviation over all customers (divisor n) */
    public double populationStandardDeviation() {
        return population.standardDeviation();
    }

    /** @return {@code segment mean ÷ population mean}; NaN when the population mean is 0 */
    public double lift() {
        return population.mean() == 0 ? Double.NaN : segment.mean() / population.mean();
    }

    /** @return {@code (segment mean − population mean) ÷ population sd}; 0 for a constant column */
    public double standardisedDifference() {
        if (population.standardDeviation() == 0) {
            return segment.count() == 0 ? Double.NaN : 0;
        }
        return (segment.mean() - population.mean()) / population.standardDeviation();
    }
}
