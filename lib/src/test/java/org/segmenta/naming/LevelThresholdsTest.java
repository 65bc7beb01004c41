package org.segmenta.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.profiling.NumericSummary;

class LevelThresholdsTest {

    @Test
    void continuousValuesAreCutAtTheirTertiles() {
        // 10 20 30 50 60 70: tertiles 26.67 and 53.33 (h = 5/3 and 10/3), strictly inside [10, 70].
        LevelThresholds thresholds = LevelThresholds.of(NumericSummary.of(new double[] {10, 20, 60, 30, 50, 70}));

        assertTrue(thresholds.fromTertiles());
        assertEquals(20 + 10 * 2.0 / 3, thresholds.lower(), 1e-12);
        assertEquals(50 + 10 / 3.0, thresholds.upper(), 1e-12);
    }

    @Test
    void aFlagWhoseTertileFallsOnItsMinimumUsesMeanPlusMinusZTimesSd() {
        // 0 0 0 0 1 1: tertiles 0 (= the minimum) and 1/3; mean 1/3, population sd √(1/3 · 2/3).
        LevelThresholds thresholds = LevelThresholds.of(NumericSummary.of(new double[] {0, 0, 0, 0, 1, 1}));

        double sd = Math.sqrt(2.0 / 9);
        assertFalse(thresholds.fromTertiles());
        assertEquals(1.0 / 3 - LevelThresholds.NORMAL_TERTILE_Z * sd, thresholds.lower(), 1e-12);
        assertEquals(1.0 / 3 + LevelThresholds.NORMAL_TERTILE_Z * sd, thresholds.upper(), 1e-12);
    }

    @Test
    void aResponseRateBelowAverageIsNotCalledHigh() {
        // 15 of 100 customers responded: both tertiles are 0, so the plain tertile rule would call any segment with
        // one responder High. Cut points 0.15 ± 0.4307 · 0.357 = [-0.004, 0.304].
        double[] responses = new double[100];
        for (int i = 0; i < 15; i++) {
            responses[i] = 1;
        }
        LevelThresholds thresholds = LevelThresholds.of(NumericSummary.of(responses));

        assertEquals(Level.MID, thresholds.levelOf(0.08));
        assertEquals(Level.HIGH, thresholds.levelOf(0.40));
    }

    @Test
    void zIsTheUpperTertileOfTheStandardNormal() {
        // scipy 1.10.1: float(scipy.stats.norm.ppf(2/3))
        assertEquals(0.43072729929545744, LevelThresholds.NORMAL_TERTILE_Z, 1e-15);
    }
}
