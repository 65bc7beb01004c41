package org.segmenta.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;

class DecimalsTest {

    @Test
    void formatUsesFixedDecimalsAndThousandsSeparators() {
        assertEquals("1,234.50", Decimals.format(2).format(1234.5));
        assertEquals("0.10", Decimals.format(2).format(0.1));
        assertEquals("1,234,567.9", Decimals.format(1).format(1234567.89));
        assertEquals("-12.0", Decimals.format(1).format(-12));
    }

    @Test
    void zeroDigitsGivesWholeNumbersWithoutADecimalPoint() {
        assertEquals("1,235", Decimals.format(0).format(1234.6));
        assertEquals("7", Decimals.format(0).format(7));
    }

    @Test
    void formatIgnoresAGermanDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);

            assertEquals("1,234.50", Decimals.format(2).format(1234.5));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatIgnoresAFrenchDefaultFormatLocale() {
        Locale saved = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.FRANCE);

            assertEquals("-9,876.5", Decimals.format(1).format(-9876.5));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, saved);
        }
    }

    @Test
    void columnFormatterShowsFixedDecimalsAndBlankForMissingValues() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            DoubleColumn column = DoubleColumn.create("x", 1234.5, Double.NaN);
            column.setPrintFormatter(Decimals.column(2));

            assertEquals("1,234.50", column.getString(0));
            assertEquals("", column.getString(1));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
