package org.segmenta.orders;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.segmenta.data.DataFileException;
import org.segmenta.data.Fix;

/**
 * Finds how the dates of an order-line file are written, among {@link DatePattern#CANDIDATES}, and refuses to guess.
 *
 * <p>The dates of about {@value #SAMPLE} lines are tried against every candidate first: lines picked by the hash of the
 * whole line, so the sample is spread over the whole file (a file sorted by date shows its later days too, which tell
 * day-first from month-first sooner) and is the same on every run. When exactly one pattern reads them all, it is chosen (a later date that it
 * cannot read stops the study with that date's row). When several do, as month-first and day-first patterns do for
 * dates whose day is at most 12, the whole column decides; if every date still fits more than one, detection stops and
 * asks for the format, showing a date with its two readings. When none reads them all, it stops and shows the first
 * date the closest pattern could not read.
 */
final class DateFormatDetection {

    /** About how many lines the sample of dates is taken from. */
    static final long SAMPLE = 10_000;

    private DateFormatDetection() {
    }

    /**
     * @return the one pattern that reads every date tried
     * @throws DataFileException if the column holds no date, or the format is unknown or ambiguous
     */
    static DatePattern detect(OrderLineEngine engine, OrderLineSql sql, Path file, String column) throws SQLException {
        List<DatePattern> candidates = DatePattern.CANDIDATES;
        long lines = ((Number) engine.row("SELECT count(*) AS lines FROM " + OrderLineSql.FILE_TABLE)
                .get("lines")).longValue();
        Map<String, Object> sample = engine.row(sql.dateFailures(candidates, Math.min(1.0, (double) SAMPLE / lines)));
        if (((Number) sample.get("dates")).longValue() == 0) {
            // The sampled lines may all lack a date while others have one: then every line is the sample.
            sample = engine.row(sql.dateFailures(candidates, 1));
        }
        if (((Number) sample.get("dates")).longValue() == 0) {
            throw new DataFileException(file, "column '" + column + "' holds no dates: every cell is empty.",
                    new Fix("Name the column that holds the purchase dates", Fix.Setting.DATE_COLUMN, ""));
        }
        List<DatePattern> fitting = fitting(candidates, sample);
        if (fitting.size() > 1) {
            fitting = fitting(fitting, engine.row(sql.dateFailures(fitting, 1)));
        }
        if (fitting.size() == 1) {
            return fitting.getFirst();
        }
        if (fitting.isEmpty()) {
            DatePattern closest = closest(candidates, sample);
            Map<String, Object> first = engine.rowInFileOrder(sql.firstUnreadableDate(closest));
            throw new DataFileException(file, "column '" + column + "', data row " + first.get("line") + ": '"
                    + first.get("value") + "' is not written in any of the date formats tried ("
                    + candidates.stream().map(DatePattern::pattern).collect(Collectors.joining(", "))
                    + ").", formatFix(closest));
        }
        Map<String, Object> first = engine.rowInFileOrder(
                sql.firstLineWhere(fitting.getFirst(), "date_text IS NOT NULL", "date_text"));
        String example = String.valueOf(first.get("value"));
        throw new DataFileException(file, "column '" + column + "': every date fits more than one format ("
                + fitting.stream().map(p -> p.pattern() + readingOf(example, p)).collect(Collectors.joining(", "))
                + " for '" + example + "' in data row " + first.get("line") + "), so the day and the month cannot be "
                + "told apart.", formatFix(fitting.getFirst()));
    }

    /** Give the format, with a candidate as an example only: the value is the user's to choose. */
    private static Fix formatFix(DatePattern example) {
        return new Fix("Give the format of this column, e.g. \"" + example.pattern() + "\",", Fix.Setting.DATE_FORMAT,
                "");
    }

    private static List<DatePattern> fitting(List<DatePattern> patterns, Map<String, Object> failures) {
        List<DatePattern> fitting = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (((Number) failures.get("failures_" + i)).longValue() == 0) {
                fitting.add(patterns.get(i));
            }
        }
        return fitting;
    }

    private static DatePattern closest(List<DatePattern> patterns, Map<String, Object> failures) {
        DatePattern best = patterns.getFirst();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < patterns.size(); i++) {
            long count = ((Number) failures.get("failures_" + i)).longValue();
            if (count < fewest) {
                fewest = count;
                best = patterns.get(i);
            }
        }
        return best;
    }

    /** @return e.g. " (3 April 2011)": how {@code pattern} reads {@code text}, or "" if java.time reads it otherwise */
    private static String readingOf(String text, DatePattern pattern) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ofPattern(pattern.pattern(), Locale.ROOT).parse(text);
            LocalDateTime date = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), 0, 0);
            return " (" + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date) + ")";
        } catch (DateTimeException e) {
            return "";
        }
    }
}
