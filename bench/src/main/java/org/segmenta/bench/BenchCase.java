package org.segmenta.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One row group of the benchmark table: a workload on the first {@code rows} rows of an input, run by every tool.
 * Build cases with the factory methods, which say which parameters a workload uses.
 *
 * @param id a short unique name (file names, {@code --only} filter, JSON)
 * @param title what the case is, for people
 * @param workload what each tool does
 * @param input the {@link BinaryMatrix} file (or, for {@link Workload#MALL_STUDY}, the mall CSV file; for
 *     {@link Workload#ORDER_LINES}, the order-line file; for {@link Workload#ORDER_LINES_AT_SCALE}, the Parquet file; for {@link Workload#LIFETIME_FIT}, the
 *     {@link LifetimeSummary} file)
 * @param rows the rows used (order lines: the lines in the file; lifetime fit: the customers)
 * @param columns the features per row (order lines: the columns of the file)
 * @param k the number of segments ({@link Workload#KMEANS}, {@link Workload#MALL_STUDY}), else 0
 * @param starts k-means++ starts per k ({@link Workload#KMEANS}, {@link Workload#ELBOW}), else 0
 * @param minK the smallest k swept ({@link Workload#ELBOW}, {@link Workload#RESTARTS}), else 0
 * @param maxK the largest k swept ({@link Workload#ELBOW}, {@link Workload#RESTARTS}), else 0
 */
public record BenchCase(String id, String title, Workload workload, Path input, int rows, int columns, int k,
        int starts, int minK, int maxK) {

    /** Checks that the parameters the workload needs are there. */
    public BenchCase {
        if (rows < 2 || columns < 1) {
            throw new IllegalArgumentException("case " + id + " needs at least 2 rows and 1 column, got " + rows
                    + " × " + columns);
        }
        boolean sweeps = workload == Workload.ELBOW || workload == Workload.RESTARTS;
        if (sweeps && (minK < 1 || maxK < minK)) {
            throw new IllegalArgumentException("case " + id + " sweeps k = " + minK + ".." + maxK
                    + "; it needs 1 ≤ minK ≤ maxK");
        }
        if ((workload == Workload.KMEANS || workload == Workload.MALL_STUDY) && k < 1) {
            throw new IllegalArgumentException("case " + id + " needs k ≥ 1, got " + k);
        }
        if ((workload == Workload.KMEANS || workload == Workload.ELBOW) && starts < 1) {
            throw new IllegalArgumentException("case " + id + " needs at least 1 start, got " + starts);
        }
    }

    /** One k-means fit with {@code k} segments and {@code starts} k-means++ starts on the first rows of the data. */
    public static BenchCase kMeans(DataSet data, int rows, int k, int starts) {
        return new BenchCase(String.format(Locale.ROOT, "kmeans-%s-k%d", count(rows), k),
                String.format(Locale.ROOT, "k-means %s × %d, k = %d, %d k-means++ start%s", count(rows),
                        data.columns(), k, starts, starts == 1 ? "" : "s"),
                Workload.KMEANS, data.file(), rows, data.columns(), k, starts, 0, 0);
    }

    /** An elbow sweep k = 1..maxK, the best of {@code starts} starts for each k. */
    public static BenchCase elbow(DataSet data, int rows, int maxK, int starts) {
        return new BenchCase(String.format(Locale.ROOT, "elbow-%s", count(rows)),
                String.format(Locale.ROOT, "elbow sweep %s × %d, k = 1..%d, %d starts each", count(rows),
                        data.columns(), maxK, starts),
                Workload.ELBOW, data.file(), rows, data.columns(), 0, starts, 1, maxK);
    }

    /** Ward linkage on the first rows of the data. */
    public static BenchCase ward(DataSet data, int rows) {
        return new BenchCase(String.format(Locale.ROOT, "ward-%s", count(rows)),
                String.format(Locale.ROOT, "Ward linkage %s × %d", count(rows), data.columns()),
                Workload.WARD, data.file(), rows, data.columns(), 0, 0, 0, 0);
    }

    /** A whole process: read the mall CSV and run the k = 5 study (10 restarts). */
    public static BenchCase mallStudy(Path mallCsv) {
        return new BenchCase("mall-study", "mall data end to end (process start, read CSV, k = 5, 10 restarts)",
                Workload.MALL_STUDY, mallCsv, 200, 2, 5, 10, 0, 0);
    }

    /**
     * A whole process: read the order-line file, clean it with the default rules and make the customer table.
     *
     * @param name a short name of the file for the case id, e.g. "online-retail" or "generated"
     * @param file the order-line file, in Online Retail's column names
     * @param lines the lines in the file
     * @param columns the columns of the file
     */
    public static BenchCase orderLines(String name, Path file, int lines, int columns) {
        return new BenchCase(String.format(Locale.ROOT, "orders-%s-%s", name, count(lines)),
                String.format(Locale.ROOT, "order lines → customers, %s %,d lines (process start, read, clean, RFM)",
                        name, lines), Workload.ORDER_LINES, file, lines, columns, 0, 0, 0, 0);
    }

    /**
     * A whole process on one machine against one on Spark: read a generated order table as Parquet, clean it with the
     * default rules, make the customer table and write it.
     *
     * @param parquet the table ({@link ParquetOrderLines#generated})
     */
    public static BenchCase orderLinesAtScale(DataSet parquet) {
        return new BenchCase(String.format(Locale.ROOT, "spark-crossover-%s", count(parquet.rows())),
                String.format(Locale.ROOT, "order lines → customers at scale, %,d generated lines as Parquet, one "
                        + "machine vs Spark (process start, read, clean, aggregate, write)", parquet.rows()),
                Workload.ORDER_LINES_AT_SCALE, parquet.file(), parquet.rows(), parquet.columns(), 0, 0, 0, 0);
    }

    /**
     * The BG/NBD and Gamma-Gamma fits on every customer of a {@link LifetimeSummary} file.
     *
     * @param summary the summary file, named e.g. "cdnow-master"
     */
    public static BenchCase lifetimeFit(DataSet summary) {
        String who = summary.name().replace('-', ' ').replace("cdnow", "CDNOW");
        return new BenchCase(String.format(Locale.ROOT, "lifetime-%s-%s", summary.name(), count(summary.rows())),
                String.format(Locale.ROOT, "lifetime models fit (BG/NBD + Gamma-Gamma), %s %,d customers", who,
                        summary.rows()), Workload.LIFETIME_FIT, summary.file(), summary.rows(), summary.columns(),
                0, 0, 0, 0);
    }

    /** Each tool's default restarts (scikit-learn: {@code n_init=10}) for k = minK..maxK on the data. */
    public static BenchCase restarts(DataSet data, int rows, int minK, int maxK) {
        return new BenchCase(String.format(Locale.ROOT, "restarts-%s-%s", data.name(), count(rows)),
                String.format(Locale.ROOT, "default restarts, %s %s × %d, k = %d..%d", data.name(), count(rows),
                        data.columns(), minK, maxK),
                Workload.RESTARTS, data.file(), rows, data.columns(), 0, 0, minK, maxK);
    }

    /** @return the bytes one pass over the data reads: rows × columns × 8 */
    public long bytesPerPass() {
        return 8L * rows * columns;
    }

    /** Writes 1000000 as "1M", 200000 as "200k", 2216 as "2216". */
    static String count(int rows) {
        if (rows % 1_000_000 == 0) {
            return rows / 1_000_000 + "M";
        }
        if (rows % 1_000 == 0) {
            return rows / 1_000 + "k";
        }
        return Integer.toString(rows);
    }
}
