package org.segmenta.orders;

import java.util.List;

/**
 * How the dates of an order-line file are written, as a {@link java.time.format.DateTimeFormatter} pattern such as
 * {@code "M/d/yyyy H:mm"} or {@code "yyyy-MM-dd HH:mm:ss"}, together with its translations for the SQL engines: the
 * {@code strptime} format DuckDB parses with, the datetime pattern Spark SQL parses with ({@code to_timestamp}), and a
 * regular expression that a value must match in full (so that {@code "2010121"} is not read as {@code yyyyMMdd}, which
 * {@code strptime} alone would accept).
 *
 * <p>The letters understood are {@code yyyy yy MM M dd d HH H mm ss SSS} (one to nine fraction digits) and text in
 * single quotes ({@code 'T'}); any other character stands for itself. Month and day written with one letter accept one
 * or two digits ({@code 3/4/2011} and {@code 03/04/2011}); with two letters, exactly two. Fractions of a second are
 * read to the microsecond, with one to six digits, on both engines (DuckDB's {@code %f}; Spark's {@code SSSSSS}, which
 * reads one to six). A two-digit year ({@code yy}) is read as DuckDB's {@code %y} reads it: 00–68 as 2000–2068, 69–99
 * as 1969–1999 (Spark's {@code yy} alone gives 2000–2099: see {@link #twoDigitYear()}).
 *
 * @param pattern the pattern as the user writes it, e.g. {@code "d-M-yyyy"}
 * @param strptime the equivalent {@code strptime} format, e.g. {@code "%d-%m-%Y"}
 * @param shape the regular expression a value must match in full, e.g. {@code "\\d{1,2}-\\d{1,2}-\\d{4}"}
 * @param dateTimeFormat the equivalent Spark SQL datetime pattern, literal text quoted, e.g. {@code "d'-'M'-'yyyy"}
 */
public record DatePattern(String pattern, String strptime, String shape, String dateTimeFormat) {

    /**
     * The patterns tried, in this order, when the caller does not give one: ISO forms first, then the American
     * month-first and the European day-first forms (which {@link DateFormatDetection} refuses to choose between when the
     * data fit both), then compact {@code yyyyMMdd}.
     */
    public static final List<DatePattern> CANDIDATES = List.of(
            of("yyyy-MM-dd HH:mm:ss"), of("yyyy-MM-dd HH:mm:ss.SSS"), of("yyyy-MM-dd'T'HH:mm:ss"),
            of("yyyy-MM-dd'T'HH:mm:ss.SSS"), of("yyyy-MM-dd HH:mm"), of("yyyy-MM-dd'T'HH:mm"), of("yyyy-MM-dd"),
            of("yyyy/MM/dd HH:mm:ss"), of("yyyy/MM/dd HH:mm"), of("yyyy/MM/dd"),
            of("M/d/yyyy H:mm:ss"), of("M/d/yyyy H:mm"), of("M/d/yyyy"),
            of("d/M/yyyy H:mm:ss"), of("d/M/yyyy H:mm"), of("d/M/yyyy"),
            of("d-M-yyyy H:mm:ss"), of("d-M-yyyy H:mm"), of("d-M-yyyy"),
            of("d.M.yyyy H:mm:ss"), of("d.M.yyyy H:mm"), of("d.M.yyyy"),
            of("yyyyMMdd"));

    /**
     * Translates a {@link java.time.format.DateTimeFormatter}-style pattern.
     *
     * @param pattern e.g. {@code "M/d/yyyy H:mm"}
     * @return the pattern with its strptime format and shape
     * @throws IllegalArgumentException if the pattern is empty or uses a letter other than those listed above
     */
    public static DatePattern of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("the date format is empty; give one such as \"yyyy-MM-dd\" or "
                    + "\"M/d/yyyy H:mm\".");
        }
        StringBuilder strptime = new StringBuilder();
        StringBuilder shape = new StringBuilder();
        StringBuilder dateTime = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("the date format \"" + pattern + "\" opens a quote that it "
                            + "never closes; quote literal text like this: \"yyyy-MM-dd'T'HH:mm\".");
                }
                String literal = pattern.substring(i + 1, end);
                strptime.append(literal.replace("%", "%%"));
                shape.append(regexLiteral(literal));
                dateTime.append(quoted(literal));
                i = end + 1;
                continue;
            }
            if (Character.isLetter(c)) {
                String token = String.valueOf(c).repeat(run);
                switch (token) {
                    case "yyyy" -> append(strptime, shape, "%Y", "\\d{4}");
                    case "yy" -> append(strptime, shape, "%y", "\\d{2}");
                    case "MM" -> append(strptime, shape, "%m", "\\d{2}");
                    case "M" -> append(strptime, shape, "%m", "\\d{1,2}");
                    case "dd" -> append(strptime, shape, "%d", "\\d{2}");
                    case "d" -> append(strptime, shape, "%d", "\\d{1,2}");
                    case "HH" -> append(strptime, shape, "%H", "\\d{2}");
                    case "H" -> append(strptime, shape, "%H", "\\d{1,2}");
                    case "mm" -> append(strptime, shape, "%M", "\\d{2}");
                    case "ss" -> append(strptime, shape, "%S", "\\d{2}");
                    case "SSS" -> append(strptime, shape, "%f", "\\d{1,9}");
                    default -> throw new IllegalArgumentException("the date format \"" + pattern + "\" uses '" + token
                            + "', which is not supported; use yyyy, yy, MM, M, dd, d, HH, H, mm, ss and SSS, e.g. "
                            + "\"yyyy-MM-dd HH:mm:ss\" or \"d/M/yyyy\", and quote other letters ('T').");
                }
                dateTime.append(token.equals("SSS") ? "SSSSSS" : token);
            } else {
                String literal = String.valueOf(c).repeat(run);
                strptime.append(literal.replace("%", "%%"));
                shape.append(regexLiteral(literal));
                dateTime.append(quoted(literal));
            }
            i += run;
        }
        return new DatePattern(pattern, strptime.toString(), shape.toString(), dateTime.toString());
    }

    private static void append(StringBuilder strptime, StringBuilder shape, String directive, String digits) {
        strptime.append(directive);
        shape.append(digits);
    }

    /** @return the text quoted for a datetime pattern, a quote inside written twice */
    private static String quoted(String literal) {
        return literal.isEmpty() ? "" : "'" + literal.replace("'", "''") + "'";
    }

    /**
     * @return whether the year is written with two digits ({@code yy}): Spark then reads 00–99 as 2000–2099, and a
     *     dialect that reads it as DuckDB does moves 69–99 back a century
     */
    public boolean twoDigitYear() {
        return strptime.replace("%%", "").contains("%y");
    }

    /** Escapes the characters that mean something in a regular expression, in a form that RE2 and Java both read. */
    private static String regexLiteral(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (".[]{}()\\*+?^$|-/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** @return the pattern, e.g. {@code M/d/yyyy H:mm} */
    @Override
    public String toString() {
        return pattern;
    }
}
