package org.segmenta.format;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Number formats for tables shown to people: fixed decimals, thousands separators, the same output on every machine
 * whatever its locale (so reports are reproducible).
 */
public final class Decimals {

    private Decimals() {
    }

    /** @return a pattern such as {@code #,##0.00} for {@code digits} = 2, with root-locale symbols */
    public static DecimalFormat format(int digits) {
        String pattern = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** @return a Tablesaw column formatter with {@code digits} decimals, blank for missing values */
    public static NumberColumnFormatter column(int digits) {
        return new NumberColumnFormatter(format(digits), "");
    }
}
