package org.segmenta.spark.orders;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.segmenta.data.DataFileException;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.CustomerQuery;
import org.segmenta.orders.OrderLineColumns;
import org.segmenta.orders.OrderLineSql;
import org.segmenta.orders.OrderLines;

/**
 * Order lines turned into customers by Spark SQL: the library's {@link OrderLines} study (the same columns, date
 * formats, {@link CleaningRules}, checks and messages, and the same SQL text, {@link OrderLineSql}), run on a Spark
 * session through {@link SparkDialect}. The customer table stays a distributed {@link Dataset}; only the cleaning
 * report's one row of counts (and, when a value is bad, that line) comes back to the driver.
 *
 * <pre>{@code
 * SparkSession spark = SparkSessions.start("local[*]");
 * SparkCustomerTable customers = SparkOrderLines.from(spark, Path.of("data/online_retail.csv.gz"))
 *         .customerId("CustomerID").date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice")
 *         .orderId("InvoiceNo")
 *         .customers();
 * customers.cleaning();        // what was dropped and why, as on one machine
 * customers.table();           // Dataset<Row>: CustomerID, recency_days, frequency, monetary, …
 * customers.rfmSegments();     // with r_score, f_score, m_score, fm_score, rfm_cell, rfm_segment
 * }</pre>
 *
 * <p>Files: as {@link OrderLines} reads them (CSV with a header, plain or {@code .csv.gz}, or Parquet), on a path that
 * the driver and every executor can read (a local path for local masters, a shared file system on a cluster). The
 * session's time zone must be UTC ({@link org.segmenta.spark.SparkSessions#start} sets it), so that a purchase's date
 * is the date written. The study's tables are the session's temporary views {@value OrderLineSql#FILE_TABLE},
 * {@value OrderLineSql#SHARED_HASHES_TABLE}, {@value OrderLineSql#TYPED_TABLE} and {@value OrderLineSql#ORDERS_TABLE}
 * while it runs (one study at a time per session), dropped when the customers are made. Instances are immutable; each
 * method returns a changed copy.
 *
 * <p>Session settings: while the study runs (one study at a time per session), two settings of the session are
 * changed, and set back when the customers are made; they change how fast, never what, the study computes:
 * <ul>
 *   <li>{@value #SHUFFLE_PARTITIONS}: one partition per {@value #BYTES_PER_PARTITION} bytes of input (Spark's default
 *       file split, {@code spark.sql.files.maxPartitionBytes}), at least the session's default parallelism and at most
 *       the session's own setting ({@link #shufflePartitions}). Spark's default of 200 made every aggregation of a small
 *       file 200 tasks, and every persisted table (whose partitions adaptive execution does not coalesce) 200
 *       partitions; the customer table keeps the study's partitions, so it is written as that many files;</li>
 *   <li>{@value #EXCLUDED_RULES} also holds {@value #COLLAPSE_PROJECT}: merging the study's nested selects copies a
 *       parsed date into each of the three columns that use it (the date, the rule that drops the line, the unreadable
 *       date), so every date was parsed three times.</li>
 * </ul>
 */
public final class SparkOrderLines {

    /** The session setting of how many partitions a shuffle makes. */
    static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

    /** Input bytes per shuffle partition of the study: Spark's default file split (128 MiB). */
    static final long BYTES_PER_PARTITION = 128L * 1024 * 1024;

    /** The session setting of the optimizer rules Spark leaves out. */
    static final String EXCLUDED_RULES = "spark.sql.optimizer.excludedRules";

    /** The optimizer rule that merges nested projections, copying a computed column into every use of it. */
    static final String COLLAPSE_PROJECT = "org.apache.spark.sql.catalyst.optimizer.CollapseProject";

    private final SparkSession spark;
    private final OrderLines lines;

    private SparkOrderLines(SparkSession spark, OrderLines lines) {
        this.spark = spark;
        this.lines = lines;
    }

    /**
     * @param spark the session to run in, with time zone UTC
     * @param file the order-line file
     * @return the order lines of {@code file}, with no column named yet and the {@link CleaningRules#standard()} rules
     */
    public static SparkOrderLines from(SparkSession spark, Path file) {
        return of(spark, OrderLines.from(file));
    }

    /**
     * @param spark the session to run in, with time zone UTC
     * @param lines order lines described for the library (file, columns, date pattern, cleaning, snapshot date)
     * @return the same order lines, to be read by Spark
     */
    public static SparkOrderLines of(SparkSession spark, OrderLines lines) {
        return new SparkOrderLines(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(lines, "lines"));
    }

    /** @return a copy that reads customer ids from {@code column} ({@link OrderLines#customerId}) */
    public SparkOrderLines customerId(String column) {
        return new SparkOrderLines(spark, lines.customerId(column));
    }

    /** @return a copy that reads purchase dates from {@code column} ({@link OrderLines#date}) */
    public SparkOrderLines date(String column) {
        return new SparkOrderLines(spark, lines.date(column));
    }

    /** @return a copy that reads each line's amount from {@code column} ({@link OrderLines#amount}) */
    public SparkOrderLines amount(String column) {
        return new SparkOrderLines(spark, lines.amount(column));
    }

    /** @return a copy whose line amount is {@code quantity} × {@code unitPrice} ({@link OrderLines#quantityTimesPrice}) */
    public SparkOrderLines quantityTimesPrice(String quantity, String unitPrice) {
        return new SparkOrderLines(spark, lines.quantityTimesPrice(quantity, unitPrice));
    }

