package org.segmenta.orders;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmenta.data.CustomerData;
import org.segmenta.data.DataFileException;
import org.segmenta.data.Fix;
import org.segmenta.features.ColumnSuggestions;
import tech.tablesaw.api.Table;

/**
 * An order-line file (one row per order line: customer, date, amount or quantity × unit price, optionally order id)
 * and how to turn it into a {@link CustomerTable}: which columns to read, how dates are written, which lines to drop
 * ({@link CleaningRules}) and the snapshot date. DuckDB does the reading, cleaning and aggregation, in SQL
 * ({@link OrderLineSql}), in parallel and out of core, so files far larger than memory work; only the customers come
 * back to Java.
 *
 * <pre>{@code
 * CustomerTable customers = OrderLines.from(Path.of("../data/online_retail.csv.gz"))
 *         .customerId("CustomerID").date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice")
 *         .orderId("InvoiceNo")
 *         .customers();
 * customers.cleaning();   // what was dropped and why
 * customers.table();      // one row per customer: recency_days, frequency, monetary, …
 * }</pre>
 *
 * <p>Files: CSV with a header (any common delimiter, detected), plain or gzip-compressed ({@code .csv.gz}), or
 * Parquet ({@code .parquet}); UTF-8. The file is only read. Instances are immutable; each {@code with…} method
 * returns a changed copy.
 *
 * <p>The checks, the date detection and the cleaning report are written once, over an {@link OrderLineEngine}: DuckDB
 * here, and Spark SQL in the {@code spark} module ({@code SparkOrderLines}), which runs the same SQL through
 * {@link #customerQuery(OrderLineEngine)} and keeps the customers on the cluster.
 */
public final class OrderLines {

    private final Path file;
    private final OrderLineColumns columns;
    private final DatePattern datePattern;
    private final CleaningRules rules;
    private final LocalDate snapshotDate;

    private OrderLines(Path file, OrderLineColumns columns, DatePattern datePattern, CleaningRules rules,
                       LocalDate snapshotDate) {
        this.file = file;
        this.columns = columns;
        this.datePattern = datePattern;
        this.rules = rules;
        this.snapshotDate = snapshotDate;
    }

    /** @return the order lines of {@code file}, with no column named yet and the {@link CleaningRules#standard()} rules */
    public static OrderLines from(Path file) {
        return new OrderLines(file, new OrderLineColumns(null, null, null, null, null, null), null,
                CleaningRules.standard(), null);
    }

    /** @return the order-line file these lines are read from */
    public Path file() {
        return file;
    }

    /** @return a copy that reads customer ids from {@code column} */
    public OrderLines customerId(String column) {
        return with(new OrderLineColumns(column, columns.date(), columns.amount(), columns.quantity(),
                columns.price(), columns.orderId()));
    }

    /** @return a copy that reads purchase dates (or dates and times) from {@code column} */
    public OrderLines date(String column) {
        return with(new OrderLineColumns(columns.customerId(), column, columns.amount(), columns.quantity(),
                columns.price(), columns.orderId()));
    }

    /** @return a copy that reads each line's amount from {@code column} */
    public OrderLines amount(String column) {
        return with(new OrderLineColumns(columns.customerId(), columns.date(), column, null, null,
                columns.orderId()));
    }

    /** @return a copy whose line amount is {@code quantity} × {@code unitPrice} */
    public OrderLines quantityTimesPrice(String quantity, String unitPrice) {
        return with(new OrderLineColumns(columns.customerId(), columns.date(), null, quantity, unitPrice,
                columns.orderId()));
    }

    /** @return a copy that counts orders by the ids in {@code column} (without it, purchase days are counted) */
    public OrderLines orderId(String column) {
        return with(new OrderLineColumns(columns.customerId(), columns.date(), columns.amount(), columns.quantity(),
                columns.price(), column));
    }

    /**
     * @param pattern how dates are written, e.g. {@code "M/d/yyyy H:mm"} (see {@link DatePattern}); without it, the
     *     format is detected and ambiguous data stop with a request for it
     * @return a copy that reads dates with {@code pattern}
     */
    public OrderLines dateFormat(String pattern) {
        return new OrderLines(file, columns, DatePattern.of(pattern), rules, snapshotDate);
    }

