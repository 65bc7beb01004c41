package org.segmenta.spark.orders;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * A generated order-line table in the layout of UCI Online Retail (the columns {@value #COLUMNS}), made by Spark itself
 * from {@code spark.range}, for studies at sizes the real data do not reach. Every value is a function of the seed and
 * of the line's, invoice's or customer's number alone (a uniform number u in [0, 1) is the top 53 bits of
 * {@code xxhash64(seed, purpose, number)}), so the same parameters give the same lines on any master and in any number
 * of partitions; no random generator and no state.
 *
 * <p><b>The generation model.</b> Line l (0 ≤ l &lt; lines) belongs to block ⌊l / 40⌋; each block of 40 lines holds two
 * invoices of s and 40 − s lines, s uniform in 1..39, so that the table has exactly {@code lines} lines and every
 * invoice 1 to {@value #MAX_LINES_PER_INVOICE} lines (20 on average; the last block may be cut short). An invoice has
 * <ul>
 *   <li>no customer (CustomerID null) with probability {@value #MISSING_CUSTOMER};</li>
 *   <li>otherwise customer c = ⌊customers · u²⌋ (CustomerID 100000 + c): a skew, a few customers buy often and many
 *       rarely (P(c &lt; customers / 4) = 1/2); some of the {@code customers} numbers are never drawn;</li>
 *   <li>a cancellation ({@code C} before its number, every quantity negative) with probability
 *       {@value #CANCELLATION};</li>
 *   <li>one timestamp, to the second, inside its customer's active period: customer c starts on day f = 730·u of the
 *       two years from 2022-01-01 (UTC) and stops on day e = f + (730 − f)·u (both u drawn for c), and the invoice
 *       falls uniformly in [f, e), so that customers start and stop at different times (recency and tenure vary
 *       apart from frequency). Invoices without a customer draw c all the same, for their date;</li>
 *   <li>one country, uniform over {@code United Kingdom} (three of eight), {@code Germany}, {@code France},
 *       {@code EIRE}, {@code Spain}, {@code Netherlands}.</li>
 * </ul>
 * A line has StockCode 10000 + a uniform integer in 0..3999; Quantity uniform in 1..q(c), where q(c) = 1 + ⌊24·u⌋ is
 * its customer's usual basket (so that customers differ in spend per order), negative in a cancellation, and in other
 * invoices with probability {@value #NON_POSITIVE_QUANTITY} a return or correction uniform in −4..0; UnitPrice
 * 0.00 with probability {@value #ZERO_PRICE}, else uniform in 0.19..49.99 (to the cent). With probability
 * {@value #REPEAT} a line that is not its invoice's first repeats the line before it exactly, unless that line is
 * itself a repeat (so repeats never chain): of all lines, a share of {@value #REPEAT} × (1 − {@value #REPEAT}) ×
 * (1 − invoices / lines) ≈ 0.94 % are exact repeats.
 *
 * <p>Column types, as the benchmark's typed Parquet: InvoiceNo, StockCode, CustomerID and Country text, Quantity int,
 * InvoiceDate timestamp, UnitPrice decimal(10,2). {@link SparkOrderLines} reads the Parquet file written by
 * {@link #writeParquet} with {@code customerId("CustomerID").date("InvoiceDate")
 * .quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo")}.
 *
 * <p>It is the same kind of table as the benchmark's {@code org.segmenta.bench.GeneratedOrderLines} (a CSV file written
 * on one machine), not the same lines: here customers have active periods and baskets, and the random numbers are
 * hashes rather than one stream.
 *
 * @param lines the number of order lines, at least 1
 * @param customers the number of customer numbers drawn from, at least 1
 * @param seed the seed of every value
 */
public record GeneratedOrders(long lines, int customers, long seed) {

    /** The columns, in order. */
    public static final String COLUMNS = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    /** The most lines one invoice has. */
    public static final int MAX_LINES_PER_INVOICE = 39;
    /** Probability that an invoice has no customer. */
    public static final double MISSING_CUSTOMER = 0.2;
    /** Probability that an invoice is a cancellation. */
    public static final double CANCELLATION = 0.02;
    /** Probability that a line of an invoice that is not a cancellation has a quantity ≤ 0. */
    public static final double NON_POSITIVE_QUANTITY = 0.005;
    /** Probability that a line has unit price 0.00. */
    public static final double ZERO_PRICE = 0.003;
    /** Probability that a line other than its invoice's first repeats the line before it (when that is no repeat). */
    public static final double REPEAT = 0.01;
    /** The days the lines span, from {@link #START}. */
    public static final int DAYS = 730;
    /** The first possible purchase time, 2022-01-01 00:00 UTC. */
    public static final LocalDateTime START = LocalDateTime.of(2022, 1, 1, 0, 0);

    private static final int BLOCK = MAX_LINES_PER_INVOICE + 1;
    private static final String[] COUNTRIES = {"United Kingdom", "United Kingdom", "United Kingdom", "Germany",
        "France", "EIRE", "Spain", "Netherlands"};
    private static final double TWO_TO_53 = 9007199254740992.0;

    /** Checks the sizes. */
    public GeneratedOrders {
        if (lines < 1 || customers < 1) {
            throw new IllegalArgumentException("generated order lines need at least one line and one customer, got "
                    + lines + " lines and " + customers + " customers");
        }
    }

    /** @return how the lines are made, in one sentence without code names, for a report */
    public String description() {
        return String.format(Locale.ROOT, "%,d generated order lines in Online Retail's layout, customer numbers "
                + "0..%,d drawn with a skew, invoices of 1–%d lines, %s … %s UTC; %.0f %% of invoices without "
                + "customer, %.0f %% cancellations, %.1f %% quantities ≤ 0, %.1f %% prices 0, %.0f %% repeats of the "
                + "line before; seed %d", lines, customers - 1, MAX_LINES_PER_INVOICE, START.toLocalDate(),
                START.toLocalDate().plusDays(DAYS - 1), 100 * MISSING_CUSTOMER, 100 * CANCELLATION,
                100 * NON_POSITIVE_QUANTITY, 100 * ZERO_PRICE, 100 * REPEAT, seed);
    }

    /**
     * @param spark the session
     * @return the lines, computed lazily in the session's default parallelism of partitions
     */
    public Dataset<Row> lines(SparkSession spark) {
        return lines(spark, spark.sparkContext().defaultParallelism());
    }

    /**
     * @param spark the session
     * @param partitions how many partitions (and so Parquet files) to compute them in; the lines do not depend on it
     * @return the lines, computed lazily: {@value #COLUMNS}
     */
    public Dataset<Row> lines(SparkSession spark, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        Column line = col("id");
        Column block = floor(line.divide(BLOCK));
        Column firstInvoiceLines = lit(1).plus(uniformInt("invoice size", block, MAX_LINES_PER_INVOICE));
        Column inFirstInvoice = line.minus(block.multiply(BLOCK)).lt(col("s"));
        Dataset<Row> rows = spark.range(0, lines, 1, partitions)
                .withColumn("s", firstInvoiceLines)
                .withColumn("invoice", block.multiply(2).plus(when(inFirstInvoice, 0).otherwise(1)))
                .withColumn("first_line", block.multiply(BLOCK).plus(when(inFirstInvoice, 0).otherwise(col("s"))));
        Column invoice = col("invoice");
        Column u = uniform("customer", invoice);
        rows = rows.withColumn("c", floor(u.multiply(u).multiply(customers)))
                .withColumn("cancelled", uniform("cancellation", invoice).lt(CANCELLATION))
                .withColumn("missing", uniform("no customer", invoice).lt(MISSING_CUSTOMER));
        Column c = col("c");
        Column firstDay = uniform("first day", c).multiply(DAYS);
        Column lastDay = firstDay.plus(lit(DAYS).minus(firstDay).multiply(uniform("last day", c)));
        Column day = firstDay.plus(lastDay.minus(firstDay).multiply(uniform("date", invoice)));
        long start = START.toEpochSecond(ZoneOffset.UTC);
        rows = rows.withColumn("seconds", lit(start).plus(floor(day.multiply(86_400))))
                .withColumn("basket", lit(1).plus(uniformInt("basket", c, 24)));
        // A line that is not its invoice's first repeats the line before it, unless that one is itself a repeat: its
        // content is drawn for line l − 1 instead of l.
        Column previous = line.minus(1);
        Column repeat = line.gt(col("first_line")).and(uniform("repeat", line).lt(REPEAT))
                .and(not(previous.gt(col("first_line")).and(uniform("repeat", previous).lt(REPEAT))));
        rows = rows.withColumn("source", when(repeat, previous).otherwise(line));
        Column source = col("source");
        Column purchase = lit(1).plus(floor(uniform("quantity", source).multiply(col("basket")))).cast("int");
        Column quantity = when(col("cancelled"), purchase.multiply(-1))
                .when(uniform("non-positive", source).lt(NON_POSITIVE_QUANTITY),
                        uniformInt("return", source, 5).multiply(-1).cast("int"))
                .otherwise(purchase);
        Column cents = when(uniform("zero price", source).lt(ZERO_PRICE), lit(0L))
                .otherwise(lit(19).plus(uniformInt("price", source, 4_981)));
        Column number = invoice.plus(1_000_000).cast("string");
        return rows.select(
                when(col("cancelled"), concat(lit("C"), number)).otherwise(number).as("InvoiceNo"),
                lit(10_000).plus(uniformInt("stock code", source, 4_000)).cast("string").as("StockCode"),
                quantity.cast("int").as("Quantity"),
                timestamp_seconds(col("seconds")).as("InvoiceDate"),
                cents.cast(DataTypes.createDecimalType(12, 0)).divide(100)
                        .cast(DataTypes.createDecimalType(10, 2)).as("UnitPrice"),
                when(col("missing"), lit(null).cast("string"))
                        .otherwise(c.plus(100_000).cast("long").cast("string")).as("CustomerID"),
                element_at(array(Arrays.stream(COUNTRIES).map(functions::lit).toArray(Column[]::new)),
                        lit(1).plus(uniformInt("country", invoice, COUNTRIES.length)).cast("int")).as("Country"));
    }

    /**
     * Writes the lines as one Parquet file (replacing one already there), in row groups of about 4 MiB so that Spark
     * reads the file in parallel splits. The file is written by one Spark task into a folder beside it,
     * {@code FILE.parts}, and moved out: the library's readers take a file, not Spark's folder of part files. The
     * path must be one that the driver and the executors share (a local path for local masters).
     *
     * @param spark the session
     * @param file the file to write, named {@code ….parquet} (so that {@link SparkOrderLines} reads it as Parquet)
     * @return {@code file}
     * @throws IllegalArgumentException if the name does not end with {@code .parquet}
     * @throws UncheckedIOException if the file cannot be moved into place
     */
    public Path writeParquet(SparkSession spark, Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            throw new IllegalArgumentException("the generated order lines go to a file named ….parquet, got " + file
                    + "; add .parquet to the name");
        }
        Path parts = file.resolveSibling(file.getFileName() + ".parts");
        try {
            deleteFolder(parts);
            lines(spark).coalesce(1).write().mode(SaveMode.Overwrite).option("parquet.block.size", 4L << 20)
                    .parquet(parts.toAbsolutePath().toUri().toString());
            Path part;
            try (Stream<Path> files = Files.list(parts)) {
                part = files.filter(f -> f.getFileName().toString().startsWith("part-")
                        && f.getFileName().toString().endsWith(".parquet")).findFirst()
                        .orElseThrow(() -> new IOException("Spark wrote no part file into " + parts));
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            deleteFolder(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated order lines to " + file + ": " + e.getMessage(),
                    e);
        }
        return file;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A uniform number in [0, 1) for {@code purpose} and the number in {@code key}: the top 53 bits of a hash. */
    private Column uniform(String purpose, Column key) {
        return shiftrightunsigned(xxhash64(lit(seed), lit(purpose), key.cast("long")), 11).cast("double")
                .divide(TWO_TO_53);
    }

    /** A uniform integer in 0..bound − 1 (a long column). */
    private Column uniformInt(String purpose, Column key, int bound) {
        return floor(uniform(purpose, key).multiply(bound));
    }
}
