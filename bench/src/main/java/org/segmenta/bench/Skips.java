package org.segmenta.bench;

import java.util.Locale;
import java.util.Optional;

/** Which tool cannot run which case, and why: the report shows the reason instead of a time. */
public final class Skips {

    /** Smile's {@code HierarchicalClustering} keeps n(n+1)/2 floats in one array and refuses more points. */
    public static final int SMILE_MAX_HIERARCHICAL = 65_535;

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
