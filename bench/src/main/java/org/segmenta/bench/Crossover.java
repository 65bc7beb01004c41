package org.segmenta.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Where Spark on a local master starts to beat the library on one machine for the order-line study
 * ({@link Workload#ORDER_LINES_AT_SCALE}): the sizes at which both were measured, and the smallest at which Spark's
 * median whole-process time is below the library's. A Spark process stopped at the benchmark's time limit counts with
 * the limit as a lower bound of its time (it was slower than that).
 *
 * @param sizes one entry per measured table size, smallest first
 * @param cores the cores both had (Spark's {@code local[cores]}, the library's threads)
 */
public record Crossover(List<Size> sizes, int cores) {

    /**
     * One table size at which both tools ran.
     *
     * @param lines the order lines of the table
     * @param localSeconds the library's median whole-process time
     * @param sparkSeconds Spark's median whole-process time, or the time limit it was stopped at
     * @param sparkStopped whether Spark was stopped at the time limit ({@code sparkSeconds} is then a lower bound)
     */
    public record Size(long lines, double localSeconds, double sparkSeconds, boolean sparkStopped) {

        /** A size at which both finished. */
        public Size(long lines, double localSeconds, double sparkSeconds) {
            this(lines, localSeconds, sparkSeconds, false);
        }

        /** Checks the times. */
        public Size {
            if (lines < 1 || !(localSeconds > 0) || !(sparkSeconds > 0)) {
                throw new IllegalArgumentException("a crossover size needs lines ≥ 1 and positive times, got "
                        + lines + " lines, " + localSeconds + " s and " + sparkSeconds + " s");
            }
        }

        /** @return Spark's time ÷ the library's (below 1: Spark is faster; a lower bound if Spark was stopped) */
        public double ratio() {
            return sparkSeconds / localSeconds;
        }
    }

    /** Sorts the sizes, smallest first. */
    public Crossover {
        sizes = sizes.stream().sorted(Comparator.comparingLong(Size::lines)).toList();
    }

    /**
     * @param results the benchmark's results (cases of other workloads are ignored)
     * @param cores the cores both tools had
     * @return the sizes at which both tools were measured
     */
    public static Crossover of(List<ToolResult> results, int cores) {
        List<Size> sizes = results.stream()
                .filter(r -> r.benchCase().workload() == Workload.ORDER_LINES_AT_SCALE && r.tool() == Tool.OURS
                        && r.isMeasured())
                .flatMap(local -> results.stream()
                        .filter(s -> s.benchCase().equals(local.benchCase()) && s.tool() == Tool.SPARK
                                && s.isMeasured())
                        .map(spark -> new Size(local.benchCase().rows(), local.timings().median(),
                                spark.timings().median())))
                .toList();
        List<Size> stopped = results.stream()
                .filter(r -> r.benchCase().workload() == Workload.ORDER_LINES_AT_SCALE && r.tool() == Tool.OURS
                        && r.isMeasured())
                .flatMap(local -> results.stream()
                        .filter(s -> s.benchCase().equals(local.benchCase()) && s.tool() == Tool.SPARK
                                && s.status() == ToolResult.Status.FAILED
                                && s.detail().startsWith(Benchmark.TIME_LIMIT))
                        .map(spark -> new Size(local.benchCase().rows(), local.timings().median(),
                                limitSeconds(spark.detail()), true)))
                .toList();
        sizes = new java.util.ArrayList<>(sizes);
        sizes.addAll(stopped);
        return new Crossover(sizes, cores);
    }

    private static double limitSeconds(String detail) {
        String rest = detail.substring(Benchmark.TIME_LIMIT.length());
        return Double.parseDouble(rest.substring(0, rest.indexOf(' ')));
    }

    /** @return the smallest measured size at which Spark was faster, if there is one */
    public OptionalLong sparkFasterFrom() {
        return sizes.stream().filter(s -> !s.sparkStopped() && s.sparkSeconds() < s.localSeconds())
                .mapToLong(Size::lines).findFirst();
    }

    /**
     * @return one sentence: "Spark local[2] is faster from 10,000,000 lines on (…)", "not within 50,000,000 lines on 2
     *     cores", or that nothing was measured
     */
    public String sentence() {
        if (sizes.isEmpty()) {
            return "Crossover: not measured (the library and Spark did not both run a size).";
        }
        long largest = sizes.getLast().lines();
        OptionalLong from = sparkFasterFrom();
        if (from.isEmpty()) {
            Size last = sizes.getLast();
            return String.format(Locale.ROOT, "Crossover: not within %,d lines on %d cores: Spark local[%d] was "
                    + "slower at every measured size (%s%.2f× the one-machine time at %,d lines%s).", largest, cores,
                    cores, last.sparkStopped() ? "at least " : "", last.ratio(), last.lines(),
                    last.sparkStopped() ? String.format(Locale.ROOT, ", where it was stopped at the %.0f s time "
                            + "limit", last.sparkSeconds()) : "");
        }
        Size first = sizes.stream().filter(s -> s.lines() == from.getAsLong()).findFirst().orElseThrow();
        return String.format(Locale.ROOT, "Crossover: Spark local[%d] is faster from %,d lines on (of the measured "
                + "sizes up to %,d; %.2f× the one-machine time there).", cores, first.lines(), largest, first.ratio());
    }
}
