package org.segmenta.features;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: for sorted values {@code x_0 ≤ … ≤ x_{n−1}} the
 * q-quantile is at position {@code h = (n − 1)·q}, {@code Q(q) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋)}. This is
 * Hyndman &amp; Fan's definition 7, the default of numpy's {@code quantile}, R's {@code quantile} and pandas.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /** @return the q-quantile of {@code values} (not modified), 0 ≤ q ≤ 1 */
    public static double of(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, q);
    }

    /** @return the q-quantile of already sorted values */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values: a quantile needs at least one");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile level must be in [0, 1], got " + q);
        }
        double h = (sorted.length - 1) * q;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    /** @return the median: the 0.5-quantile */
    public static double median(double[] values) {
        return of(values, 0.5);
    }
}
