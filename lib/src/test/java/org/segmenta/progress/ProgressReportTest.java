package org.segmenta.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressReportTest {

    @Test
    void readsAsTheTaskThenDoneOfTotalUnits() {
        assertEquals("k-means (k = 5): 3 of 10 restarts", new ProgressReport("k-means (k = 5)", "restarts", 3, 10)
                .toString());
    }

    @Test
    void largeTotalsGetThousandsSeparatorsAndThePercentageRoundedDown() {
        // 4950 / 9999 = 0.49504...: 49%, not 50%
        assertEquals("Ward linkage: 4,950 of 9,999 merges (49%)",
                new ProgressReport("Ward linkage", "merges", 4950, 9999).toString());
    }

    @Test
    void fractionIsDoneOverTotal() {
        assertEquals(0.25, new ProgressReport("t", "units", 1, 4).fraction());
    }

    @Test
    void isCompleteOnlyWhenEverythingIsDone() {
        assertTrue(new ProgressReport("t", "units", 4, 4).complete());
        assertFalse(new ProgressReport("t", "units", 3, 4).complete());
    }

    @Test
    void refusesDoneOutsideOneToTotal() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ProgressReport("t", "units", 0, 4));
        assertTrue(none.getMessage().contains("1 ≤ done ≤ total, got 0 of 4 units"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport("t", "units", 5, 4));
    }

    @Test
    void refusesABlankTaskOrUnit() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(" ", "units", 1, 4));
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport("t", null, 1, 4));
    }
}
