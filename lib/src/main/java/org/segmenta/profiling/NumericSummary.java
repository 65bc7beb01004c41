package org.segmenta.profiling;

import java.util.Arrays;
import org.segmenta.statistics.Quantiles;

/**
 * Summary statistics of one numeric column over a group of customers (a segment, or all of them), with missing values
 * skipped and counted.
 *
 * <ul>
 *   <li>{@code mean = Σ x / n} over the {@code n} present values;</li>
 *   <li>{@code standardDeviation = √(Σ (x − mean)² / n)}: the population standard deviation (divisor n, as
 *       {@link org.segmenta.features.Scaling#STANDARD} and numpy's {@code np.std}), so that a standardised difference
 *       from it is the mean z-score of a standard-scaled column;</li>
 *   <li>median and tertiles: {@link Quantiles} at 1/2, 1/3 and 2/3 (numpy's default linear interpolation);</li>
 *   <li>minimum and maximum.</li>
 * </ul>
 * When no value is present, every statistic is NaN.
 *
 * @param count the number of present (non-missing) values
 * @param missing the number of missing values skipped
 * @param mean the arithmetic mean
 * @param standardDeviation the population standard deviation (divisor n)
 * @param median the median
 * @param lowerTertile the 1/3 quantile: a third of the values lie below it
 * @param upperTertile the 2/3 quantile: a third of the values lie above it
 * @param minimum the smallest value
 * @param maximum the largest value
 */
public record NumericSummary(int count, int missing, double mean, double standardDeviation, double median,
        double lowerTertile, double upperTertile, double minimum, double maximum) {

    /**
     * Summarises values, skipping missing ones (NaN).
     *
     * @param values the column's values for the group; NaN marks a missing value
     * @return the summary
     */
    public static NumericSummary of(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int missing = values.length - present.length;
        if (present.length == 0) {
            return new NumericSummary(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(present).sum() / present.length;
        double sumSquares = 0;
        for (double v : present) {
            sumSquares += (v - mean) * (v - mean);
        }
        double[] quantiles = Quantiles.of(present, 0.5, 1.0 / 3, 2.0 / 3, 0, 1);
        return new NumericSummary(present.length, missing, mean, Math.sqrt(sumSquares / present.length), quantiles[0],
                quantiles[1], quantiles[2], quantiles[3], quantiles[4]);
    }
}
