package org.segmenta.bench;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the report writes numbers: root locale, a fixed number of decimals per kind, "—" for a missing value. */
final class Numbers {

    /** Shown where a value does not apply or was not measured. */
    static final String NONE = "—";

    private Numbers() {
    }

    /** Seconds with three decimals: 0.481, 14.205. */
    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Milliseconds with one decimal, from seconds. */
    static String milliseconds(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.1f", seconds.getAsDouble() * 1e3) : NONE;
    }

    /** A ratio with two decimals: 0.42, 1.70. */
    static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : NONE;
    }

    /** Kilobytes as whole mebibytes with thousands separators. */
    static String mebibytes(long kilobytes) {
        return String.format(Locale.ROOT, "%,d", Math.round(kilobytes / 1024.0));
    }

    /** A WCSS or a sum of heights: two decimals, thousands separators. */
    static String quality(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A signed percentage with three decimals: +0.012 %, −1.500 %. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.3f %%", 100 * fraction);
    }

    /** Bytes in decimal units with one decimal: 6.5 MB, 328.1 MB, 6.6 GB, 1.2 TB. */
    static String bytes(double bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        int unit = 0;
        double value = bytes;
        while (Math.abs(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** Bytes per second as GB/s with one decimal. */
    static String gigabytesPerSecond(double bytesPerSecond) {
        return String.format(Locale.ROOT, "%.1f GB/s", bytesPerSecond / 1e9);
    }
}
