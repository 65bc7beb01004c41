package org.segmenta.statistics;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: definition 7 of Hyndman &amp; Fan, "Sample
 * quantiles in statistical packages" (The American Statistician 50(4), 1996), the default of numpy's
 * {@code np.quantile}, R's {@code quantile} and spreadsheet {@code PERCENTILE.INC}.
 *
 * <p>For the sorted values {@code x[0] ≤ … ≤ x[n-1]} and a probability {@code p}: {@code h = (n − 1)·p},
 * {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])}. So {@code Q(0)} is the minimum, {@code Q(1)} the maximum and
 * {@code Q(0.5)} the usual median.
 *
 * <p>Tablesaw's {@code percentile} uses Commons Math's legacy estimator ({@code h = (n + 1)·p}), which gives other
 * tertiles on small samples; hence this class.
 *
 * <pre>{@code
 * double median = Quantiles.of(values, 0.5);
 * double[] tertiles = Quantiles.of(values, 1.0 / 3, 2.0 / 3);
 * }</pre>
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * @param values the sample, in any order (not changed); NaN values are not allowed
     * @param p the probability, 0 to 1
     * @return the quantile {@code Q(p)}
     * @throws IllegalArgumentException if there are no values, a value is NaN, or {@code p} is outside [0, 1]
     */
    public static double of(double[] values, double p) {
        return of(values, new double[] {p})[0];
    }

    /**
     * @param values the sample, in any order (not changed); NaN values are not allowed
     * @param probabilities the probabilities, each 0 to 1
     * @return the quantile for each probability, in the same order
     * @throws IllegalArgumentException if there are no values, a value is NaN, or a probability is outside [0, 1]
     */
    public static double[] of(double[] values, double... probabilities) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quantiles need at least one value; the sample is empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("the sample holds NaN (a missing value); drop missing values first");
        }
        double[] quantiles = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            quantiles[i] = ofSorted(sorted, probabilities[i]);
        }
        return quantiles;
    }

    /** @return the median, {@code Q(0.5)} */
    public static double median(double[] values) {
        return of(values, 0.5);
    }

    /**
     * @param sorted values already sorted ascending (not checked, not changed), at least one
     * @param p the probability, 0 to 1
     * @return the quantile {@code Q(p)}, without sorting again
     */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantiles need at least one value; the sample is empty");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile's probability must be between 0 and 1, got " + p);
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
