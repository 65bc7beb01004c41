package org.segmenta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.segmenta.orders.CleaningReport;
import org.segmenta.orders.CleaningStep;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.OrderLines;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

/**
 * The order-line study as a user runs it, as a whole process: read an order-line file in Online Retail's layout with
 * {@link OrderLines} (the default cleaning rules), print the cleaning report, and report the customer table's
 * {@link OrderChecksum}. {@link Benchmark} times the process from its start, JVM start-up and DuckDB's native library
 * included; {@code bench/python/peer_bench.py} does the same steps in pandas.
 *
 * <p>For {@link Workload#ORDER_LINES_AT_SCALE} (against Spark) it also writes the customer table as CSV to a temporary
 * folder (deleted at the end), as the Spark program writes its customers as Parquet, and reports the time of each step
 * ({@code jvm}: from the JVM's start to {@code main}; {@code customers}: read, clean, aggregate; {@code checksum};
 * {@code write}).
 *
 * <pre>
 * java -cp … org.segmenta.bench.OrderLinesStudy ours --workload ORDER_LINES --input data/online_retail.csv.gz …
 * </pre>
 */
public final class OrderLinesStudy {

    /** The columns read, named as in Online Retail (the generated files use the same names). */
    static final String CUSTOMER = "CustomerID";
    static final String DATE = "InvoiceDate";
    static final String QUANTITY = "Quantity";
    static final String PRICE = "UnitPrice";
    static final String ORDER = "InvoiceNo";

    private OrderLinesStudy() {
    }

    /**
     * @param args the tool ({@code ours}) followed by {@link ChildArguments} pairs
     */
    public static void main(String[] args) {
        Tool tool = Tool.valueOf(args[0].toUpperCase(Locale.ROOT));
        ChildArguments arguments = ChildArguments.parse(Arrays.asList(args).subList(1, args.length));
        try {
            if (tool != Tool.OURS) {
                throw new IllegalArgumentException("only the library runs the order-line study in Java; pandas runs "
                        + "in bench/python/peer_bench.py");
            }
            double jvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
            long start = System.nanoTime();
            CustomerTable customers = customers(arguments.benchCase().input());
            double made = (System.nanoTime() - start) / 1e9;
            System.out.println(customers.cleaning());
            start = System.nanoTime();
            OrderChecksum checksum = checksum(customers);
            double summed = (System.nanoTime() - start) / 1e9;
            Map<String, Double> steps = new LinkedHashMap<>();
            if (arguments.benchCase().workload() == Workload.ORDER_LINES_AT_SCALE) {
                start = System.nanoTime();
                writeCsv(customers);
                double written = (System.nanoTime() - start) / 1e9;
                steps.put("jvm", jvm);
                steps.put("customers", made);
                steps.put("checksum", summed);
                steps.put("write", written);
            }
            new ChildReport(OursWorkloads.VERSION, null, OptionalInt.empty(), OptionalDouble.of(checksum.monetary()),
                    new double[0], new int[0], List.of("order lines: OrderLines.from(file).customerId(\"CustomerID\")"
                    + ".date(\"InvoiceDate\").quantityTimesPrice(\"Quantity\", \"UnitPrice\").orderId(\"InvoiceNo\")"
                    + ".customers()" + (steps.isEmpty() ? "" : ", then the customers written as CSV (Tablesaw)")),
                    checksum, null, steps, Map.of()).lines().forEach(System.out::println);
        } catch (Exception | OutOfMemoryError e) {
            ToolRun.reportFailure(e);
        }
    }

    /** Writes the customer table as CSV to a temporary folder and deletes it again. */
    private static void writeCsv(CustomerTable customers) throws IOException {
        Path folder = Files.createTempDirectory("segmenta-bench-customers-");
        Path file = folder.resolve("customers.csv");
        try {
            customers.table().write().csv(file.toFile());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** The library's order-line path with its default rules. */
    static CustomerTable customers(Path file) {
        return OrderLines.from(file).customerId(CUSTOMER).date(DATE).quantityTimesPrice(QUANTITY, PRICE)
                .orderId(ORDER).customers();
    }

    /** @return the checksum of the customer table and its cleaning report */
    static OrderChecksum checksum(CustomerTable customers) {
        CleaningReport report = customers.cleaning();
        CleaningStep duplicates = report.steps().stream().filter(s -> s.rule().startsWith("exact duplicates"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the cleaning report has no step for exact "
                        + "duplicates; its steps are " + report.steps()));
        IntColumn recency = customers.table().intColumn(CustomerTable.RECENCY_DAYS);
        IntColumn frequency = customers.table().intColumn(CustomerTable.FREQUENCY);
        DoubleColumn monetary = customers.table().doubleColumn(CustomerTable.MONETARY);
        long recencySum = 0;
        long frequencySum = 0;
        double monetarySum = 0;
        for (int i = 0; i < customers.size(); i++) {
            recencySum += recency.getInt(i);
            frequencySum += frequency.getInt(i);
            monetarySum += monetary.getDouble(i);
        }
        return new OrderChecksum(report.linesRead(), duplicates.linesMatching(), report.linesKept(), customers.size(),
                recencySum, frequencySum, Math.round(monetarySum * 100));
    }
}
