package org.segmenta.bench;

import java.util.Locale;
import java.util.Optional;

/** Which tool cannot run which case, and why: the report shows the reason instead of a time. */
public final class Skips {

    /** Smile's {@code HierarchicalClustering} keeps n(n+1)/2 floats in one array and refuses more points. */
    public static final int SMILE_MAX_HIERARCHICAL = 65_535;

    /**
     * The most elements a Java array can hold in practice ({@code Integer.MAX_VALUE − 8}, the JDK's own limit for
     * growing arrays): ELKI's NN-chain keeps its n(n−1)/2 distances in one {@code double[]}.
     */
    public static final long JAVA_MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private Skips() {
    }

    /**
     * @param benchCase the case
     * @param tool the tool
     * @param physicalMemory the machine's memory in bytes
     * @return why {@code tool} does not run {@code benchCase}, or empty if it does
     */
    public static Optional<String> reason(BenchCase benchCase, Tool tool, long physicalMemory) {
        long n = benchCase.rows();
        return switch (benchCase.workload()) {
            case WARD -> switch (tool) {
                case SMILE -> n > SMILE_MAX_HIERARCHICAL
                        ? Optional.of(String.format(Locale.ROOT, "Smile refuses n > %,d (it stores n(n+1)/2 floats "
                                + "in one array)", SMILE_MAX_HIERARCHICAL))
                        : Optional.empty();
                case PEER -> {
                    long matrix = n * (n - 1) / 2 * 8;
                    // SciPy copies the condensed matrix while it works: 20k points peaked at 3.1 GB for a 1.6 GB matrix.
                    yield 2 * matrix > physicalMemory
                            ? Optional.of(String.format(Locale.ROOT, "SciPy needs n(n−1)/2 doubles = %.1f GB (twice "
                                    + "that at its peak); this machine has %.1f GB", matrix / 1e9,
                                    physicalMemory / 1e9))
                            : Optional.empty();
                }
                case ELKI -> {
                    long entries = n * (n - 1) / 2;
                    long heap = physicalMemory / 4;
                    yield entries > JAVA_MAX_ARRAY || entries * 8 > heap
                            ? Optional.of(String.format(Locale.ROOT, "ELKI's NNChain keeps n(n−1)/2 = %,d distances "
                                    + "in one double[] (%.1f GB): more than a Java array holds (%,d) or than the "
                                    + "JVM's default heap (¼ of %.1f GB = %.1f GB)", entries, entries * 8 / 1e9,
                                    JAVA_MAX_ARRAY, physicalMemory / 1e9, heap / 1e9))
                            : Optional.empty();
                }
                case OURS, SPARK -> Optional.empty();
            };
            case RESTARTS -> tool == Tool.SMILE
                    ? Optional.of("this comparison is the library's default restarts against scikit-learn's "
                            + "n_init=10")
                    : Optional.empty();
            case ORDER_LINES -> tool == Tool.SMILE
                    ? Optional.of("Smile has no order-line cleaning or per-customer aggregation to compare")
                    : Optional.empty();
            case LIFETIME_FIT -> tool == Tool.SMILE
                    ? Optional.of("Smile has no BG/NBD or Gamma-Gamma model (the library's fit uses Smile's BFGS "
                            + "inside)")
                    : Optional.empty();
            case KMEANS, ELBOW, MALL_STUDY, ORDER_LINES_AT_SCALE, NOTEBOOK_SUITE -> Optional.empty();
        };
    }
}
