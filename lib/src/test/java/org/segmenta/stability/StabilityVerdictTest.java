package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The mean's boundaries as worded in fpc::clusterboot's documentation (Hennig 2007): "0.75 or more", "0.85 and above",
 * "below ... 0.6 ... should not be trusted"; the dissolution caps as the class comment states them.
 */
class StabilityVerdictTest {

    @Test
    void highlyStableFrom085Inclusive() {
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.ofMean(0.85));
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.ofMean(1.0));
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.ofMean(0.8499));
    }

    @Test
    void stableFrom075Inclusive() {
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.ofMean(0.75));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.ofMean(0.7499));
    }

    @Test
    void doubtfulFrom06Inclusive() {
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.ofMean(0.6));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.ofMean(0.5999));
    }

    @Test
    void everyMeanBelow06IsUnstableNotABandOfDissolution() {
        // "Dissolved" is an event of one resample; a mean of 0.5 or less is simply "should not be trusted".
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.ofMean(0.55));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.ofMean(0.5));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.ofMean(0.0));
    }

    @Test
    void withoutDissolutionsTheVerdictIsTheMeans() {
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.of(0.98, 0, 100));
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.8, 0, 100));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.7, 0, 100));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.55, 0, 100));
    }

    @Test
    void oneDissolutionRulesOutHighlyStable() {
        // 99 resamples at Jaccard 1 and one at 0.4: mean (99 + 0.4) / 100 = 0.994, yet it fell apart once.
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.994, 1, 100));
    }

    @Test
    void dissolvingInMoreThanOneResampleInTenIsAtBestDoubtful() {
        // 5 of 50 is exactly one in ten: still stable; 6 of 50 is more.
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.9, 5, 50));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.9, 6, 50));
        // The chapter-5 case of the issue: dissolved in 8 of 50 resamples with a high mean is not "highly stable".
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.86, 8, 50));
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.9, 10, 100));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.9, 11, 100));
    }

    @Test
    void dissolvingInHalfTheResamplesOrMoreIsUnstable() {
        // 25 resamples at Jaccard 1 and 25 at 0.5: mean 0.75, "stable" by the mean alone.
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.75, 25, 50));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.75, 24, 50));
    }

    @Test
    void dissolutionsNeverRaiseTheMeansVerdict() {
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.55, 1, 100));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.65, 1, 100));
    }

    @Test
    void onlyStableVerdictsAreTrustworthy() {
        assertTrue(StabilityVerdict.HIGHLY_STABLE.trustworthy());
        assertTrue(StabilityVerdict.STABLE.trustworthy());
        assertFalse(StabilityVerdict.DOUBTFUL.trustworthy());
        assertFalse(StabilityVerdict.UNSTABLE.trustworthy());
    }

    @Test
    void valuesOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.ofMean(1.01));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.ofMean(-0.1));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.ofMean(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(0.9, -1, 50));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(0.9, 51, 50));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(0.9, 0, 0));
    }
}
