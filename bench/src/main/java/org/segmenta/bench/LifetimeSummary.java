package org.segmenta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;

/**
 * The input of the lifetime-fit case: one row per CDNOW customer with x, t_x, T (weeks) and m_x (NaN when x = 0), as a
 * {@link BinaryMatrix} of 4 columns. It is made once, by pandas ({@code bench/python/btyd_reference.py
 * --write-summary}: one transaction per customer and day, calibration 1997-01-01 … 1997-09-30, zero-amount purchases
 * kept, the rule of {@code OrderLines.repeatPurchases} with {@code keepNonPositiveAmounts()}), so that the library and
 * SciPy fit the very same numbers and only the fits are timed.
 */
public final class LifetimeSummary {

    /** The columns of the file: x, t_x, T, m_x. */
    public static final int COLUMNS = 4;
    /** The end of CDNOW's 39-week calibration period (Fader, Hardie &amp; Lee 2005). */
    static final String CALIBRATION_END = "1997-09-30";

    private LifetimeSummary() {
    }

    /** Writes the summary of an order file to a summary file. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param orders the CDNOW purchases (customer_id, date, cds, amount)
         * @param summary the {@link BinaryMatrix} file to write
         */
        void write(Path orders, Path summary) throws IOException, InterruptedException;
    }

    /**
     * @param python the interpreter with pandas
     * @param script {@code bench/python/btyd_reference.py}
     * @return a writer that runs {@code python script --write-summary orders summary}
     */
    public static Writer pandas(Path python, Path script) {
        return (orders, summary) -> {
            Process process = new ProcessBuilder(python.toString(), script.toString(), "--write-summary",
                    orders.toString(), summary.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || !Files.isRegularFile(summary)) {
                throw new IOException("pandas could not write the lifetime summary " + summary + " from " + orders
                        + " (" + python + " " + script + " --write-summary): " + output.strip());
            }
        };
    }

    /**
     * Writes the summary of {@code data/<name>} to {@code directory} when it is missing, and describes it.
     *
     * @param name a short name for the case id ("cdnow-master")
     * @param orders the CDNOW purchases
     * @param directory {@code build/bench-data}
     * @param writer what writes a missing file
     * @param progress told when a file is written
     */
    public static DataSet ensure(String name, Path orders, Path directory, Writer writer, Consumer<String> progress)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(orders)) {
            throw new IllegalArgumentException("the CDNOW purchases are missing: expected " + orders);
        }
        Path file = directory.resolve(name + "-summary-weeks-to-" + CALIBRATION_END + ".f64");
        if (!Files.isRegularFile(file)) {
            progress.accept("writing " + file.getFileName() + " with pandas");
            writer.write(orders, file);
        }
        long bytes = Files.size(file);
        if (bytes == 0 || bytes % (8L * COLUMNS) != 0) {
            throw new IllegalArgumentException(file + " has " + bytes + " bytes, not a whole number of rows of "
                    + COLUMNS + " doubles: delete it and run the benchmark again to rewrite it.");
        }
        int customers = Math.toIntExact(bytes / (8L * COLUMNS));
        return new DataSet(name, file, customers, COLUMNS, String.format(Locale.ROOT, "%,d customers of `%s`: x, t_x, "
                + "T in weeks, m_x (calibration 1997-01-01 … %s, one transaction per customer and day, zero amounts "
                + "kept), written by pandas (bench/python/btyd_reference.py --write-summary)", customers,
                orders.getFileName(), CALIBRATION_END));
    }

    /**
     * Turns the rows of a summary file into the library's summary.
     *
     * @param rows x, t_x, T, m_x per customer
     * @throws IllegalArgumentException if a row is not 4 numbers or x is not a whole number ≥ 0 (naming the row); the
     *     library checks the rest
     */
    public static RepeatPurchaseSummary of(double[][] rows) {
        int n = rows.length;
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != COLUMNS) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the lifetime summary has "
                        + rows[i].length + " values; it needs x, t_x, T, m_x");
            }
            double xi = rows[i][0];
            if (!(xi >= 0) || xi != Math.rint(xi) || xi > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the lifetime summary has x = " + xi
                        + "; x counts repeat transactions, a whole number ≥ 0");
            }
            x[i] = (int) xi;
            recency[i] = rows[i][1];
            age[i] = rows[i][2];
            spend[i] = rows[i][3];
        }
        return RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, recency, age).withMeanSpend(spend);
    }

    /** Reads a summary file of {@code customers} rows. */
    public static RepeatPurchaseSummary read(Path file, int customers) throws IOException {
        return of(BinaryMatrix.read(file, customers, COLUMNS));
    }
}
