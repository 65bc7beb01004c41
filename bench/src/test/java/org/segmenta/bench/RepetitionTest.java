package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepetitionTest {

    private final Repetition repetition = new Repetition(20, 5, 30);

    @Test
    void fitsAsManyRunsAsTheBudgetHoldsAfterTheWarmUp() {
        // 20 s / 4.8 s = 4.17: four runs.
        assertEquals(4, repetition.measuredRuns(4.8));
    }

    @Test
    void neverRunsMoreThanTheMaximum() {
        assertEquals(5, repetition.measuredRuns(0.01));
    }

    @Test
    void measuresAtLeastOnceWhenTheWarmUpExceedsTheBudgetButNotTheColdLimit() {
        assertEquals(1, repetition.measuredRuns(25));
    }

    @Test
    void reportsTheWarmUpAloneFromTheColdLimitOn() {
        assertEquals(0, repetition.measuredRuns(30));
    }

    @Test
    void leavesTheWarmUpOutOfTheReportedRuns() {
        AtomicInteger calls = new AtomicInteger();
        Repetition.Timed<Integer> timed = new Repetition(1, 3, 30).time(calls::incrementAndGet);
        assertEquals(4, calls.get());
        assertEquals(3, timed.timings().runs());
        assertTrue(timed.timings().warm());
        assertEquals(4, timed.result(), "the result is the last run's");
    }

    @Test
    void marksASingleRunBeyondTheColdLimitAsCold() {
        Repetition.Timed<String> timed = new Repetition(1, 3, 1e-9).time(() -> "done");
        assertEquals(1, timed.timings().runs());
        assertFalse(timed.timings().warm());
    }

    @Test
    void rejectsAZeroBudget() {
        assertThrows(IllegalArgumentException.class, () -> new Repetition(0, 5, 30));
    }
}