    /** @return a copy that cleans with {@code cleaningRules} */
    public OrderLines cleaning(CleaningRules cleaningRules) {
        return new OrderLines(file, columns, datePattern, cleaningRules, snapshotDate);
    }

    /**
     * @param date the date recency and tenure are counted to; by default the day after the last purchase kept
     * @return a copy with that snapshot date
     */
    public OrderLines snapshotDate(LocalDate date) {
        return new OrderLines(file, columns, datePattern, rules, date);
    }

    /** @return the columns named so far */
    public OrderLineColumns columns() {
        return columns;
    }

    /**
     * Reads, checks and cleans the order lines, and counts each customer's recency, frequency and monetary value.
     *
     * @return the customers, with the cleaning report, the snapshot date and the date format used
     * @throws DataFileException naming the file, column, row and value when the file cannot be read, a named column
     *     is missing, a date or number cannot be read, the date format is ambiguous, the customer column is empty, no
     *     line is left after cleaning, or the snapshot date is before the last purchase
     * @throws IllegalArgumentException if the customer, date and amount (or quantity and price) columns are not all named
     */
    public CustomerTable customers() {
        return onDuckDb(session -> {
            CustomerQuery customers = customerQuery(session);
            return new CustomerTable(session.table(customers.query(), file.getFileName().toString()),
                    customers.cleaning(), customers.snapshotDate(), customers.datePattern());
        });
    }

    /**
     * Reads, checks and cleans the order lines on {@code engine}, as {@link #customers()} does on DuckDB, and writes the
     * customer table as a query over the engine's tables, which the engine then runs where it likes (collected into a
     * Tablesaw table on one machine, kept as a distributed Dataset on Spark). The checks, the date detection and the
     * cleaning report are the same on every engine: only one row of counts comes back from it.
     *
     * @param engine where the SQL runs; its tables {@value OrderLineSql#TYPED_TABLE} and
     *     {@value OrderLineSql#ORDERS_TABLE} are left for the query to read
     * @return the customer query ({@link OrderLineSql#customers}) with the cleaning report, snapshot date and date
     *     format
     * @throws DataFileException as {@link #customers()} does
     * @throws IllegalArgumentException as {@link #customers()} does
     */
    public CustomerQuery customerQuery(OrderLineEngine engine) {
        Cleaned cleaned = clean(engine);
        CleaningReport report = cleaned.report();
        LocalDate snapshot = snapshotDate != null ? snapshotDate : report.lastPurchase().plusDays(1);
        if (snapshot.isBefore(report.lastPurchase())) {
            throw new DataFileException(file, "the snapshot date " + snapshot + " is before the last purchase ("
                    + report.lastPurchase() + "), so recency would be negative.", new Fix("Leave it out to use "
                    + "the day after the last purchase, or choose a date on or after " + report.lastPurchase(),
                    Fix.Setting.SNAPSHOT_DATE, report.lastPurchase().toString()));
        }
        return new CustomerQuery(cleaned.sql().customers(snapshot),
                cleaned.sql().repeatPurchases(report.lastPurchase(), report.lastPurchase()), report, snapshot,
                cleaned.pattern());
    }

    /** Work done in a DuckDB session. */
    private interface Work<T> {
        T run(DuckDbSession session) throws SQLException;
    }

