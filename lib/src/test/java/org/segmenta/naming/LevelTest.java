package org.segmenta.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void belowTheLowerTertileIsLow() {
        assertEquals(Level.LOW, Level.of(47.9, 48, 72));
    }

    @Test
    void theTertilesThemselvesAndBetweenAreMid() {
        assertEquals(Level.MID, Level.of(48, 48, 72));
        assertEquals(Level.MID, Level.of(60, 48, 72));
        assertEquals(Level.MID, Level.of(72, 48, 72));
    }

    @Test
    void aboveTheUpperTertileIsHigh() {
        assertEquals(Level.HIGH, Level.of(72.1, 48, 72));
    }

    @Test
    void aMissingValueIsUnknown() {
        assertEquals(Level.UNKNOWN, Level.of(Double.NaN, 48, 72));
    }
}
