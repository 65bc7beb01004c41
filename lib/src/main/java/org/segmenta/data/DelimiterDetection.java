package org.segmenta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds which delimiter separates the columns of a delimited text file: a comma, a semicolon (common where the comma
 * is the decimal mark) or a tab.
 *
 * <p>Rule: the first {@value #RECORDS_SAMPLED} records are split on each candidate, outside double quotes (so a quoted
 * {@code "Smith, John"} is one field, and a quoted line break does not end a record). A candidate that splits the
 * header into at least two fields and gives every sampled record as many fields as the header is <i>consistent</i>;
 * the consistent candidate with the most fields wins (ties in the order comma, semicolon, tab). If none is consistent,
 * the one that splits the header into the most fields is taken, so that the reader can then name the row that does not
 * fit. If none splits the header at all, the file cannot be read as a table and the message lists what was tried.
 *
 * <pre>{@code
 * char delimiter = DelimiterDetection.detect(file, text);   // ',', ';' or '\t'
 * }</pre>
 */
public final class DelimiterDetection {

    /** The delimiters tried, in order of preference on ties. */
    public static final List<Character> CANDIDATES = List.of(',', ';', '\t');

    /** How many records (the header included) are looked at. */
    public static final int RECORDS_SAMPLED = 50;

    private static final int HEADER_SHOWN = 80;

    private DelimiterDetection() {
    }

    /**
     * @param file the file the text comes from, named in messages
     * @param text the file's content
     * @return the delimiter, one of {@link #CANDIDATES}
     * @throws DataFileException if no candidate splits the header line into two or more columns
     */
    public static char detect(Path file, String text) {
        List<String> records = records(text, RECORDS_SAMPLED);
        if (records.isEmpty()) {
            throw new DataFileException(file, "has no header line (it holds only blank lines). Check that it is the "
                    + "right file.");
        }
        String header = records.get(0);
        Character best = null;
        int bestFields = 1;
        boolean bestConsistent = false;
        for (char candidate : CANDIDATES) {
            int fields = fields(header, candidate);
            if (fields < 2) {
                continue;
            }
            boolean consistent = records.stream().allMatch(record -> fields(record, candidate) == fields);
            if (best == null || (consistent && !bestConsistent)
                    || (consistent == bestConsistent && fields > bestFields)) {
                best = candidate;
                bestFields = fields;
                bestConsistent = consistent;
            }
        }
        if (best == null) {
            throw new DataFileException(file, "only one column was found: none of the delimiters tried ("
                    + tried() + ") splits the header line '" + shortened(header) + "' into columns, and a customer "
                    + "table needs at least two.", new Fix("If the file uses another delimiter, give it",
                    Fix.Setting.DELIMITER, ""));
        }
        return best;
    }

    /**
     * @return the number of fields {@code record} splits into on {@code delimiter}, not counting delimiters inside
     *     double quotes
     */
    public static int fields(String record, char delimiter) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    /**
     * @return the fields of {@code record} split on {@code delimiter} outside double quotes, each with its enclosing
     *     quotes removed and a doubled quote inside them read as one (RFC 4180), e.g. {@code a,"b ""c""",d} gives
     *     {@code a}, {@code b "c"}, {@code d}
     */
    public static List<String> split(String record, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * What to tell someone who read {@code text} split on {@code tried} and got a broken table: the delimiter
     * {@link #detect} finds, if it is another one.
     *
     * @return {@code "; the header looks separated by semicolons (';') instead"} or the like, or {@code ""} if
     *     detection finds {@code tried} or nothing
     */
    static String otherDelimiter(Path file, String text, char tried) {
        char found;
        try {
            found = detect(file, text);
        } catch (DataFileException e) {
            return "";
        }
        return found == tried ? "" : "; the header looks separated by " + describe(found) + " instead";
    }

    /** @return the delimiter in words for messages, e.g. "commas (',')" or "tabs" */
    static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tabs";
            case ',' -> "commas (',')";
            case ';' -> "semicolons (';')";
            case '|' -> "pipes ('|')";
            default -> "'" + delimiter + "'";
        };
    }

    /** @return the candidates in words, e.g. "commas (','), semicolons (';') and tabs" */
    public static String tried() {
        List<String> words = CANDIDATES.stream().map(DelimiterDetection::describe).collect(Collectors.toList());
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /**
     * The first {@code max} non-blank records of {@code text}: lines, except that a line break inside double quotes
     * continues the record. Line ends may be {@code \n} or {@code \r\n}.
     */
    public static List<String> records(String text, int max) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && records.size() < max; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                add(records, record);
                record.setLength(0);
            } else if (!(c == '\r' && !quoted && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                record.append(c);
            }
        }
        if (records.size() < max) {
            add(records, record);
        }
        return records;
    }

    private static void add(List<String> records, StringBuilder record) {
        if (!record.toString().isBlank()) {
            records.add(record.toString());
        }
    }

    private static String shortened(String header) {
        String visible = header.replace("\t", "\\t");
        return visible.length() <= HEADER_SHOWN ? visible : visible.substring(0, HEADER_SHOWN) + "…";
    }
}