    /** Runs {@code work} in a new DuckDB session, closed after it. */
    private <T> T onDuckDb(Work<T> work) {
        columns.requireComplete();
        CustomerData.checkReadable(file);
        // Tablesaw scans the class path the first time a Table is made (a large part of a new JVM's start): started
        // now, the scan overlaps DuckDB's reading of the file instead of following it. A no-op once Table is loaded.
        Thread.ofVirtual().start(() -> Table.create());
        try (DuckDbSession session = DuckDbSession.open()) {
            return work.run(session);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** The checked and counted order lines: the study's SQL, the date format used and the cleaning report. */
    private record Cleaned(OrderLineSql sql, DatePattern pattern, CleaningReport report) {
    }

    /**
     * Reads the file once on {@code engine}, checks its columns and values and counts the cleaning, leaving the tables
     * {@value OrderLineSql#TYPED_TABLE}, {@value OrderLineSql#SHARED_HASHES_TABLE} and {@value OrderLineSql#ORDERS_TABLE}
     * in the engine.
     */
    private Cleaned clean(OrderLineEngine engine) {
        columns.requireComplete();
        OrderLineSql sql = sql(engine.dialect());
        try {
            checkColumns(engine, sql);
            engine.createTable(OrderLineSql.FILE_TABLE, sql.copyFile());
            if (count(engine.row("SELECT count(*) AS lines FROM " + OrderLineSql.FILE_TABLE), "lines") == 0) {
                throw new DataFileException(file, "has a header but no order lines. Check that it is the right file.");
            }
            engine.createTable(OrderLineSql.SHARED_HASHES_TABLE, sql.sharedHashes());
            DatePattern pattern = datePattern != null ? datePattern
                    : DateFormatDetection.detect(engine, sql, file, columns.date());
            Map<String, Object> duplicates = engine.row(sql.duplicates());
            engine.createTable(OrderLineSql.TYPED_TABLE, sql.typedLines(pattern));
            // The typed lines hold all that is read from here on: the copy's memory goes to the steps that follow.
            engine.dropTable(OrderLineSql.FILE_TABLE);
            engine.createTable(OrderLineSql.ORDERS_TABLE, sql.orders());
            Map<String, Object> counts = engine.row(sql.report());
            checkValues(engine, sql, pattern, counts);
            CleaningReport report = report(counts, duplicates);
            if (report.linesKept() == 0) {
                throw new DataFileException(file, "no order line is left after cleaning. " + report + ".",
                        new Fix("Check the columns named, or keep more lines", Fix.Setting.CLEANING_RULES, ""));
            }
            return new Cleaned(sql, pattern, report);
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * Reads, checks and cleans the order lines like {@link #customers()}, and summarises each customer's transactions
     * for the repeat-purchase models (a customer's purchases of one day form one transaction): see
     * {@link OrderLineSql#repeatPurchases} for the columns {@code x}, {@code t_x}, {@code T}, {@code m_x} and
     * {@code x_holdout}, here in days. Customers whose first purchase is after {@code calibrationEnd} are left out.
     * The history also holds the cohort's first purchases and repeat transactions day by day
     * ({@link OrderLineSql#dailyTransactions}), for the cumulative repeat-purchase curve.
     *
     * @param calibrationEnd the last day of the calibration period
     * @param holdoutEnd the last day of the holdout period (on or after {@code calibrationEnd}; equal for none)
     * @return the summary, with the periods and the cleaning report
     * @throws DataFileException as {@link #customers()} does, or if no customer bought by {@code calibrationEnd}
     */
    public RepeatPurchaseHistory repeatPurchases(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        if (holdoutEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout period ends (" + holdoutEnd + ") before the calibration "
                    + "period (" + calibrationEnd + "); give a holdout end on or after the calibration end.");
        }
        return onDuckDb(session -> {
            Cleaned cleaned = clean(session);
            CleaningReport report = cleaned.report();
            if (calibrationEnd.isBefore(report.firstPurchase())) {
                throw new DataFileException(file, "the calibration period ends (" + calibrationEnd + ") before the "
                        + "first purchase (" + report.firstPurchase() + ").", new Fix("Choose a calibration end "
                        + "between " + report.firstPurchase() + " and " + report.lastPurchase(),
                        Fix.Setting.CALIBRATION_END, ""));
            }
            return history(session, cleaned.sql(), report, calibrationEnd, holdoutEnd);
        });
    }

    /**
     * The repeat-purchase summary over the whole file: the calibration period ends on the day of the last purchase
     * kept, with no holdout. This is what models that predict each customer's future are fitted on.
     *
     * @return the summary
     * @throws DataFileException as {@link #customers()} does
     */
    public RepeatPurchaseHistory repeatPurchases() {
        return onDuckDb(session -> {
            Cleaned cleaned = clean(session);
            return history(session, cleaned.sql(), cleaned.report(), cleaned.report().lastPurchase(),
                    cleaned.report().lastPurchase());
        });
    }

    private RepeatPurchaseHistory history(DuckDbSession session, OrderLineSql sql, CleaningReport report,
                                          LocalDate calibrationEnd, LocalDate holdoutEnd)
            throws SQLException {
        Table table = session.table(sql.repeatPurchases(calibrationEnd, holdoutEnd),
                "Repeat purchases in " + file.getFileName());
        Table daily = session.table(sql.dailyTransactions(calibrationEnd, holdoutEnd),
                "Daily transactions in " + file.getFileName());
        return new RepeatPurchaseHistory(table, calibrationEnd, holdoutEnd, report, daily);
    }

    /**
     * The first lines of the file as they are, every column as text (empty cells missing), before any check or
     * cleaning: for a first look at the raw data.
     *
     * @param lines how many lines, at least 1
     * @return up to {@code lines} data lines, in file order, with the file's column names
     * @throws DataFileException if the file cannot be read as a table
     */
    public Table head(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("ask for at least one line, not " + lines + ".");
        }
        try {
            return inFileOrder(sql().head(lines));
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /**
     * The lines that match {@code condition}, for a look at what a cleaning rule is about, e.g. the first cancellations:
     * {@code lines.where("InvoiceNo LIKE 'C%'", 5)}.
     *
     * @param condition a SQL condition on the file's columns, all read as text (quote names with double quotes)
     * @param lines how many lines at most
     * @return up to {@code lines} matching lines, in file order, every column as text
     * @throws DataFileException if the file cannot be read or the condition is not valid SQL for it
     */
    public Table where(String condition, int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("ask for at least one line, not " + lines + ".");
        }
        try {
            return inFileOrder(sql().where(condition, lines));
        } catch (SQLException e) {
            throw new DataFileException(file, "the condition \"" + condition + "\" cannot be applied: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip()
                    + ". Write it in SQL over the file's columns, e.g. \"InvoiceNo\" LIKE 'C%'.", e);
        }
    }

    /** Runs a query over the file itself on one thread, keeping the order of its lines. */
    private Table inFileOrder(String query) throws SQLException {
        CustomerData.checkReadable(file);
        try (DuckDbSession session = DuckDbSession.open()) {
            session.execute("SET threads = 1");
            session.execute("SET preserve_insertion_order = true");
            return session.table(query, file.getFileName().toString());
        }
    }

    /** @return the study's SQL for this file on DuckDB, its layout read from its start; the file checked readable first */
    private OrderLineSql sql() {
        return sql(new DuckDbDialect());
    }

    /**
     * @return the study's SQL for this file in {@code dialect}, its layout read from its start; the file checked first
     *     (both by the dialect)
     */
    private OrderLineSql sql(SqlDialect dialect) {
        dialect.checkReadable(file);
        return new OrderLineSql(dialect, file, dialect.layout(file), columns, rules);
    }

    /** Checks that the named columns are in the file, before the whole file is read. */
    private void checkColumns(OrderLineEngine engine, OrderLineSql sql) throws SQLException {
        List<String> available = engine.columnNames("SELECT * FROM (" + sql.head(1) + ") AS first_line");
        for (Map.Entry<Fix.Setting, String> named : columns.bySetting().entrySet()) {
            String name = named.getValue();
            if (!available.contains(name)) {
                Fix fix = new Fix("Name the column that holds the " + OrderLineColumns.meaning(named.getKey()),
                        named.getKey(), ColumnSuggestions.closest(name, available).orElse(""));
                throw new DataFileException(file, "has no column '" + name + "'"
                        + ColumnSuggestions.didYouMean(name, available) + ". Its columns are: "
                        + String.join(", ", available) + ".", fix);
            }
        }
    }

    private void checkValues(OrderLineEngine engine, OrderLineSql sql, DatePattern pattern, Map<String, Object> counts)
            throws SQLException {
        if (count(counts, "unreadable_dates") > 0) {
            Map<String, Object> first = engine.rowInFileOrder(sql.firstUnreadableDate(pattern));
            throw new DataFileException(file, "column '" + columns.date() + "', data row " + first.get("line") + ": '"
                    + first.get("value") + "' is not a date written as \"" + pattern.pattern() + "\""
                    + (datePattern == null ? " (the format detected from the other dates)" : "") + ".",
                    new Fix("Fix that value, or give the format the column uses", Fix.Setting.DATE_FORMAT, ""));
        }
        checkNumbers(engine, sql, pattern, counts, "unreadable_quantities", Fix.Setting.QUANTITY_COLUMN, "quantity");
        checkNumbers(engine, sql, pattern, counts, "unreadable_prices", Fix.Setting.PRICE_COLUMN, "price");
        checkNumbers(engine, sql, pattern, counts, "unreadable_amounts", Fix.Setting.AMOUNT_COLUMN, "amount");
        if (count(counts, "lines_with_customer") == 0) {
            throw new DataFileException(file, "column '" + columns.customerId() + "' is empty in all "
                    + String.format(Locale.ROOT, "%,d", count(counts, "lines_read")) + " order lines.",
                    new Fix("Name the column that holds the customer ids", Fix.Setting.CUSTOMER_ID_COLUMN, ""));
        }
    }

    private void checkNumbers(OrderLineEngine engine, OrderLineSql sql, DatePattern pattern,
                              Map<String, Object> counts, String countName, Fix.Setting setting, String field)
            throws SQLException {
        if (count(counts, countName) > 0) {
            Map<String, Object> first = engine.rowInFileOrder(sql.firstLineWhere(pattern,
                    field + "_text IS NOT NULL AND " + field + " IS NULL", field + "_text"));
            throw new DataFileException(file, "column '" + columns.bySetting().get(setting) + "', data row "
                    + first.get("line") + ": '" + first.get("value") + "' is not a number that can be added up.",
                    new Fix("Write numbers with a point for decimals, no thousands separators and at most 12 digits "
                            + "before the point (e.g. 1234.5), or name the right column", setting, ""));
        }
    }

    private CleaningReport report(Map<String, Object> counts, Map<String, Object> duplicates) {
        long lines = count(duplicates, "lines");
        long copies = lines - count(duplicates, "distinct_lines");
        List<CleaningStep> steps = new ArrayList<>();
        steps.add(new CleaningStep("exact duplicates of another line", rules.dropsDuplicates(), copies,
                rules.dropsDuplicates() ? copies : 0));
        steps.add(new CleaningStep("no customer id", true, count(counts, "missing_customer"),
                count(counts, "dropped_" + OrderLineSql.MISSING_CUSTOMER)));
        steps.add(new CleaningStep("no date or amount", true, count(counts, "missing_value"),
                count(counts, "dropped_" + OrderLineSql.MISSING_VALUE)));
        if (columns.orderId() != null) {
            steps.add(new CleaningStep("cancellations (order id starts with " + rules.cancellationPrefix() + ")",
                    rules.dropsCancellations(), count(counts, "cancellation"),
                    count(counts, "dropped_" + OrderLineSql.CANCELLATION)));
        }
        if (columns.quantityTimesPrice()) {
            steps.add(new CleaningStep("quantity ≤ 0 (returns, corrections)", rules.dropsNonPositiveQuantities(),
                    count(counts, "non_positive_quantity"),
                    count(counts, "dropped_" + OrderLineSql.NON_POSITIVE_QUANTITY)));
        }
        steps.add(new CleaningStep(columns.quantityTimesPrice() ? "unit price ≤ 0" : "amount ≤ 0",
                rules.dropsNonPositiveAmounts(), count(counts, "non_positive_amount"),
                count(counts, "dropped_" + OrderLineSql.NON_POSITIVE_AMOUNT)));
        return new CleaningReport(file, lines, steps, count(counts, "lines_kept"), count(counts, "customers"),
                count(counts, "orders"), (LocalDate) counts.get("first_purchase"),
                (LocalDate) counts.get("last_purchase"));
    }

    private static long count(Map<String, Object> row, String name) {
        Object value = row.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private DataFileException unreadable(SQLException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return new DataFileException(file, "cannot be read as a table of order lines: " + message
                + ". Check that it is a UTF-8 CSV file with a header row (or .csv.gz, .parquet).", e);
    }

    private OrderLines with(OrderLineColumns changed) {
        return new OrderLines(file, changed, datePattern, rules, snapshotDate);
    }
}
