package org.segmenta.bench;

import java.util.List;
import java.util.Locale;

/**
 * A paper estimate, not a measurement: the order-line study on a much larger table on a Spark cluster, scaled linearly
 * from what one local Spark run measured (the Parquet input's bytes per line, the shuffle bytes Spark wrote per line,
 * and the task time per line, which is the time one core spends per line) to {@code lines} lines on
 * {@code executors × coresPerExecutor} cores:
 *
 * <pre>
 * input   = lines × input bytes per line          shuffle = lines × shuffle bytes per line
 * core-s  = lines × task seconds per line         compute = core-s ÷ (executors × cores per executor)
 * read    = input ÷ (executors × read rate)       network = shuffle ÷ (executors × network rate)
 * wall   ≈ start-up + max(compute, read) + network
 * </pre>
 *
 * <p>Linear scaling holds while the customers grow with the lines (the generated tables have one customer for every
 * 40 lines) and the cluster has the memory to keep what the study persists; it ignores stragglers, skew, executor
 * allocation and the object store's latency, and assumes the cluster's cores are as fast as the measuring machine's
 * (which was shared and loaded, so the per-core figure is pessimistic). Reading overlaps computing; the shuffle's
 * network transfer is added on top.
 *
 * @param measured what the local Spark run measured
 * @param lines the order lines estimated for
 * @param executors the cluster's executors
 * @param coresPerExecutor the cores of each executor
 * @param readBytesPerSecond how fast one executor reads the input (from an object store or HDFS)
 * @param networkBytesPerSecond how fast one executor moves shuffle data over the network
 */
public record ClusterEstimate(Measured measured, long lines, int executors, int coresPerExecutor,
        double readBytesPerSecond, double networkBytesPerSecond) {

    /**
     * What one local Spark run measured.
     *
     * @param lines the order lines of the measured table
     * @param inputBytes the size of its Parquet file
     * @param shuffleBytes the shuffle bytes Spark wrote while making the customers
     * @param taskSeconds the summed run time of the tasks that made the customers (core-seconds)
     * @param startSeconds the session's start-up
     */
    public record Measured(long lines, long inputBytes, long shuffleBytes, double taskSeconds, double startSeconds) {

        /** Checks the numbers. */
        public Measured {
            if (lines < 1 || inputBytes < 1 || shuffleBytes < 0 || !(taskSeconds > 0) || !(startSeconds >= 0)) {
                throw new IllegalArgumentException("a measured Spark run needs lines ≥ 1, input bytes ≥ 1, shuffle "
                        + "bytes ≥ 0, task seconds > 0 and start-up ≥ 0; got " + lines + ", " + inputBytes + ", "
                        + shuffleBytes + ", " + taskSeconds + ", " + startSeconds);
            }
        }

        /** @return Parquet bytes per order line */
        public double inputBytesPerLine() {
            return (double) inputBytes / lines;
        }

        /** @return shuffle bytes per order line */
        public double shuffleBytesPerLine() {
            return (double) shuffleBytes / lines;
        }

        /** @return order lines one core handles per second */
        public double linesPerCoreSecond() {
            return lines / taskSeconds;
        }
    }

    /** Checks the cluster. */
    public ClusterEstimate {
        if (lines < 1 || executors < 1 || coresPerExecutor < 1 || !(readBytesPerSecond > 0)
                || !(networkBytesPerSecond > 0)) {
            throw new IllegalArgumentException("an estimate needs lines, executors, cores and rates above 0; got "
                    + lines + " lines, " + executors + " × " + coresPerExecutor + ", " + readBytesPerSecond + " B/s, "
                    + networkBytesPerSecond + " B/s");
        }
    }

    /**
     * The cluster the benchmark's report estimates for: 1 billion lines on 16 executors × 4 cores, each reading
     * 200 MB/s from the object store and moving 1.25 GB/s (10 Gbit/s) over the network.
     */
    public static ClusterEstimate billionLines(Measured measured) {
        return new ClusterEstimate(measured, 1_000_000_000L, 16, 4, 200e6, 1.25e9);
    }

    /** @return executors × cores per executor */
    public int cores() {
        return executors * coresPerExecutor;
    }

    /** @return the input's size: lines × Parquet bytes per line */
    public double inputBytes() {
        return lines * measured.inputBytesPerLine();
    }

    /** @return the shuffle's size: lines × shuffle bytes per line */
    public double shuffleBytes() {
        return lines * measured.shuffleBytesPerLine();
    }

    /** @return the core-seconds of the work: lines ÷ lines per core-second */
    public double coreSeconds() {
        return lines / measured.linesPerCoreSecond();
    }

    /** @return core-seconds ÷ cores */
    public double computeSeconds() {
        return coreSeconds() / cores();
    }

    /** @return input ÷ (executors × read rate) */
    public double readSeconds() {
        return inputBytes() / (executors * readBytesPerSecond);
    }

    /** @return shuffle ÷ (executors × network rate) */
    public double networkSeconds() {
        return shuffleBytes() / (executors * networkBytesPerSecond);
    }

    /** @return start-up + max(compute, read) + network */
    public double wallSeconds() {
        return measured.startSeconds() + Math.max(computeSeconds(), readSeconds()) + networkSeconds();
    }

    /**
     * @param cpuShare Spark's task CPU time ÷ its task time in the measured run (below 1 when the tasks waited, for a
     *     loaded machine's cores or for I/O)
     * @return the wall time if every core-second were CPU time: start-up + max(compute × cpuShare, read) + network
     */
    public double wallSecondsAtCpuShare(double cpuShare) {
        if (!(cpuShare > 0 && cpuShare <= 1)) {
            throw new IllegalArgumentException("the CPU share must be in (0, 1], got " + cpuShare);
        }
        return measured.startSeconds() + Math.max(computeSeconds() * cpuShare, readSeconds()) + networkSeconds();
    }

    /** @return the estimate as sentences, labelled as an estimate */
    public List<String> sentences() {
        return List.of(
                String.format(Locale.ROOT, "ESTIMATE (on paper, not measured): %,d order lines on %d executors × %d "
                        + "cores = %d cores, scaled linearly from the local Spark run on %,d lines.", lines, executors,
                        coresPerExecutor, cores(), measured.lines()),
                String.format(Locale.ROOT, "Measured per line: %.1f bytes of Parquet input, %.1f bytes of shuffle, "
                        + "%,.0f lines per core-second (Spark's task time).", measured.inputBytesPerLine(),
                        measured.shuffleBytesPerLine(), measured.linesPerCoreSecond()),
                String.format(Locale.ROOT, "Input %s, shuffle %s, %,.0f core-seconds: compute %.0f s, reading at "
                        + "%s/s per executor %.0f s, shuffle over %s/s per executor %.0f s, start-up %.0f s.",
                        Numbers.bytes(inputBytes()), Numbers.bytes(shuffleBytes()), coreSeconds(), computeSeconds(),
                        Numbers.bytes(readBytesPerSecond), readSeconds(), Numbers.bytes(networkBytesPerSecond),
                        networkSeconds(), measured.startSeconds()),
                String.format(Locale.ROOT, "Estimated wall time ≈ start-up + max(compute, read) + shuffle ≈ %.0f s "
                        + "(%.1f min); ignores stragglers, skew, executor allocation and object-store latency.",
                        wallSeconds(), wallSeconds() / 60));
    }
}
