package org.segmenta.bench;

import java.util.Arrays;

/**
 * The reported wall-clock times of a workload, in seconds.
 *
 * @param seconds one entry per reported run, in run order
 * @param warm whether a warm-up run preceded them (false: a single cold run)
 */
public record Timings(double[] seconds, boolean warm) {

    /** Checks that there is at least one non-negative time, and copies them. */
    public Timings {
        if (seconds.length == 0) {
            throw new IllegalArgumentException("timings need at least one run");
        }
        for (double s : seconds) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("a run time must be 0 or more seconds, got " + s);
            }
        }
        seconds = seconds.clone();
    }

    /** @return a copy of the run times */
    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    /** @return the number of reported runs */
    public int runs() {
        return seconds.length;
    }

    /** @return the fastest run */
    public double min() {
        return Arrays.stream(seconds).min().orElseThrow();
    }

    /** @return the median run (the mean of the two middle ones for an even count) */
    public double median() {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
