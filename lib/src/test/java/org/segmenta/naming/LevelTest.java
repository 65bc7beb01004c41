package org.segmenta.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Levels against the tertiles 48 and 72: below the lower is Low, the tertiles and between Mid, above the upper High. */
class LevelTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"47.9, LOW", "48, MID", "60, MID", "72, MID", "72.1, HIGH", "NaN, UNKNOWN"})
    void aValueIsLevelledAgainstTheTertilesInclusive(double value, Level level) {
        assertEquals(level, Level.of(value, 48, 72));
    }
}
