package org.segmenta.bench;

/** The implementations compared side by side, each run in its own process. */
public enum Tool {
    /** This project's library, through its public API only. */
    OURS("Segmenta"),
    /** Smile 6.3.0, the library on the classpath. */
    SMILE("Smile 6.3.0"),
    /**
     * scikit-learn for k-means, SciPy for Ward and the lifetime models, pandas for the order lines, through {@code /usr/bin/python3}: the
     * peer of the ratios.
     */
    PEER("scikit-learn / SciPy / pandas");

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
            case ORDER_LINES -> "pandas";
            default -> "scikit-learn";
        };
    }

    /** @return the lower-case name used on command lines and in JSON */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
