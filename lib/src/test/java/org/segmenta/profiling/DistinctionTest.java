package org.segmenta.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistinctionTest {

    /** A numeric profile whose standardised difference is exactly {@code d}: population mean 0, sd 1. */
    private static NumericFeatureProfile withDifference(String column, double d) {
        NumericSummary population = new NumericSummary(10, 0, 0, 1, 0, -0.5, 0.5, -2, 2);
        NumericSummary segment = new NumericSummary(3, 0, d, 1, d, d, d, d, d);
        return new NumericFeatureProfile(column, segment, population);
    }

    @Test
    void aLargeDifferenceIsMuchHigherWithItsSignedSize() {
        assertEquals("Spending Score (1-100) much higher than average (+1.23 sd)",
                Distinction.of(withDifference("Spending Score (1-100)", 1.23)).phrase());
    }

    @Test
    void sizeWordsFollowCohensSmallMediumAndLargeEffects() {
        assertEquals("Age about average (+0.14 sd)", Distinction.of(withDifference("Age", 0.14)).phrase());
        assertEquals("Age slightly lower than average (-0.30 sd)", Distinction.of(withDifference("Age", -0.3)).phrase());
        assertEquals("Age lower than average (-0.60 sd)", Distinction.of(withDifference("Age", -0.6)).phrase());
        assertEquals("Age much lower than average (-0.80 sd)", Distinction.of(withDifference("Age", -0.8)).phrase());
    }

    @Test
    void differencesOfTheSameSizeGetTheSameWordWhateverTheirRounding() {
        // Both are below Cohen's medium 0.5: rounded to one decimal they would read +0.5 and -0.4 and fall on either
        // side of it; the words come from the unrounded values.
        assertEquals("Age slightly higher than average (+0.46 sd)", Distinction.of(withDifference("Age", 0.46)).phrase());
        assertEquals("Age slightly lower than average (-0.44 sd)", Distinction.of(withDifference("Age", -0.44)).phrase());
        assertFalse(Distinction.of(withDifference("Age", 0.16)).isNotable(), "0.16 is below 0.2");
        assertTrue(Distinction.of(withDifference("Age", 0.2)).isNotable());
    }

    @Test
    void aDifferenceJustBelowAThresholdIsShownWithTheDecimalsThatKeepItThere() {
        // Two decimals would show +0.50 and +0.20, numbers that belong to the next band.
        assertEquals("Age slightly higher than average (+0.4996 sd)",
                Distinction.of(withDifference("Age", 0.4996)).phrase());
        assertEquals("Age about average (+0.19996 sd)", Distinction.of(withDifference("Age", 0.19996)).phrase());
    }

    @Test
    void floatingPointNoiseDoesNotChangeTheWord() {
        // (0.6 − 0.5) ÷ √(0.5 · 0.5) is 0.2 exactly by hand, 0.19999999999999996 in doubles: still a small effect.
        Distinction distinction = Distinction.of(new CategoryShare("Gender", "Female", 3, 0.6, 0.5));

        assertEquals("Gender = Female slightly more common than average (60 % vs 50 %, +0.20 sd)", distinction.phrase());
    }

    @Test
    void aCategoryValueIsMoreOrLessCommonWithBothShares() {
        // Population share 0.5 has sd 0.5, so a segment share of 0.75 is d = 0.25 / 0.5 = +0.5.
        CategoryShare share = new CategoryShare("Gender", "Female", 3, 0.75, 0.5);

        Distinction distinction = Distinction.of(share);

        assertEquals("Gender = Female", distinction.feature());
        assertEquals(0.5, distinction.standardisedDifference(), 1e-12);
        assertEquals("Gender = Female more common than average (75 % vs 50 %, +0.50 sd)", distinction.phrase());
    }
}
