package org.segmenta.profiling;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers for sentences people read (phrases, reasons, cards): as many decimals as the size of the number calls for,
 * halves rounded up, root-locale symbols so that the text is the same on every machine.
 *
 * <pre>{@code
 * ReadableNumbers.value(1234.5)        // "1,235"
 * ReadableNumbers.value(86.54)         // "86.5"
 * ReadableNumbers.value(0.356)         // "0.36"
 * ReadableNumbers.vs(6, 49)            // "6.0 vs 49.0"
 * ReadableNumbers.percent(0.5625)      // "56 %"
 * ReadableNumbers.signed(1.234)        // "+1.2"
 * ReadableNumbers.signed(0.456, 2)     // "+0.46"
 * }</pre>
 */
public final class ReadableNumbers {

    private ReadableNumbers() {
    }

    /**
     * @return {@code value} with 0 decimals from 100 up, 1 decimal from 10 up, at most 2 decimals below 10; "n/a" for
     *     NaN
     */
    public static String value(double value) {
        return Double.isNaN(value) ? "n/a" : format(patternFor(Math.abs(value))).format(value);
    }

    /**
     * @return "value vs reference", both with the decimals the larger of the two calls for, e.g. {@code vs(6, 49)}
     *     gives "6.0 vs 49.0"
     */
    public static String vs(double value, double reference) {
        double size = Math.max(Double.isNaN(value) ? 0 : Math.abs(value),
                Double.isNaN(reference) ? 0 : Math.abs(reference));
        DecimalFormat shared = format(patternFor(size));
        return (Double.isNaN(value) ? "n/a" : shared.format(value)) + " vs "
                + (Double.isNaN(reference) ? "n/a" : shared.format(reference));
    }

    private static String patternFor(double size) {
        return size >= 100 ? "#,##0" : size >= 10 ? "#,##0.0" : "#,##0.##";
    }

    /** @return a fraction (0.5625) as a percentage ("56 %"), with one decimal below 10 % ("2.5 %"); "n/a" for NaN */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        double percent = 100 * fraction;
        return format(Math.abs(percent) >= 10 ? "#,##0" : "0.#").format(percent) + " %";
    }

    /** @return a fraction as a percentage with exactly {@code decimals} decimals, e.g. (0.405, 1) → "40.5 %" */
    public static String percent(double fraction, int decimals) {
        if (Double.isNaN(fraction)) {
            return "n/a";
        }
        return format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(100 * fraction) + " %";
    }

    /** @return {@code value} with one decimal and always a sign: "+1.2", "-0.8", "+0.0" */
    public static String signed(double value) {
        return signed(value, 1);
    }

    /**
     * @return {@code value} with exactly {@code decimals} decimals (at least 1) and always a sign, e.g.
     *     (0.456, 2) → "+0.46"
     */
    public static String signed(double value, int decimals) {
        if (decimals < 1) {
            throw new IllegalArgumentException("decimals must be at least 1, got " + decimals);
        }
        String digits = "0".repeat(decimals);
        return format("+0." + digits + ";-0." + digits).format(value);
    }

    private static DecimalFormat format(String pattern) {
        // DecimalFormat is not thread-safe, so each call gets its own; halves round up, as people expect.
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
