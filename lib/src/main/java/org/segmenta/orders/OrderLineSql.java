package org.segmenta.orders;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order-line study written once, as SQL: the lines of a file typed and marked with the cleaning rule that drops
 * them, the counts of the {@link CleaningReport}, and the customer table. Only the pieces in {@link SqlDialect} depend
 * on the engine, so DuckDB on one machine and Spark SQL on a cluster run the same definitions.
 *
 * <p>Amounts are exact decimals with 6 places ({@code DECIMAL(18,6)}, rounded half up on reading): sums do not depend
 * on the order in which an engine adds them, so the same file gives the same totals on any number of threads.
 *
 * <p>The file is read once: {@link #copyFile()} keeps the named columns of every line in {@value #FILE_TABLE}, numbers
 * typed, with a hash of the whole line; {@link #sharedHashes()} finds the hashes that more than one line has (the only
 * candidates for exact duplicates); {@link #typedLines} parses the dates and marks each line with the rule that drops
 * it into {@value #TYPED_TABLE}, which the {@link #report}, the {@link #customers} and the {@link #repeatPurchases}
 * read. Queries that number lines as in the file ({@link #firstLineWhere}) read the file itself, since the copy need
 * not keep the file's order.
 *
 * <p>Two lines are <i>exact duplicates</i> when the hash of the whole line and every named cell are equal: lines that
 * differ only in a column that is not named count as duplicates only if their 64-bit hashes collide, a chance of about
 * 1 in 1.8 &times; 10<sup>19</sup> for each such pair.
 *
 * <p>The typed lines ({@link #lines}) have the columns {@code customer_id}, {@code order_id}, {@code date_text} (the
 * trimmed cells, NULL when empty), {@code quantity}, {@code price}, {@code amount} (decimals, NULL when the cell is
 * empty or not a number), {@code purchased_at} (timestamp) and {@code dropped_by}: 0 for a kept line, else the number of
 * the first rule that drops it ({@link #MISSING_CUSTOMER}, {@link #MISSING_VALUE}, {@link #CANCELLATION},
 * {@link #NON_POSITIVE_QUANTITY}, {@link #NON_POSITIVE_AMOUNT}).
 */
public final class OrderLineSql {

    /** {@code dropped_by} of lines without a customer id. */
    public static final int MISSING_CUSTOMER = 1;
    /** {@code dropped_by} of lines without a date or an amount (quantity or price). */
    public static final int MISSING_VALUE = 2;
    /** {@code dropped_by} of cancellation lines. */
    public static final int CANCELLATION = 3;
    /** {@code dropped_by} of lines with a quantity ≤ 0. */
    public static final int NON_POSITIVE_QUANTITY = 4;
    /** {@code dropped_by} of lines with a unit price (or amount) ≤ 0. */
    public static final int NON_POSITIVE_AMOUNT = 5;

    /** How many fraction digits amounts keep. */
    private static final String DECIMAL = "DECIMAL(18,6)";

    private final SqlDialect sql;
    private final Path file;
    private final Optional<CsvLayout> layout;
    private final OrderLineColumns columns;
    private final CleaningRules rules;

    /**
     * @param dialect the engine's SQL pieces
     * @param file the order-line file
     * @param layout the text file's layout, when known ({@link CsvLayout#of}); empty lets the engine detect it
     * @param columns the columns to read
     * @param rules the cleaning rules
     */
    public OrderLineSql(SqlDialect dialect, Path file, Optional<CsvLayout> layout, OrderLineColumns columns,
                        CleaningRules rules) {
        this.sql = dialect;
        this.file = file;
        this.layout = layout;
        this.columns = columns;
        this.rules = rules;
    }

    /**
     * The table {@link #copyFile()} makes: for every line of the file, in any order (engines that insert in parallel
     * need not keep the file's), {@code customer_id}, {@code order_id}, {@code date_text}, {@code quantity},
     * {@code price}, {@code stated_amount} (the number in the amount column, if one is named),
     * {@code unreadable_quantity}, {@code unreadable_price}, {@code unreadable_amount}
     * (a cell that is not empty, yet no number) and {@value #LINE_HASH}.
     */
    public static final String FILE_TABLE = "order_line_file";

    /** The table {@link #sharedHashes()} makes: each {@value #LINE_HASH} that several lines have, with their number. */
    public static final String SHARED_HASHES_TABLE = "shared_line_hashes";

    /** The table {@link #typedLines} makes: the typed lines with their {@code dropped_by} rule and what each rule matched. */
    public static final String TYPED_TABLE = "order_lines";

    /** The table {@link #orders()} makes: the kept lines summed up per customer and order. */
    public static final String ORDERS_TABLE = "customer_orders";

    /** How many hash buckets {@link #dateFailures} samples lines from. */
    public static final int SAMPLE_BUCKETS = 1_000_000;

    /** The alias under which a whole line of the file is hashed (a name no order-line file uses). */
    private static final String ROW = "segmenta_order_line_row";

    /** The column of {@value #FILE_TABLE} that holds the hash of the whole line, made while copying. */
    public static final String LINE_HASH = "segmenta_line_hash";

    /**
     * @return the query that reads the file once, whose result the engine keeps as {@value #FILE_TABLE}
     *     ({@link OrderLineEngine#createTable})
     */
    public String copyFile() {
        return "SELECT customer_id, order_id, date_text, quantity, price, "
                + "stated_amount, quantity_text IS NOT NULL AND quantity IS NULL AS unreadable_quantity, "
                + "price_text IS NOT NULL AND price IS NULL AS unreadable_price, "
                + "amount_text IS NOT NULL AND stated_amount IS NULL"
                + " AS unreadable_amount, " + LINE_HASH + " FROM (" + numbers(true) + ") AS numbers";
    }

    /**
     * @return the query over {@value #FILE_TABLE} whose result the engine keeps as {@value #SHARED_HASHES_TABLE}:
     *     {@value #LINE_HASH} and {@code copies}, for the hashes of more than one line
     */
    public String sharedHashes() {
        return "SELECT " + LINE_HASH + ", count(*) AS copies FROM "
                + FILE_TABLE + " GROUP BY " + LINE_HASH + " HAVING count(*) > 1";
    }

    /** @return the file's first {@code lines} rows as they are, every column as text */
    public String head(int lines) {
        return "SELECT * FROM " + source() + " LIMIT " + lines;
    }

    /** @return the file's first {@code lines} rows for which {@code condition} holds, every column as text */
    public String where(String condition, int lines) {
        return "SELECT * FROM " + source() + " WHERE " + condition + " LIMIT " + lines;
    }

    private String source() {
        return sql.source(file, layout);
    }

    /**
     * Every line of the file with its named cells, trimmed and NULL when empty ({@code customer_id}, {@code order_id},
     * {@code date_text}, {@code quantity_text}, {@code price_text}, {@code amount_text}), the numbers read from them
     * ({@code quantity}, {@code price}, {@code stated_amount}), and, when asked, {@value #LINE_HASH}.
     */
    private String numbers(boolean withHash) {
        String texts = "SELECT " + cell(columns.customerId()) + " AS customer_id, "
                + cell(columns.orderId()) + " AS order_id, "
                + cell(columns.date()) + " AS date_text, "
                + cell(columns.quantity()) + " AS quantity_text, "
                + cell(columns.price()) + " AS price_text, "
                + cell(columns.amount()) + " AS amount_text"
                + (withHash ? ", " + sql.rowHash(ROW) + " AS " + LINE_HASH : "")
                + " FROM " + source() + " AS " + sql.identifier(ROW);
        return "SELECT *, TRY_CAST(quantity_text AS " + DECIMAL + ") AS quantity, TRY_CAST(price_text AS " + DECIMAL
                + ") AS price, TRY_CAST(amount_text AS " + DECIMAL + ") AS stated_amount FROM (" + texts
                + ") AS line_texts";
    }

    /**
     * The lines of {@value #FILE_TABLE}, exact duplicates reduced to one when the rules say so: a line whose hash no
     * other line has is kept as it is, only the lines of {@value #SHARED_HASHES_TABLE} are compared in full.
     */
    private String copiedLines() {
        if (!rules.dropsDuplicates()) {
            return FILE_TABLE;
        }
        return "(SELECT * FROM " + FILE_TABLE + " WHERE " + LINE_HASH + " NOT IN (SELECT " + LINE_HASH + " FROM "
                + SHARED_HASHES_TABLE + ") UNION ALL SELECT DISTINCT * FROM " + FILE_TABLE + " WHERE " + LINE_HASH
                + " IN (SELECT " + LINE_HASH + " FROM " + SHARED_HASHES_TABLE + "))";
    }

    /**
     * @param datePattern how the dates are written
     * @param inFileOrder true: every line of the file itself, in file order (for numbering lines as in the file), with
     *     the texts {@code quantity_text}, {@code price_text} and {@code amount_text} too; false: the lines of
     *     {@value #FILE_TABLE} in any order ({@link #copiedLines})
     * @return the typed lines with their {@code dropped_by} rule, as described in the class comment
     */
    public String lines(DatePattern datePattern, boolean inFileOrder) {
        String from = inFileOrder ? "(" + numbers(false) + ")" : copiedLines();
        String amount = columns.quantityTimesPrice() ? "quantity * price" : "stated_amount";
        String typed = "SELECT *, " + sql.parseTimestamp("date_text", datePattern) + " AS purchased_at, " + amount
                + " AS amount FROM " + from + " AS numbers";
        List<String> drops = new ArrayList<>();
        drops.add("WHEN customer_id IS NULL THEN " + MISSING_CUSTOMER);
        drops.add("WHEN purchased_at IS NULL OR amount IS NULL THEN " + MISSING_VALUE);
        if (rules.dropsCancellations() && columns.orderId() != null) {
            drops.add("WHEN " + isCancellation() + " THEN " + CANCELLATION);
        }
        if (rules.dropsNonPositiveQuantities() && columns.quantityTimesPrice()) {
            drops.add("WHEN quantity <= 0 THEN " + NON_POSITIVE_QUANTITY);
        }
        if (rules.dropsNonPositiveAmounts()) {
            drops.add("WHEN " + nonPositiveAmount() + " THEN " + NON_POSITIVE_AMOUNT);
        }
        return "SELECT *, CASE " + String.join(" ", drops) + " ELSE 0 END AS dropped_by FROM (" + typed
                + ") AS typed_lines";
    }

    /**
     * The query that types the lines of {@value #FILE_TABLE} once ({@link #lines}), whose result the engine keeps as
     * {@value #TYPED_TABLE}: the
     * columns {@code customer_id}, {@code order_id}, {@code purchased_at}, {@code amount} and {@code dropped_by}, and
     * what each rule matched: {@code unreadable_date}, {@code unreadable_quantity}, {@code unreadable_price},
     * {@code unreadable_amount} (a cell that is not empty, yet no date or number), {@code cancellation},
     * {@code non_positive_quantity} and {@code non_positive_amount} (true, false, or NULL when a value is missing).
     *
     * @param datePattern how the dates are written
     */
    public String typedLines(DatePattern datePattern) {
        return "SELECT customer_id, order_id, purchased_at, amount, dropped_by, "
                + "date_text IS NOT NULL AND purchased_at IS NULL AS unreadable_date, "
                + "unreadable_quantity, unreadable_price, unreadable_amount, "
                + (columns.orderId() == null ? "FALSE" : isCancellation()) + " AS cancellation, "
                + (columns.quantityTimesPrice() ? "quantity <= 0" : "FALSE") + " AS non_positive_quantity, "
                + nonPositiveAmount() + " AS non_positive_amount FROM (" + lines(datePattern, false) + ") AS lines";
    }

    /**
     * The query over the kept lines of {@value #TYPED_TABLE} whose result the engine keeps as {@value #ORDERS_TABLE}: one
     * row per customer
     * and order ({@code customer_id}, {@code order_key}, {@code order_amount}, {@code first_at}, {@code last_at}). The
     * order key is the order id, or without an order-id column the customer's purchase day (as in the CDNOW studies); a
     * line without an order id has a NULL key. Lines to orders first, then orders to customers: a customer's distinct
     * orders become a plain count, and decimal sums are exact, so the totals do not change.
     */
    public String orders() {
        return "SELECT customer_id, " + orderKey() + " AS order_key, "
                + "sum(amount) AS order_amount, min(purchased_at) AS first_at, max(purchased_at) AS last_at FROM "
                + TYPED_TABLE + " WHERE dropped_by = 0 GROUP BY customer_id, order_key";
    }

    /**
     * One row of counts over all lines of {@value #TYPED_TABLE}: {@code lines_read}, {@code lines_with_customer}, the unreadable cells
     * ({@code unreadable_dates}, {@code unreadable_quantities}, {@code unreadable_prices}, {@code unreadable_amounts}:
     * not empty, yet no date or number), the lines matching each rule ({@code missing_customer}, {@code missing_value},
     * {@code cancellation}, {@code non_positive_quantity}, {@code non_positive_amount}), the lines each rule dropped
     * ({@code dropped_1} … {@code dropped_5}, numbered as {@code dropped_by}), and over the kept lines
     * {@code lines_kept}, {@code first_purchase} and {@code last_purchase} (dates); from {@value #ORDERS_TABLE},
     * {@code customers} and {@code orders} (each customer's distinct orders, added up).
     */
    public String report() {
        List<String> counts = new ArrayList<>();
        counts.add("count(*) AS lines_read");
        counts.add("count(customer_id) AS lines_with_customer");
        counts.add(count("unreadable_date") + " AS unreadable_dates");
        counts.add(count("unreadable_quantity") + " AS unreadable_quantities");
        counts.add(count("unreadable_price") + " AS unreadable_prices");
        counts.add(count("unreadable_amount") + " AS unreadable_amounts");
        counts.add(count("customer_id IS NULL") + " AS missing_customer");
        counts.add(count("purchased_at IS NULL OR amount IS NULL") + " AS missing_value");
        counts.add(count("cancellation") + " AS cancellation");
        counts.add(count("non_positive_quantity") + " AS non_positive_quantity");
        counts.add(count("non_positive_amount") + " AS non_positive_amount");
        for (int rule = MISSING_CUSTOMER; rule <= NON_POSITIVE_AMOUNT; rule++) {
            counts.add(count("dropped_by = " + rule) + " AS dropped_" + rule);
        }
        counts.add(count("dropped_by = 0") + " AS lines_kept");
        counts.add("(SELECT count(DISTINCT customer_id) FROM " + ORDERS_TABLE + ") AS customers");
        counts.add("(SELECT count(order_key) FROM " + ORDERS_TABLE + ") AS orders");
        counts.add("CAST(min(CASE WHEN dropped_by = 0 THEN purchased_at END) AS DATE) AS first_purchase");
        counts.add("CAST(max(CASE WHEN dropped_by = 0 THEN purchased_at END) AS DATE) AS last_purchase");
        return "SELECT " + String.join(", ", counts) + " FROM " + TYPED_TABLE;
    }

    /**
     * One row: {@code lines} in the file and {@code distinct_lines}, the lines left when exact copies are merged. A line
     * whose hash no other line has is distinct; only the lines of {@value #SHARED_HASHES_TABLE} are compared in full.
     */
    public String duplicates() {
        String lines = "(SELECT count(*) FROM " + FILE_TABLE + ")";
        return "SELECT " + lines + " AS lines, " + lines + " - (SELECT coalesce(sum(copies), 0) FROM "
                + SHARED_HASHES_TABLE + ") + (SELECT count(*) FROM (SELECT DISTINCT * FROM " + FILE_TABLE + " WHERE "
                + LINE_HASH + " IN (SELECT " + LINE_HASH + " FROM " + SHARED_HASHES_TABLE + ")) AS shared) "
                + "AS distinct_lines";
    }

    /**
     * The first line (numbered from 1 after the header, in file order) that {@code condition} holds for, with the value
     * to show, numbered by the dialect's {@link SqlDialect#lineNumber()}: run it with
     * {@link OrderLineEngine#rowInFileOrder}.
     *
     * @param datePattern how the dates are written
     * @param condition a condition on the typed lines, e.g. {@code "date_text IS NOT NULL AND purchased_at IS NULL"}
     * @param value the expression to show, e.g. {@code "date_text"}
     * @return a query of at most one row: {@code line}, {@code value}
     */
    public String firstLineWhere(DatePattern datePattern, String condition, String value) {
        return "SELECT line, value FROM (SELECT " + sql.lineNumber() + " AS line, " + value + " AS value, "
                + "CASE WHEN " + condition + " THEN 1 ELSE 0 END AS hit FROM (" + lines(datePattern, true)
                + ") AS lines) AS numbered WHERE hit = 1 ORDER BY line LIMIT 1";
    }

    /**
     * The customer table: one row per customer of {@value #ORDERS_TABLE}, in the order of their ids (shorter ids first,
     * so that numeric ids come in numeric order).
     *
     * @param snapshot the date recency and tenure are counted to
     * @return a query with the columns of {@link CustomerTable}
     */
    public String customers(LocalDate snapshot) {
        String snapshotDate = "DATE '" + snapshot + "'";
        String orders = "count(order_key)";
        return "SELECT customer_id AS " + sql.identifier(columns.customerId()) + ", "
                + "CAST(" + sql.daysBetween("CAST(max(last_at) AS DATE)", snapshotDate) + " AS INTEGER) AS "
                + CustomerTable.RECENCY_DAYS + ", "
                + "CAST(" + orders + " AS INTEGER) AS " + CustomerTable.FREQUENCY + ", "
                + "CAST(sum(order_amount) AS DOUBLE) AS " + CustomerTable.MONETARY + ", "
                + "CAST(sum(order_amount) AS DOUBLE) / " + orders + " AS " + CustomerTable.AVERAGE_ORDER_VALUE + ", "
                + "CAST(" + sql.daysBetween("CAST(min(first_at) AS DATE)", snapshotDate) + " AS INTEGER) AS "
                + CustomerTable.TENURE_DAYS + ", "
                + "CAST(min(first_at) AS DATE) AS " + CustomerTable.FIRST_PURCHASE + ", "
                + "CAST(max(last_at) AS DATE) AS " + CustomerTable.LAST_PURCHASE
                + " FROM " + ORDERS_TABLE
                + " GROUP BY customer_id ORDER BY length(customer_id), customer_id";
    }

    /**
     * The inputs of the repeat-purchase models (BG/NBD, Gamma-Gamma) for each customer whose first purchase is on or
     * before {@code calibrationEnd}, counted as in Fader, Hardie &amp; Lee (2005): a customer's kept lines of one
     * calendar day form one transaction, whose spend is their total; times are in days.
     *
     * <ul>
     *   <li>{@code x}: transactions in the calibration period (up to and including {@code calibrationEnd}) after the
     *       first;</li>
     *   <li>{@code t_x}: time from the first to the last transaction in the calibration period;</li>
     *   <li>{@code T}: time from the first transaction to {@code calibrationEnd};</li>
     *   <li>{@code m_x}: the mean spend of the transactions after the first in the calibration period (NULL when
     *       {@code x = 0});</li>
     *   <li>{@code x_holdout}: transactions after {@code calibrationEnd}, up to and including {@code holdoutEnd}.</li>
     * </ul>
     *
     * @return a query over {@value #TYPED_TABLE} with the customer id column and those five, in the order of
     *     {@link #customers}
     */
    public String repeatPurchases(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        String end = "DATE '" + calibrationEnd + "'";
        String transactions = transactions();
        String repeat = "day > first_day AND day <= " + end;
        return "SELECT customer_id AS " + sql.identifier(columns.customerId()) + ", "
                + "CAST(sum(CASE WHEN " + repeat + " THEN 1 ELSE 0 END) AS INTEGER) AS x, "
                + "CAST(" + sql.daysBetween("first_day", "max(CASE WHEN day <= " + end + " THEN day END)")
                + " AS DOUBLE) AS t_x, "
                + "CAST(" + sql.daysBetween("first_day", end) + " AS DOUBLE) AS T, "
                + "CAST(sum(CASE WHEN " + repeat + " THEN spend END) AS DOUBLE) / "
                + "sum(CASE WHEN " + repeat + " THEN 1 END) AS m_x, "
                + "CAST(sum(CASE WHEN day > " + end + " AND day <= DATE '" + holdoutEnd + "' THEN 1 ELSE 0 END) "
                + "AS INTEGER) AS x_holdout"
                + " FROM (" + transactions + ") AS transactions WHERE first_day <= " + end
                + " GROUP BY customer_id, first_day ORDER BY length(customer_id), customer_id";
    }

    /**
     * The cohort's transactions day by day, for the cumulative repeat-purchase curve: for each calendar day up to
     * {@code holdoutEnd} on which a customer of the cohort (first purchase on or before {@code calibrationEnd}, as in
     * {@link #repeatPurchases}) bought, {@code first_purchases} (customers whose first transaction is that day) and
     * {@code repeat_transactions} (transactions of that day that are not a customer's first; one per customer and
     * day). Days without either are left out.
     *
     * @return a query with the columns {@code day} (date), {@code first_purchases}, {@code repeat_transactions},
     *     ordered by day
     */
    public String dailyTransactions(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return "SELECT day, CAST(sum(CASE WHEN day = first_day THEN 1 ELSE 0 END) AS INTEGER) AS first_purchases, "
                + "CAST(sum(CASE WHEN day > first_day THEN 1 ELSE 0 END) AS INTEGER) AS repeat_transactions FROM ("
                + transactions() + ") AS transactions WHERE first_day <= DATE '" + calibrationEnd
                + "' AND day <= DATE '" + holdoutEnd + "' GROUP BY day ORDER BY day";
    }

    /** Each customer's kept lines of one calendar day as one transaction, with the day of the customer's first. */
    private String transactions() {
        String days = "SELECT customer_id, CAST(purchased_at AS DATE) AS day, sum(amount) AS spend FROM "
                + TYPED_TABLE + " WHERE dropped_by = 0 GROUP BY customer_id, CAST(purchased_at AS DATE)";
        return "SELECT customer_id, day, spend, min(day) OVER (PARTITION BY customer_id) AS first_day "
                + "FROM (" + days + ") AS days";
    }

    /**
     * @param patterns the patterns to try
     * @param sampleShare the share of the lines whose dates are tried: above 0 and below 1, the lines in the lowest
     *     buckets of their hash ({@value #SAMPLE_BUCKETS} buckets; a sample spread over the whole file, the same on
     *     every run); 1, every line
     * @return for the distinct dates of the sample, their number ({@code dates}) and, for each pattern, how many of them
     *     it fails to read ({@code failures_i})
     */
    public String dateFailures(List<DatePattern> patterns, double sampleShare) {
        List<String> counts = new ArrayList<>();
        counts.add("count(*) AS dates");
        for (int i = 0; i < patterns.size(); i++) {
            counts.add(count(sql.parseTimestamp("date_text", patterns.get(i)) + " IS NULL") + " AS failures_" + i);
        }
        String lines = sampleShare >= 1 ? FILE_TABLE : "(SELECT * FROM " + FILE_TABLE + " WHERE "
                + sql.hashBucket(LINE_HASH, SAMPLE_BUCKETS) + " < "
                + Math.max(1, (long) Math.ceil(sampleShare * SAMPLE_BUCKETS)) + ") AS sampled";
        String sample = "SELECT DISTINCT date_text FROM " + lines + " WHERE date_text IS NOT NULL";
        return "SELECT " + String.join(", ", counts) + " FROM (" + sample + ") AS sample";
    }

    /** @return the first non-empty date text that {@code pattern} does not read, with its line number */
    public String firstUnreadableDate(DatePattern pattern) {
        return firstLineWhere(pattern, "date_text IS NOT NULL AND purchased_at IS NULL", "date_text");
    }

    private String cell(String column) {
        return column == null ? "CAST(NULL AS STRING)"
                : "nullif(trim(CAST(" + sql.identifier(column) + " AS STRING)), '')";
    }

    private String isCancellation() {
        String prefix = rules.cancellationPrefix();
        return "substr(order_id, 1, " + prefix.length() + ") = " + sql.text(prefix);
    }

    private String nonPositiveAmount() {
        return columns.quantityTimesPrice() ? "price <= 0" : "amount <= 0";
    }

    /** Without an order-id column, an order is a customer's purchase day (as in the CDNOW studies). */
    private String orderKey() {
        return columns.orderId() != null ? "order_id"
                : "concat(customer_id, '|', CAST(CAST(purchased_at AS DATE) AS STRING))";
    }

    private static String count(String condition) {
        return "sum(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }
}
