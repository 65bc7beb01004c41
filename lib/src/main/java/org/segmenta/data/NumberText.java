package org.segmenta.data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a cell of a delimited file holds when a number is expected: a number, a gap, or something that only looks like
 * a number. Strict on purpose: {@code NaN}, {@code inf} and {@code 1e400} (beyond the range of a double, so it would
 * silently become infinity) are not numbers a segmentation can use, and are reported as such, never read as gaps.
 *
 * <ul>
 *   <li><b>missing</b>: an empty cell, or one of {@link #MISSING_MARKERS} (any case), surrounding spaces ignored;</li>
 *   <li><b>number</b>: a decimal number with a point, an optional sign and exponent ({@code 42}, {@code -3.5},
 *       {@code .5}, {@code 1e-3}) whose value is finite as a double;</li>
 *   <li><b>not a number</b>: {@code NaN} in any case;</li>
 *   <li><b>infinite</b>: {@code inf}, {@code infinity}, with an optional sign, in any case;</li>
 *   <li><b>out of range</b>: a decimal number whose magnitude exceeds {@link Double#MAX_VALUE} (about 1.8·10³⁰⁸);</li>
 *   <li><b>decimal comma</b>: digits with one comma and no point, like {@code 3,5}, the decimal mark of many locales;</li>
 *   <li><b>text</b>: anything else.</li>
 * </ul>
 *
 * <pre>{@code
 * NumberText.kindOf("1e400");    // OUT_OF_RANGE
 * NumberText.value(" 42 ");      // 42.0
 * }</pre>
 */
public final class NumberText {

    /** Cell values, besides the empty cell, that mean "no value" (compared ignoring case and surrounding spaces). */
    public static final List<String> MISSING_MARKERS = List.of("NA", "N/A", "null");

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INFINITE = Pattern.compile("[-+]?inf(inity)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d*,\\d+");

    /** The kinds of cell content. */
    public enum Kind {
        /** No value: empty, or a missing marker. */
        MISSING,
        /** A finite decimal number. */
        NUMBER,
        /** {@code NaN}. */
        NOT_A_NUMBER,
        /** {@code inf} or {@code infinity}, signed or not. */
        INFINITE,
        /** A decimal number too large in magnitude for a double. */
        OUT_OF_RANGE,
        /** A number written with a decimal comma, e.g. {@code 3,5}. */
        DECIMAL_COMMA,
        /** Anything else. */
        TEXT;

        /** @return whether a column of such cells was meant to hold numbers (all kinds but TEXT and MISSING) */
        public boolean looksNumeric() {
            return this != TEXT && this != MISSING;
        }
    }

    private NumberText() {
    }

    /** @return what {@code text} holds */
    public static Kind kindOf(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || MISSING_MARKERS.stream().anyMatch(value::equalsIgnoreCase)) {
            return Kind.MISSING;
        }
        if (DECIMAL.matcher(value).matches()) {
            return Double.isFinite(Double.parseDouble(value)) ? Kind.NUMBER : Kind.OUT_OF_RANGE;
        }
        if (value.equalsIgnoreCase("nan")) {
            return Kind.NOT_A_NUMBER;
        }
        if (INFINITE.matcher(value).matches()) {
            return Kind.INFINITE;
        }
        return DECIMAL_COMMA.matcher(value).matches() ? Kind.DECIMAL_COMMA : Kind.TEXT;
    }

    /**
     * @return the number {@code text} holds
     * @throws IllegalArgumentException if it is not of kind {@link Kind#NUMBER}, saying why
     */
    public static double value(String text) {
        Kind kind = kindOf(text);
        if (kind != Kind.NUMBER) {
            throw new IllegalArgumentException("'" + text + "' " + problem(kind));
        }
        return Double.parseDouble(text.strip());
    }

    /**
     * @return why a cell of this kind cannot be used as a number, as a phrase that follows the quoted value, with what
     *     to do; empty for {@link Kind#NUMBER}
     */
    public static String problem(Kind kind) {
        return switch (kind) {
            case NUMBER -> "";
            case MISSING -> "is a missing value";
            case NOT_A_NUMBER -> "is not a number (NaN). If the value is unknown, leave the cell empty so that it "
                    + "counts as missing";
            case INFINITE -> "is infinite; only finite numbers can be segmented. Fix the value, or remove the row";
            case OUT_OF_RANGE -> String.format(Locale.ROOT, "is out of range: its magnitude exceeds %.1e, the largest "
                    + "double-precision number, so it would become infinity. Fix the value, or remove the row",
                    Double.MAX_VALUE);
            case DECIMAL_COMMA -> "is written with a decimal comma; numbers need a decimal point (3.5, not 3,5). "
                    + "Export the file with a point as the decimal mark";
            case TEXT -> "is not a number. Fix or remove that value, or leave the column out";
        };
    }
}
