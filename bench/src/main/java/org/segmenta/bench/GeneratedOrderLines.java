package org.segmenta.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic order-line file in the layout of UCI Online Retail (the columns {@value #HEADER}), for timing the
 * order-line path at sizes the real data do not reach. Plain CSV, so DuckDB and pandas read it without decompressing
 * (DuckDB in parallel). Lines come in invoices of 1 to {@value #MAX_LINES_PER_INVOICE} lines with one customer and one
 * timestamp each; timestamps grow through the two years from 2022-01-01 in file order; customers are drawn with a skew
 * (id = 100000 + ⌊customers · u²⌋, u uniform), so a few customers buy often and many rarely. What the cleaning rules
 * meet, with these probabilities:
 *
 * <ul>
 *   <li>an invoice without a customer (empty CustomerID): {@value #MISSING_CUSTOMER};</li>
 *   <li>a cancellation invoice ({@code C} before the number, negative quantities): {@value #CANCELLATION};</li>
 *   <li>a line with a quantity ≤ 0 in a normal invoice: {@value #NON_POSITIVE_QUANTITY};</li>
 *   <li>a line with unit price 0.00: {@value #ZERO_PRICE};</li>
 *   <li>a line that repeats the line before it exactly: {@value #DUPLICATE}.</li>
 * </ul>
 *
 * <p>The same lines, seed and customers give the same bytes ({@link SplittableRandom}, one stream in file order).
 *
 * @param lines the order lines written (the header not counted)
 * @param customers the number of distinct customer ids drawn from
 * @param seed the seed of every random choice
 */
public record GeneratedOrderLines(int lines, int customers, long seed) {

    /** The header line, as in Online Retail without the description. */
    public static final String HEADER = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    /** The most lines one invoice has. */
    static final int MAX_LINES_PER_INVOICE = 39;
    /** Probability that an invoice has no customer. */
    static final double MISSING_CUSTOMER = 0.2;
    /** Probability that an invoice is a cancellation. */
    static final double CANCELLATION = 0.02;
    /** Probability that a line of a normal invoice has a quantity ≤ 0. */
    static final double NON_POSITIVE_QUANTITY = 0.005;
    /** Probability that a line has unit price 0.00. */
    static final double ZERO_PRICE = 0.003;
    /** Probability that a line repeats the one before it. */
    static final double DUPLICATE = 0.01;

    private static final String[] COUNTRIES = {"United Kingdom", "United Kingdom", "United Kingdom", "Germany",
        "France", "EIRE", "Spain", "Netherlands"};
    private static final LocalDateTime START = LocalDateTime.of(2022, 1, 1, 0, 0);
    private static final long SPAN_SECONDS = 730L * 24 * 3600;

    /** Checks the sizes. */
    public GeneratedOrderLines {
        if (lines < 1 || customers < 1) {
            throw new IllegalArgumentException("a generated order-line file needs at least one line and one customer, "
                    + "got " + lines + " lines and " + customers + " customers");
        }
    }

    /** @return a file name that carries every parameter, so that changing one makes a new file */
    public String fileName() {
        return String.format(Locale.ROOT, "orders-%d-c%d-seed%d.csv", lines, customers, seed);
    }

    /** @return how the file was made, for the report */
    public String description() {
        return String.format(Locale.ROOT, "%,d generated order lines in Online Retail's layout (%s), %,d customer ids "
                + "drawn with a skew, invoices of 1–%d lines, 2022-01-01 … 2023-12-31; %.0f %% of invoices without "
                + "customer, %.0f %% cancellations (C…), %.1f %% quantities ≤ 0, %.1f %% prices 0, %.0f %% exact "
                + "repeats of the line before; seed %d", lines, HEADER, customers, MAX_LINES_PER_INVOICE,
                100 * MISSING_CUSTOMER, 100 * CANCELLATION, 100 * NON_POSITIVE_QUANTITY, 100 * ZERO_PRICE,
                100 * DUPLICATE, seed);
    }

    /**
     * Writes the file (through a temporary file, so that an interrupted run leaves no partial file under the name).
     *
     * @param path where it goes
     */
    public void write(Path path) throws IOException {
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            write(out);
        }
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the header and the lines to {@code out}. */
    void write(OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(96);
        out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        long startSeconds = START.toEpochSecond(ZoneOffset.UTC);
        int written = 0;
        int invoice = 1_000_000;
        byte[] previous = null;
        while (written < lines) {
            invoice++;
            boolean cancelled = random.nextDouble() < CANCELLATION;
            String customer = random.nextDouble() < MISSING_CUSTOMER ? ""
                    : Integer.toString(100_000 + (int) (customers * square(random.nextDouble())));
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            long seconds = startSeconds + written * SPAN_SECONDS / lines + random.nextInt(3600);
            String date = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).toString().replace('T', ' ');
            if (date.length() == 16) {
                date += ":00";
            }
            int invoiceLines = 1 + random.nextInt(MAX_LINES_PER_INVOICE);
            for (int i = 0; i < invoiceLines && written < lines; i++) {
                byte[] bytes;
                if (previous != null && random.nextDouble() < DUPLICATE) {
                    bytes = previous;
                } else {
                    int quantity = 1 + random.nextInt(24);
                    if (cancelled) {
                        quantity = -quantity;
                    } else if (random.nextDouble() < NON_POSITIVE_QUANTITY) {
                        quantity = -random.nextInt(5);
                    }
                    int cents = random.nextDouble() < ZERO_PRICE ? 0 : 19 + random.nextInt(4_981);
                    line.setLength(0);
                    line.append(cancelled ? "C" : "").append(invoice).append(',')
                            .append(10_000 + random.nextInt(4_000)).append(',')
                            .append(quantity).append(',')
                            .append(date).append(',')
                            .append(cents / 100).append('.').append((char) ('0' + cents / 10 % 10))
                            .append((char) ('0' + cents % 10)).append(',')
                            .append(customer).append(',')
                            .append(country).append('\n');
                    bytes = line.toString().getBytes(StandardCharsets.US_ASCII);
                }
                out.write(bytes);
                previous = bytes;
                written++;
            }
        }
    }

    private static double square(double u) {
        return u * u;
    }
}
