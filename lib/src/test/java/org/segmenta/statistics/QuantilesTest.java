package org.segmenta.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void matchNumpysDefaultLinearInterpolation() {
        // numpy 1.24.2: [float(v) for v in np.quantile([3,1,4,1,5,9,2,6], [0.1,0.25,0.5,1/3,2/3,0.9])]
        double[] numpy = {1.0, 1.75, 3.5, 2.333333333333333, 4.666666666666666, 6.8999999999999995};

        double[] ours = Quantiles.of(new double[] {3, 1, 4, 1, 5, 9, 2, 6}, 0.1, 0.25, 0.5, 1.0 / 3, 2.0 / 3, 0.9);

        assertArrayEquals(numpy, ours, 1e-12);
    }

    @Test
    void extremesAreTheMinimumAndMaximum() {
        double[] values = {7, -2, 5};

        assertEquals(-2, Quantiles.of(values, 0.0));
        assertEquals(7, Quantiles.of(values, 1.0));
    }

    @Test
    void medianOfAnEvenSampleIsTheMeanOfTheMiddleTwo() {
        assertEquals(40, Quantiles.of(new double[] {70, 10, 50, 20, 60, 30}, 0.5), 1e-12);
    }

    @Test
    void leavesTheInputUnsorted() {
        double[] values = {3, 1, 2};

        Quantiles.of(values, 0.5);

        assertArrayEquals(new double[] {3, 1, 2}, values);
    }

    @Test
    void refusesEmptySamplesMissingValuesAndProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1, Double.NaN}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1, 2}, 1.5));
    }
}
