package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.data.NumberText.Kind;

class NumberTextTest {

    @Test
    void decimalNumbersAreNumbers() {
        for (String text : new String[] {"42", "-3.5", "+7", ".5", "5.", "1e-3", "2.5E+10", " 12 "}) {
            assertEquals(Kind.NUMBER, NumberText.kindOf(text), text);
        }
    }

    @Test
    void valueParsesSurroundingSpacesAway() {
        assertEquals(12.5, NumberText.value(" 12.5 "));
    }

    @Test
    void emptyCellsAndMissingMarkersAreMissing() {
        for (String text : new String[] {"", "  ", "NA", "n/a", "NULL", null}) {
            assertEquals(Kind.MISSING, NumberText.kindOf(text), String.valueOf(text));
        }
    }

    @Test
    void nanIsNotAMissingValueButNotANumber() {
        assertEquals(Kind.NOT_A_NUMBER, NumberText.kindOf("NaN"));
        assertEquals(Kind.NOT_A_NUMBER, NumberText.kindOf("nan"));
    }

    @Test
    void infinitySpellingsAreInfinite() {
        for (String text : new String[] {"inf", "-inf", "+Infinity", "INF"}) {
            assertEquals(Kind.INFINITE, NumberText.kindOf(text), text);
        }
    }

    @Test
    void numberBeyondTheDoubleRangeIsOutOfRange() {
        // Double.MAX_VALUE is about 1.797e308: 1e400 would silently parse to infinity.
        assertEquals(Kind.OUT_OF_RANGE, NumberText.kindOf("1e400"));
        assertEquals(Kind.OUT_OF_RANGE, NumberText.kindOf("-2e308"));
        assertEquals(Kind.NUMBER, NumberText.kindOf("1.7e308"));
    }

    @Test
    void decimalCommaIsRecognised() {
        assertEquals(Kind.DECIMAL_COMMA, NumberText.kindOf("3,5"));
    }

    @Test
    void wordsAreText() {
        assertEquals(Kind.TEXT, NumberText.kindOf("Male"));
        assertEquals(Kind.TEXT, NumberText.kindOf("12abc"));
        assertEquals(Kind.TEXT, NumberText.kindOf("0x1F"));
    }

    @Test
    void onlyTextAndGapsDoNotLookNumeric() {
        assertTrue(Kind.OUT_OF_RANGE.looksNumeric());
        assertTrue(Kind.NOT_A_NUMBER.looksNumeric());
        assertFalse(Kind.TEXT.looksNumeric());
        assertFalse(Kind.MISSING.looksNumeric());
    }

    @Test
    void valueOfANonNumberSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberText.value("1e400"));

        assertTrue(e.getMessage().contains("'1e400' is out of range"), e::getMessage);
        assertTrue(e.getMessage().contains("1.8e+308"), e::getMessage);
    }
}
