package org.segmenta.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.segmenta.orders.CleaningReport;
import org.segmenta.orders.CleaningStep;
import org.segmenta.orders.CustomerTable;
import org.segmenta.spark.SparkSessions;
import org.segmenta.spark.orders.SparkCustomerTable;
import org.segmenta.spark.orders.SparkOrderLines;

/**
 * The benchmark's order-line study on Spark, as one process: start a session, make the customers of an order-line
 * file in Online Retail's column names with {@link SparkOrderLines} (read, clean, aggregate; persisted and counted),
 * add up the checksum on the cluster, and write the customers as Parquet to a temporary folder (deleted at the end), so
 * that no customer row comes to the driver. The benchmark ({@code org.segmenta.bench.Benchmark}, which runs it as a
 * child process with {@code build/spark/*} as class path) times the whole process and its peak memory; this program
 * prints, in the benchmark's report lines ({@code org.segmenta.bench.ChildReport}):
 *
 * <pre>
 * &#64;bench version Apache Spark 4.2.0, local[2]
 * &#64;bench steps jvm=0.41 session=7.92 customers=20.13 checksum=0.52 write=1.21
 * &#64;bench counters file_bytes=… input_bytes=… shuffle_write_bytes=… task_ms=… task_cpu_ms=… spilled_bytes=… cores=2
 * &#64;bench checksum lines=… duplicates=… kept=… customers=… recency=… frequency=… monetary_cents=…
 * </pre>
 *
 * <p>Steps (seconds): {@code jvm}, from the JVM's start to {@code main}; {@code session}, starting the session;
 * {@code customers}, reading, checking, cleaning and aggregating ({@link SparkOrderLines#customers()}); {@code checksum},
 * one aggregation over the customers; {@code write}, the Parquet output. Counters, summed over the tasks of the
 * {@code customers} step (Spark's task metrics, through a {@link SparkListener}), after the input's size on disk
 * ({@code file_bytes}, summed over the files of a folder): bytes read from the input, shuffle
 * bytes written, task run time and CPU time in milliseconds (the core-milliseconds the step used), bytes spilled to
 * disk; and the cores of the master. The checksum is the library's ({@code org.segmenta.bench.OrderChecksum}): the
 * cleaning report's lines, exact duplicates, lines kept and customers, and over the customers Σ recency days,
 * Σ frequency and Σ monetary in cents (added up exactly as decimals, rounded to the cent once).
 *
 * <pre>
 * java $SEGMENTA_SPARK_JVM_OPTIONS -cp 'build/spark/*' org.segmenta.spark.bench.SparkOrderLinesStudy \
 *     --master 'local[2]' --input build/bench-data/orders-1000000-c25000-seed7.parquet
 * </pre>
 */
public final class SparkOrderLinesStudy {

    private static final String PREFIX = "@bench ";

    private SparkOrderLinesStudy() {
    }

