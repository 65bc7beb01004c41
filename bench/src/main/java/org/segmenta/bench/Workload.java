package org.segmenta.bench;

/** What a benchmark case asks each tool to do. */
public enum Workload {
    /** One k-means fit with a fixed k and number of k-means++ starts; reports Lloyd iterations and WCSS. */
    KMEANS,
    /** An elbow sweep: the best WCSS of a few starts for every k from minK to maxK. */
    ELBOW,
    /** Ward linkage on all rows; reports the sum of the n − 1 merge heights as a checksum of the tree. */
    WARD,
    /** A whole process that reads the mall CSV and runs the k = 5 study: JVM or Python start included. */
    MALL_STUDY,
    /**
     * A whole process that reads an order-line file, cleans it (counting exact duplicates, dropping lines without a
     * customer, cancellations, quantities ≤ 0 and prices ≤ 0) and makes one row per customer (recency, frequency,
     * monetary, first and last purchase): JVM or Python start included; reports an {@link OrderChecksum}.
     */
    ORDER_LINES,
    /**
     * The BG/NBD and Gamma-Gamma fits on a {@link LifetimeSummary} (x, t_x, T, m_x per customer, made once by pandas):
     * the fit only is timed; reports a {@link LifetimeOptimum}.
     */
    LIFETIME_FIT,
    /**
     * The {@link #ORDER_LINES} study on a large generated order table as Parquet, by the library on one machine (DuckDB)
     * and by Apache Spark on a local master with as many cores, each a whole process that also writes the customer
     * table: where Spark starts to pay ({@link Crossover}). Reports an {@link OrderChecksum} and the time of each step.
     */
    ORDER_LINES_AT_SCALE,
    /** Each tool's default restarts for k = minK..maxK, once: compares the WCSS reached, not the time. */
    RESTARTS,
    /**
     * The notebooks on the default kernelspec executed to HTML by {@code environment/run_notebooks.py}, as one whole
     * process ({@link NotebookSuite}); the library only.
     */
    NOTEBOOK_SUITE
}
