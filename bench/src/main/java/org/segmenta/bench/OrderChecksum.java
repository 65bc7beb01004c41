package org.segmenta.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What two tools must agree on after reading, cleaning and aggregating the same order-line file: the lines read, the
 * exact duplicate lines among them (a line equal in every column to an earlier one), the lines kept by the cleaning,
 * and over the customer table the customers, Σ recency days, Σ frequency (distinct orders) and Σ monetary in cents
 * (the sum of the customers' totals, rounded to the cent once). A fast wrong answer shows as a different checksum.
 *
 * @param lines data lines in the file
 * @param duplicates lines that repeat an earlier line exactly
 * @param linesKept lines left after the cleaning
 * @param customers rows of the customer table
 * @param recencyDays Σ recency_days
 * @param frequency Σ frequency
 * @param monetaryCents Σ monetary × 100, rounded
 */
public record OrderChecksum(long lines, long duplicates, long linesKept, long customers, long recencyDays,
        long frequency, long monetaryCents) {

    /** The key of the report line ({@code @bench checksum lines=… duplicates=… …}). */
    static final String KEY = "checksum";

    /** @return Σ monetary rounded to cents, as a number */
    public double monetary() {
        return monetaryCents / 100.0;
    }

    /** @return the fields as {@code name=value} words, in the order of the record */
    public String words() {
        return String.format(Locale.ROOT, "lines=%d duplicates=%d kept=%d customers=%d recency=%d frequency=%d "
                + "monetary_cents=%d", lines, duplicates, linesKept, customers, recencyDays, frequency, monetaryCents);
    }

    /**
     * Reads {@link #words()}.
     *
     * @throws IllegalArgumentException naming the word that is missing or not a whole number
     */
    public static OrderChecksum parse(String words) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String word : words.strip().split("\\s+")) {
            int equals = word.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a checksum word must be name=value, got '" + word + "'");
            }
            values.put(word.substring(0, equals), Long.parseLong(word.substring(equals + 1)));
        }
        return new OrderChecksum(get(values, "lines"), get(values, "duplicates"), get(values, "kept"),
                get(values, "customers"), get(values, "recency"), get(values, "frequency"),
                get(values, "monetary_cents"));
    }

    private static long get(Map<String, Long> values, String name) {
        Long value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the checksum has no '" + name + "=' word");
        }
        return value;
    }
}
