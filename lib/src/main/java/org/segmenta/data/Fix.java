package org.segmenta.data;

import java.util.Objects;

/**
 * What to do about a problem with the input or the settings, as data, so that each front end says it in its own words:
 * a Java user reads the method that applies the fix, the {@code segment} command names its option for the same
 * {@link Setting}.
 *
 * <p>The fix reads {@code advice + " with " + form + "."}, where the form is the Java call ({@link #java()}) or, in the
 * command, its option. The advice names no API: "Give the format of this column" becomes "Give the format of this
 * column with .dateFormat("d/M/yyyy")." in a notebook and "... with --date-format "d/M/yyyy"." in the command.
 *
 * @param advice what to do, as the start of a sentence that " with " and the setting's form complete (no final full
 *     stop, no method or option name)
 * @param setting the setting that applies the fix
 * @param value the value the fix suggests (a date format, a date, a sheet or column name, a number), or "" when there
 *     is none
 */
public record Fix(String advice, Setting setting, String value) {

    /**
     * @throws IllegalArgumentException if the advice is blank or ends with a full stop
     * @throws NullPointerException if an argument is null
     */
    public Fix {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        if (advice.isBlank() || advice.endsWith(".")) {
            throw new IllegalArgumentException("the advice of a fix is the start of a sentence that the setting "
                    + "completes; got '" + advice + "'");
        }
    }

    /** @return the fix as a sentence for a Java user, e.g. {@code Give the format with .dateFormat("d/M/yyyy").} */
    public String java() {
        return advice + " with " + setting.java(value) + ".";
    }

    /**
     * A setting of the library that fixes a problem with the input. Each constant names the Java call that applies it;
     * a front end with other names for its settings (the {@code segment} command's options) maps every constant to
     * its own.
     */
    public enum Setting {
        /** The order lines' date format: {@code OrderLines.dateFormat(pattern)}; the value is a pattern. */
        DATE_FORMAT,
        /** The day recency is counted to: {@code OrderLines.snapshotDate(date)}; the value is an ISO date. */
        SNAPSHOT_DATE,
        /** The end of the calibration period: {@code OrderLines.repeatPurchases(calibrationEnd, holdoutEnd)}. */
        CALIBRATION_END,
        /** The cleaning rules: {@code OrderLines.cleaning(rules)} with a {@code keep...} rule of CleaningRules. */
        CLEANING_RULES,
        /** The order lines' customer id column: {@code OrderLines.customerId(column)}; the value is a column name. */
        CUSTOMER_ID_COLUMN,
        /** The order lines' date column: {@code OrderLines.date(column)}; the value is a column name. */
        DATE_COLUMN,
        /** The order lines' amount column: {@code OrderLines.amount(column)}; the value is a column name. */
        AMOUNT_COLUMN,
        /** The order lines' quantity column: {@code OrderLines.quantityTimesPrice(quantity, unitPrice)}. */
        QUANTITY_COLUMN,
        /** The order lines' unit price column: {@code OrderLines.quantityTimesPrice(quantity, unitPrice)}. */
        PRICE_COLUMN,
        /** The order lines' order id column: {@code OrderLines.orderId(column)}; the value is a column name. */
        ORDER_ID_COLUMN,
        /** The workbook sheet that holds the customers: {@code CustomerFile.readSheet(file, sheet)}. */
        SHEET,
        /** The delimiter of a text file: {@code CustomerFile.read(file, delimiter)}; the value is one character. */
        DELIMITER,
        /**
         * The k-means iteration cap: {@code KMeans.maxIterations(n)} (or {@code KMeansSettings.maxIterations(n)} for a
         * k sweep); the value is a whole number.
         */
        MAX_ITERATIONS;

        /**
         * @param value the suggested value, or "" for none
         * @return the Java call that applies this setting, with the value as a literal or, without one, a parameter
         *     name: {@code .dateFormat("d/M/yyyy")}, {@code .dateFormat(pattern)}
         */
        public String java(String value) {
            boolean given = !value.isEmpty();
            String text = '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            return switch (this) {
                case DATE_FORMAT -> ".dateFormat(" + (given ? text : "pattern") + ")";
                case SNAPSHOT_DATE -> ".snapshotDate(" + (given ? "LocalDate.parse(" + text + ")" : "date") + ")";
                case CALIBRATION_END -> ".repeatPurchases(" + (given ? "LocalDate.parse(" + text + ")"
                        : "calibrationEnd") + ", holdoutEnd)";
                case CLEANING_RULES -> ".cleaning(CleaningRules.standard().keepCancellations()) or the other keep... "
                        + "rules of CleaningRules";
                case CUSTOMER_ID_COLUMN -> ".customerId(" + (given ? text : "column") + ")";
                case DATE_COLUMN -> ".date(" + (given ? text : "column") + ")";
                case AMOUNT_COLUMN -> ".amount(" + (given ? text : "column") + ")";
                case QUANTITY_COLUMN -> ".quantityTimesPrice(" + (given ? text : "quantity") + ", unitPrice)";
                case PRICE_COLUMN -> ".quantityTimesPrice(quantity, " + (given ? text : "unitPrice") + ")";
                case ORDER_ID_COLUMN -> ".orderId(" + (given ? text : "column") + ")";
                case SHEET -> "CustomerFile.readSheet(file, " + (given ? text : "sheet") + ")";
                case DELIMITER -> "CustomerFile.read(file, " + (!given ? "delimiter" : value.equals("\t") ? "'\\t'"
                        : value.equals("'") ? "'\\''" : "'" + value + "'") + ")";
                case MAX_ITERATIONS -> ".maxIterations(" + (given ? value : "maxIterations") + ")";
            };
        }
    }
}
