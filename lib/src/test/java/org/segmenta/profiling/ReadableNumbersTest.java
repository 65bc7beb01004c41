package org.segmenta.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumbersTest {

    @Test
    void decimalsShrinkAsNumbersGrow() {
        assertEquals("1,235", ReadableNumbers.value(1234.5));
        assertEquals("86.5", ReadableNumbers.value(86.54));
        assertEquals("0.36", ReadableNumbers.value(0.356));
    }

    @Test
    void aComparisonUsesTheDecimalsOfTheLargerNumberForBoth() {
        assertEquals("6.0 vs 49.0", ReadableNumbers.vs(6, 49));
        assertEquals("52,247 vs 98", ReadableNumbers.vs(52247.25, 98.4));
    }

    @Test
    void percentagesKeepOneDecimalBelowTen() {
        assertEquals("56 %", ReadableNumbers.percent(0.5625));
        assertEquals("2.5 %", ReadableNumbers.percent(0.025));
    }

    @Test
    void signedValuesAlwaysShowTheirSign() {
        assertEquals("+1.2", ReadableNumbers.signed(1.23));
        assertEquals("-0.8", ReadableNumbers.signed(-0.8));
    }

    @Test
    void signedValuesTakeAnyNumberOfDecimalsWithHalvesRoundedUp() {
        assertEquals("+0.46", ReadableNumbers.signed(0.456, 2));
        assertEquals("-0.44", ReadableNumbers.signed(-0.444, 2));
        assertEquals("+0.4996", ReadableNumbers.signed(0.4996, 4));
        assertEquals("+0.00", ReadableNumbers.signed(0.0, 2));
    }

    @Test
    void missingValuesReadNotAvailable() {
        assertEquals("n/a", ReadableNumbers.value(Double.NaN));
        assertEquals("n/a", ReadableNumbers.percent(Double.NaN));
    }
}