    /** @return a copy that counts orders by the ids in {@code column} ({@link OrderLines#orderId}) */
    public SparkOrderLines orderId(String column) {
        return new SparkOrderLines(spark, lines.orderId(column));
    }

    /** @return a copy that reads dates with {@code pattern} ({@link OrderLines#dateFormat}) */
    public SparkOrderLines dateFormat(String pattern) {
        return new SparkOrderLines(spark, lines.dateFormat(pattern));
    }

    /** @return a copy that cleans with {@code cleaningRules} ({@link OrderLines#cleaning}) */
    public SparkOrderLines cleaning(CleaningRules cleaningRules) {
        return new SparkOrderLines(spark, lines.cleaning(cleaningRules));
    }

    /** @return a copy with that snapshot date ({@link OrderLines#snapshotDate}) */
    public SparkOrderLines snapshotDate(LocalDate date) {
        return new SparkOrderLines(spark, lines.snapshotDate(date));
    }

    /** @return the columns named so far */
    public OrderLineColumns columns() {
        return lines.columns();
    }

    /**
     * Reads, checks and cleans the order lines on Spark, and counts each customer's recency, frequency and monetary
     * value, as {@link OrderLines#customers()} does on one machine.
     *
     * @return the customers as a persisted Dataset (computed once; {@code table().unpersist()} frees it), with the
     *     cleaning report, the snapshot date and the date format used
     * @throws DataFileException as {@link OrderLines#customers()} does, with the same messages
     * @throws IllegalArgumentException if the columns are incomplete, or the session's time zone is not UTC
     */
    public SparkCustomerTable customers() {
        return customers(false);
    }

    /**
     * As {@link #customers()}, and each customer's repeat-purchase history over the whole file, as
     * {@link OrderLines#repeatPurchases()} makes it on one machine (the input of the lifetime models,
     * {@code SparkLifetimeModels}): a second persisted Dataset, {@link SparkCustomerTable#repeatPurchases()}.
     *
     * @return the customers with their histories
     * @throws DataFileException as {@link #customers()}
     */
    public SparkCustomerTable customersWithRepeatPurchases() {
        return customers(true);
    }

    private SparkCustomerTable customers(boolean withHistories) {
        String zone = spark.conf().get("spark.sql.session.timeZone");
        if (!zone.equals("UTC")) {
            throw new IllegalArgumentException("the Spark session's time zone is " + zone + "; order-line dates are "
                    + "read in UTC so that a purchase's date is the date written. Start the session with "
                    + "SparkSessions.start(master), or set spark.sql.session.timeZone to UTC.");
        }
        SparkSqlEngine engine = new SparkSqlEngine(spark);
        Map<String, String> before = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> setting : studySettings().entrySet()) {
                before.put(setting.getKey(), spark.conf().get(setting.getKey(), null));
                spark.conf().set(setting.getKey(), setting.getValue());
            }
            CustomerQuery customers = lines.customerQuery(engine);
            try {
                Dataset<Row> histories = withHistories ? engine.persisted(customers.repeatPurchases()) : null;
                return new SparkCustomerTable(engine.persisted(customers.query()), histories, customers.cleaning(),
                        customers.snapshotDate(), customers.datePattern());
            } catch (SQLException e) {
                throw new DataFileException(customers.cleaning().file(), "cannot be made into customers by Spark: "
                        + e.getMessage() + ".", e);
            }
        } finally {
            // The customers are computed and persisted by now: the study's tables are no longer needed.
            engine.dropIfPresent(OrderLineSql.FILE_TABLE, OrderLineSql.SHARED_HASHES_TABLE, OrderLineSql.TYPED_TABLE,
                    OrderLineSql.ORDERS_TABLE);
            before.forEach((key, value) -> {
                if (value == null) {
                    spark.conf().unset(key);
                } else {
                    spark.conf().set(key, value);
                }
            });
        }
    }

    /**
     * @return the session settings of the study (see the class comment): its shuffle partitions, and the optimizer
     *     rule {@value #COLLAPSE_PROJECT} added to the session's excluded rules
     */
    private Map<String, String> studySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(SHUFFLE_PARTITIONS, Integer.toString(shufflePartitions(inputBytes(),
                spark.sparkContext().defaultParallelism(), Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS)))));
        String excluded = spark.conf().get(EXCLUDED_RULES, "");
        settings.put(EXCLUDED_RULES, excluded.isBlank() ? COLLAPSE_PROJECT : excluded + "," + COLLAPSE_PROJECT);
        return settings;
    }

    /**
     * @param inputBytes the bytes of the input file (or folder), 0 if unknown
     * @param parallelism the session's default parallelism (its cores)
     * @param sessionPartitions the session's {@value #SHUFFLE_PARTITIONS}
     * @return the shuffle partitions of the study: ⌈{@code inputBytes} ÷ {@value #BYTES_PER_PARTITION}⌉, at least
     *     {@code parallelism}, at most {@code sessionPartitions} (and at least 1)
     */
    static int shufflePartitions(long inputBytes, int parallelism, int sessionPartitions) {
        long bySize = (Math.max(0, inputBytes) + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        return (int) Math.max(1, Math.min(sessionPartitions, Math.max(parallelism, bySize)));
    }

    /** @return the bytes of the input (a file, or the files under a folder) by Hadoop's file system; 0 if unknown */
    private long inputBytes() {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(lines.file().toAbsolutePath().toUri());
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).getContentSummary(path).getLength();
        } catch (IOException | RuntimeException e) {
            // The study itself reports an unreadable file, with its own message.
            return 0;
        }
    }
}
