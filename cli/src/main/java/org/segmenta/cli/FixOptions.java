package org.segmenta.cli;

import org.segmenta.clustering.SegmentationWarning;
import org.segmenta.data.DataFileException;
import org.segmenta.data.Fix;

/**
 * The lib's fixes in the command's words: every {@link Fix.Setting} the lib can name is one of the command's options
 * (the switch below has no default, so a new setting does not compile until it has its option). A lib message with a
 * fix becomes {@code file: problem + advice + " with " + option + "."}, where a notebook reads the Java call instead.
 */
final class FixOptions {

    private FixOptions() {
    }

    /** @return the message of {@code e} for the command's user: the problem, and its fix with the command's option */
    static String message(DataFileException e) {
        return e.file() + ": " + e.problem() + e.fix().map(fix -> " " + sentence(fix)).orElse("");
    }

    /**
     * @return the lib's warning about the segments for the command's user: the problem, then its fix with the
     *     command's option, e.g. {@code k-means did not converge: ... with --max-iterations 600.}
     */
    static String message(SegmentationWarning warning) {
        return warning.problem() + " " + sentence(warning.fix());
    }

    /** @return the fix as a sentence that names the command's option, e.g. {@code ... with --sheet Customers.} */
    static String sentence(Fix fix) {
        return fix.advice() + " with " + option(fix.setting(), fix.value()) + ".";
    }

    /**
     * @param value the suggested value, or "" for none
     * @return the option that applies {@code setting}, with the value or, without one, its parameter label:
     *     {@code --sheet Customers}, {@code --sheet NAME}
     */
    static String option(Fix.Setting setting, String value) {
        return switch (setting) {
            case DATE_FORMAT -> "--date-format " + word(value, "PATTERN");
            case SNAPSHOT_DATE -> "--snapshot-date " + word(value, "yyyy-MM-dd");
            case CALIBRATION_END -> "--calibration-end " + word(value, "yyyy-MM-dd");
            case CLEANING_RULES -> "--keep-cancellations, --keep-returns or --keep-non-positive-prices";
            case CUSTOMER_ID_COLUMN -> "--customer-id " + word(value, "COLUMN");
            case DATE_COLUMN -> "--date " + word(value, "COLUMN");
            case AMOUNT_COLUMN -> "--amount " + word(value, "COLUMN");
            case QUANTITY_COLUMN -> "--quantity " + word(value, "COLUMN");
            case PRICE_COLUMN -> "--price " + word(value, "COLUMN");
            case ORDER_ID_COLUMN -> "--order-id " + word(value, "COLUMN");
            case SHEET -> "--sheet " + word(value, "NAME");
            case DELIMITER -> "--delimiter " + (value.equals("\t") ? "tab" : word(value, "CHAR"));
            case MAX_ITERATIONS -> "--max-iterations " + word(value, "N");
        };
    }

    /** The value as one shell word (quoted unless it is plain), or the label when there is no value. */
    private static String word(String value, String label) {
        if (value.isEmpty()) {
            return label;
        }
        return value.matches("[A-Za-z0-9_.,:/@%+=-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
