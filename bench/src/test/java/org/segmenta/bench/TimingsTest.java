package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleRun() {
        assertEquals(2.0, new Timings(new double[] {3.0, 1.0, 2.0}, true).median());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleRuns() {
        assertEquals(2.5, new Timings(new double[] {4.0, 1.0, 3.0, 2.0}, true).median());
    }

    @Test
    void minIsTheFastestRun() {
        assertEquals(1.0, new Timings(new double[] {3.0, 1.0, 2.0}, true).min());
    }

    @Test
    void rejectsNoRuns() {
        assertThrows(IllegalArgumentException.class, () -> new Timings(new double[0], true));
    }

    @Test
    void rejectsANegativeTime() {
        assertThrows(IllegalArgumentException.class, () -> new Timings(new double[] {-1}, true));
    }
}
