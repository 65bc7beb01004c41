package org.segmenta.bench;

/** The implementations compared side by side, each run in its own process. */
public enum Tool {
    /** This project's library, through its public API only. */
    OURS("Segmenta"),
    /** Smile 6.3.0, the library on the classpath. */
    SMILE("Smile 6.3.0"),
    /**
     * ELKI 0.8.0 (AGPL-3.0, a dependency of the benchmark module only): its exact k-means variants and NN-chain Ward,
     * for the k-means, elbow and Ward cases.
     */
    ELKI("ELKI 0.8.0"),
    /**
     * scikit-learn for k-means, SciPy for Ward and the lifetime models, pandas for the order lines, through {@code /usr/bin/python3}: the
     * peer of the ratios.
     */
    PEER("scikit-learn / SciPy / pandas"),
    /**
     * Apache Spark on a local master ({@code local[threads]}), running the library's order-line study through the
     * optional spark module ({@code org.segmenta.spark.bench.SparkOrderLinesStudy}, class path {@code build/spark/}).
     */
    SPARK("Spark");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    /** @return the name shown in the table */
    public String label() {
        return label;
    }

    /**
     * @return the name shown for this workload: the peer is SciPy for Ward and the lifetime fit, pandas for the order
     *     lines, else scikit-learn
     */
    public String label(Workload workload) {
        if (this != PEER) {
            return label;
        }
        return switch (workload) {
            case WARD, LIFETIME_FIT -> "SciPy";
            case ORDER_LINES, ORDER_LINES_AT_SCALE -> "pandas";
            default -> "scikit-learn";
        };
    }

    /**
     * @return the tools that take part in a workload, in table order: the library and Spark for
     *     {@link Workload#ORDER_LINES_AT_SCALE}; the library alone for {@link Workload#NOTEBOOK_SUITE}; the library,
     *     Smile, ELKI and the peer for k-means, the elbow sweep and Ward; the library, Smile and the peer for every
     *     other workload
     */
    public static java.util.List<Tool> of(Workload workload) {
        return switch (workload) {
            case ORDER_LINES_AT_SCALE -> java.util.List.of(OURS, SPARK);
            case NOTEBOOK_SUITE -> java.util.List.of(OURS);
            case KMEANS, ELBOW, WARD -> java.util.List.of(OURS, SMILE, ELKI, PEER);
            default -> java.util.List.of(OURS, SMILE, PEER);
        };
    }

    /** @return the lower-case name used on command lines and in JSON */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
