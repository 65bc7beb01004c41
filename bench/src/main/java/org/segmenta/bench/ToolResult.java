package org.segmenta.bench;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One cell group of the benchmark table: what one tool did with one case.
 *
 * @param benchCase the case
 * @param tool the tool
 * @param status measured, skipped or failed
 * @param detail why it was skipped or how it failed (empty when measured)
 * @param report what the tool's process reported (null unless measured)
 * @param timings the reported run times (null unless measured)
 * @param peakResidentKilobytes the process's peak resident memory, when known
 */
public record ToolResult(BenchCase benchCase, Tool tool, Status status, String detail, ChildReport report,
        Timings timings, OptionalLong peakResidentKilobytes) {

    /** How a tool's attempt at a case ended. */
    public enum Status {
        /** Ran and reported times. */
        MEASURED,
        /** Not attempted, for a stated reason. */
        SKIPPED,
        /** Attempted and failed (error, out of memory, time limit). */
        FAILED
    }

    /** Checks that a measured result has a report and timings. */
    public ToolResult {
        if (status == Status.MEASURED && (report == null || timings == null)) {
            throw new IllegalArgumentException("a measured result needs a report and timings");
        }
    }

    /** A tool that does not run this case, and why. */
    public static ToolResult skipped(BenchCase benchCase, Tool tool, String reason) {
        return new ToolResult(benchCase, tool, Status.SKIPPED, reason, null, null, OptionalLong.empty());
    }

    /** A tool that failed on this case. */
    public static ToolResult failed(BenchCase benchCase, Tool tool, String reason, OptionalLong peak) {
        return new ToolResult(benchCase, tool, Status.FAILED, reason, null, null, peak);
    }

    /** A tool that ran this case. */
    public static ToolResult measured(BenchCase benchCase, Tool tool, ChildReport report, Timings timings,
            OptionalLong peak) {
        return new ToolResult(benchCase, tool, Status.MEASURED, "", report, timings, peak);
    }

    /** @return whether it ran */
    public boolean isMeasured() {
        return status == Status.MEASURED;
    }

    /** @return the median run time in seconds, if measured */
    public OptionalDouble median() {
        return isMeasured() ? OptionalDouble.of(timings.median()) : OptionalDouble.empty();
    }

    /**
     * @return the median time divided by the Lloyd iterations of the last run, for a k-means case whose tool reported
     *     its iterations (k-means++ seeding included: the same definition for every tool)
     */
    public OptionalDouble secondsPerIteration() {
        if (!isMeasured() || benchCase.workload() != Workload.KMEANS || report.iterations().isEmpty()
                || report.iterations().getAsInt() < 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(timings.median() / report.iterations().getAsInt());
    }

    /**
     * @param bytesPerSecond the measured memory bandwidth
     * @return time per iteration ÷ (rows × columns × 8 bytes ÷ bandwidth): how many times slower than reading the data
     *     once per iteration at full memory speed
     */
    public OptionalDouble bandwidthBoundRatio(double bytesPerSecond) {
        OptionalDouble perIteration = secondsPerIteration();
        if (perIteration.isEmpty() || !(bytesPerSecond > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(perIteration.getAsDouble() / (benchCase.bytesPerPass() / bytesPerSecond));
    }
}
