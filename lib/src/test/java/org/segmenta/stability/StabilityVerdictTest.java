package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Boundaries as worded in fpc::clusterboot's documentation (Hennig 2007): "0.75 or more", "0.85 and above", .... */
class StabilityVerdictTest {

    @Test
    void highlyStableFrom085Inclusive() {
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.of(0.85));
        assertEquals(StabilityVerdict.HIGHLY_STABLE, StabilityVerdict.of(1.0));
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.8499));
    }

    @Test
    void stableFrom075Inclusive() {
        assertEquals(StabilityVerdict.STABLE, StabilityVerdict.of(0.75));
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.7499));
    }

    @Test
    void doubtfulFrom06Inclusive() {
        assertEquals(StabilityVerdict.DOUBTFUL, StabilityVerdict.of(0.6));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.5999));
    }

    @Test
    void theGapAbove05AndBelow06IsUnstable() {
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.55));
        assertEquals(StabilityVerdict.UNSTABLE, StabilityVerdict.of(0.5001));
    }

    @Test
    void dissolvesAt05AndBelow() {
        assertEquals(StabilityVerdict.DISSOLVES, StabilityVerdict.of(0.5));
        assertEquals(StabilityVerdict.DISSOLVES, StabilityVerdict.of(0.0));
    }

    @Test
    void onlyStableVerdictsAreTrustworthy() {
        assertTrue(StabilityVerdict.HIGHLY_STABLE.trustworthy());
        assertTrue(StabilityVerdict.STABLE.trustworthy());
        assertFalse(StabilityVerdict.DOUBTFUL.trustworthy());
        assertFalse(StabilityVerdict.UNSTABLE.trustworthy());
        assertFalse(StabilityVerdict.DISSOLVES.trustworthy());
    }

    @Test
    void valuesOutsideZeroToOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(1.01));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(-0.1));
        assertThrows(IllegalArgumentException.class, () -> StabilityVerdict.of(Double.NaN));
    }
}
