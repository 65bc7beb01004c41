package org.segmenta.bench;

import java.util.function.Supplier;

/**
 * How often a workload is run, so that multi-second runs give honest numbers in bounded time.
 *
 * <p>The first run warms up (class loading, JIT compilation, page cache) and is not reported. If it took
 * {@code coldLimitSeconds} or more, it is reported alone, marked cold: repeating a minute-long run to save a few
 * percent of JIT time would not fit the time budget, and the warm-up is then a small part of it. Otherwise the workload
 * runs {@code clamp(⌊budgetSeconds / warm-up time⌋, 1, maxRuns)} more times, and those runs are reported (their
 * minimum and median).
 *
 * @param budgetSeconds the measured time to aim for after the warm-up
 * @param maxRuns the most measured runs
 * @param coldLimitSeconds from this warm-up time on, the warm-up is the only run
 */
public record Repetition(double budgetSeconds, int maxRuns, double coldLimitSeconds) {

    /** Checks the numbers. */
    public Repetition {
        if (!(budgetSeconds > 0) || maxRuns < 1 || !(coldLimitSeconds > 0)) {
            throw new IllegalArgumentException("repetition needs a positive budget, cold limit and at least 1 run; got "
                    + budgetSeconds + " s, " + coldLimitSeconds + " s, " + maxRuns + " runs");
        }
    }

    /**
     * @param warmUpSeconds how long the warm-up run took
     * @return how many measured runs follow it (0: report the warm-up alone, cold)
     */
    public int measuredRuns(double warmUpSeconds) {
        if (warmUpSeconds >= coldLimitSeconds) {
            return 0;
        }
        long fitting = (long) Math.floor(budgetSeconds / Math.max(warmUpSeconds, 1e-9));
        return (int) Math.max(1, Math.min(maxRuns, fitting));
    }

    /**
     * Runs {@code workload} as described above.
     *
     * @return the reported run times and the result of the last run
     */
    public <T> Timed<T> time(Supplier<T> workload) {
        long start = System.nanoTime();
        T result = workload.get();
        double warmUp = (System.nanoTime() - start) / 1e9;
        int runs = measuredRuns(warmUp);
        if (runs == 0) {
            return new Timed<>(new Timings(new double[] {warmUp}, false), result);
        }
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            start = System.nanoTime();
            result = workload.get();
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        return new Timed<>(new Timings(seconds, true), result);
    }

    /**
     * Reported run times and the result of the last run.
     *
     * @param timings the reported times
     * @param result what the last run returned
     * @param <T> the result type
     */
    public record Timed<T>(Timings timings, T result) {
    }
}
