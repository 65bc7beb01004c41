package org.segmenta.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DatePatternTest {

    @Test
    void americanDateAndTimeBecomeStrptimeDirectives() {
        DatePattern pattern = DatePattern.of("M/d/yyyy H:mm");

        assertEquals("%m/%d/%Y %H:%M", pattern.strptime());
        assertTrue(Pattern.matches(pattern.shape(), "12/1/2010 8:26"));
        assertTrue(Pattern.matches(pattern.shape(), "03/04/2011 18:26"));
        assertFalse(Pattern.matches(pattern.shape(), "2010-12-01 08:26"));
    }

    @Test
    void twoLettersMeanExactlyTwoDigits() {
        DatePattern pattern = DatePattern.of("yyyyMMdd");

        assertEquals("%Y%m%d", pattern.strptime());
        assertTrue(Pattern.matches(pattern.shape(), "20101201"));
        assertFalse(Pattern.matches(pattern.shape(), "2010121"), "strptime alone would read this as 1 December");
    }

    @Test
    void quotedTextAndSecondFractionsAreUnderstood() {
        DatePattern pattern = DatePattern.of("yyyy-MM-dd'T'HH:mm:ss.SSS");

        assertEquals("%Y-%m-%dT%H:%M:%S.%f", pattern.strptime());
        assertTrue(Pattern.matches(pattern.shape(), "2011-12-09T12:50:00.123"));
    }

    @Test
    void sparkPatternsQuoteTheLiteralTextAndReadMicroseconds() {
        assertEquals("M'/'d'/'yyyy' 'H':'mm", DatePattern.of("M/d/yyyy H:mm").dateTimeFormat());
        assertEquals("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'SSSSSS",
                DatePattern.of("yyyy-MM-dd'T'HH:mm:ss.SSS").dateTimeFormat());
    }

    @Test
    void onlyTwoLetterYearsAreTwoDigitYears() {
        assertTrue(DatePattern.of("d.M.yy").twoDigitYear());
        assertFalse(DatePattern.of("d.M.yyyy").twoDigitYear());
        assertFalse(DatePattern.of("d'%y'yyyy").twoDigitYear(), "a quoted %y is text");
    }

    @Test
    void percentSignsAreLiteral() {
        assertEquals("%d%%%m", DatePattern.of("d%M").strptime());
    }

    @Test
    void unsupportedLettersAreRefusedWithTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatePattern.of("dd MMM yyyy"));

        assertTrue(e.getMessage().contains("'MMM'"), e.getMessage());
        assertTrue(e.getMessage().contains("yyyy-MM-dd HH:mm:ss"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatePattern.of("yyyy-MM-dd'T"));

        assertTrue(e.getMessage().contains("never closes"), e.getMessage());
    }

    @Test
    void candidatesAreDistinct() {
        assertEquals(DatePattern.CANDIDATES.size(), new HashSet<>(DatePattern.CANDIDATES).size());
    }
}