    /**
     * @param args {@code --master MASTER --input FILE}
     */
    public static void main(String[] args) {
        try {
            run(option(args, "--master"), Path.of(option(args, "--input")));
        } catch (Exception | OutOfMemoryError e) {
            System.out.println(PREFIX + "error " + e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).replace('\n', ' '));
            e.printStackTrace();
            System.out.flush();
            System.exit(1);
        }
    }

    private static void run(String master, Path input) throws IOException, TimeoutException {
        long mainStarted = System.currentTimeMillis();
        double jvm = (mainStarted - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        long t = System.nanoTime();
        SparkSession spark = SparkSessions.start(master);
        double session = seconds(t);
        TaskTotals tasks = new TaskTotals();
        spark.sparkContext().addSparkListener(tasks);
        Path output = Files.createTempDirectory("segmenta-spark-bench-");
        try {
            t = System.nanoTime();
            SparkCustomerTable customers = SparkOrderLines.from(spark, input).customerId("CustomerID")
                    .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
            double made = seconds(t);
            // Task metrics reach the listener asynchronously: wait until every event of the step has been delivered.
            spark.sparkContext().listenerBus().waitUntilEmpty();
            TaskTotals.Snapshot step = tasks.snapshot();

            t = System.nanoTime();
            Row sums = customers.table().agg(
                    functions.sum(CustomerTable.RECENCY_DAYS), functions.sum(CustomerTable.FREQUENCY),
                    functions.sum(functions.col(CustomerTable.MONETARY).cast(DataTypes.createDecimalType(38, 10))))
                    .first();
            double checksum = seconds(t);

            t = System.nanoTime();
            customers.table().write().parquet(output.resolve("customers.parquet").toString());
            double write = seconds(t);

            CleaningReport report = customers.cleaning();
            System.out.println(report);
            CleaningStep duplicates = report.steps().stream().filter(s -> s.rule().startsWith("exact duplicates"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the cleaning report has no step for "
                            + "exact duplicates; its steps are " + report.steps()));
            BigDecimal monetary = sums.isNullAt(2) ? BigDecimal.ZERO : sums.getDecimal(2);
            int cores = spark.sparkContext().defaultParallelism();
            System.out.println(PREFIX + "version Apache Spark " + spark.version() + ", " + master);
            System.out.println(PREFIX + String.format(Locale.ROOT,
                    "steps jvm=%.3f session=%.3f customers=%.3f checksum=%.3f write=%.3f", jvm, session, made,
                    checksum, write));
            System.out.println(PREFIX + String.format(Locale.ROOT, "counters file_bytes=%d input_bytes=%d "
                    + "shuffle_write_bytes=%d task_ms=%d task_cpu_ms=%d spilled_bytes=%d cores=%d", size(input),
                    step.inputBytes(),
                    step.shuffleWriteBytes(), step.runMillis(), step.cpuNanos() / 1_000_000, step.spilledBytes(),
                    cores));
            System.out.println(PREFIX + "note Spark: SparkOrderLines.from(spark, file).customerId(\"CustomerID\")"
                    + ".date(\"InvoiceDate\").quantityTimesPrice(\"Quantity\", \"UnitPrice\").orderId(\"InvoiceNo\")"
                    + ".customers(), then the customers written as Parquet; Spark's default settings (adaptive query "
                    + "execution) except the study's own while it runs (a shuffle partition per 128 MiB of input, at "
                    + "least one per core; nested selects not merged), the JVM's default heap");
            System.out.println(PREFIX + "quality " + monetary.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .movePointLeft(2).doubleValue());
            System.out.println(PREFIX + String.format(Locale.ROOT, "checksum lines=%d duplicates=%d kept=%d "
                    + "customers=%d recency=%d frequency=%d monetary_cents=%d", report.linesRead(),
                    duplicates.linesMatching(), report.linesKept(), customers.size(),
                    sums.isNullAt(0) ? 0 : sums.getLong(0), sums.isNullAt(1) ? 0 : sums.getLong(1),
                    monetary.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact()));
            System.out.flush();
        } finally {
            spark.stop();
            deleteTree(output);
        }
    }

    /** Adds up the metrics of every finished task (the listener bus calls it from one thread). */
    private static final class TaskTotals extends SparkListener {

        private long inputBytes;
        private long shuffleWriteBytes;
        private long runMillis;
        private long cpuNanos;
        private long spilledBytes;

        /** Totals at one moment. */
        record Snapshot(long inputBytes, long shuffleWriteBytes, long runMillis, long cpuNanos, long spilledBytes) {
        }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            TaskMetrics metrics = taskEnd.taskMetrics();
            if (metrics == null) {
                return;
            }
            inputBytes += metrics.inputMetrics().bytesRead();
            shuffleWriteBytes += metrics.shuffleWriteMetrics().bytesWritten();
            runMillis += metrics.executorRunTime();
            cpuNanos += metrics.executorCpuTime();
            spilledBytes += metrics.diskBytesSpilled();
        }

        synchronized Snapshot snapshot() {
            return new Snapshot(inputBytes, shuffleWriteBytes, runMillis, cpuNanos, spilledBytes);
        }
    }

    /** @return the bytes of a file, or of the files under a folder (a Parquet data set) */
    private static long size(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return Files.size(input);
        }
        try (Stream<Path> paths = Files.walk(input)) {
            long total = 0;
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name + "; usage: SparkOrderLinesStudy --master MASTER "
                + "--input FILE");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
