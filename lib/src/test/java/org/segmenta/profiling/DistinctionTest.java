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
        assertEquals("Spending Score (1-100) much higher than average (+1.2 sd)",
                Distinction.of(withDifference("Spending Score (1-100)", 1.23)).phrase());
    }

    @Test
    void sizeWordsFollowCohensSmallMediumAndLargeEffects() {
        assertEquals("Age about average (+0.1 sd)", Distinction.of(withDifference("Age", 0.14)).phrase());
        assertEquals("Age slightly lower than average (-0.3 sd)", Distinction.of(withDifference("Age", -0.3)).phrase());
        assertEquals("Age lower than average (-0.6 sd)", Distinction.of(withDifference("Age", -0.6)).phrase());
        assertEquals("Age much lower than average (-0.8 sd)", Distinction.of(withDifference("Age", -0.8)).phrase());
    }

    @Test
    void wordsAgreeWithTheRoundedNumberShown() {
        // 0.48 is shown as +0.5, which is a medium effect: "higher", not "slightly higher".
        assertEquals("Age higher than average (+0.5 sd)", Distinction.of(withDifference("Age", 0.48)).phrase());
        assertTrue(Distinction.of(withDifference("Age", 0.16)).isNotable(), "0.16 is shown as 0.2");
        assertFalse(Distinction.of(withDifference("Age", 0.14)).isNotable());
    }

    @Test
    void aCategoryValueIsMoreOrLessCommonWithBothShares() {
        // Population share 0.5 has sd 0.5, so a segment share of 0.75 is d = 0.25 / 0.5 = +0.5.
        CategoryShare share = new CategoryShare("Gender", "Female", 3, 0.75, 0.5);

        Distinction distinction = Distinction.of(share);

        assertEquals("Gender = Female", distinction.feature());
        assertEquals(0.5, distinction.standardisedDifference(), 1e-12);
        assertEquals("Gender = Female more common than average (75 % vs 50 %, +0.5 sd)", distinction.phrase());
    }
}
