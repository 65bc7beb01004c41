package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ToolResultTest {

    private final DataSet blobs = new DataSet("blobs", Path.of("b.f64"), 1_000_000, 10, "blobs");
    private final BenchCase kMeans = BenchCase.kMeans(blobs, 1_000_000, 8, 1);

    private ToolResult measured(BenchCase c, double median, OptionalInt iterations) {
        ChildReport report = new ChildReport("x", new Timings(new double[] {median}, true), iterations,
                OptionalDouble.of(1), new double[0], new int[0], List.of());
        return ToolResult.measured(c, Tool.OURS, report, report.timings(), OptionalLong.empty());
    }

    @Test
    void timePerIterationIsTheMedianOverTheIterations() {
        // 0.5 s / 25 iterations = 20 ms.
        assertEquals(0.020, measured(kMeans, 0.5, OptionalInt.of(25)).secondsPerIteration().getAsDouble(), 1e-15);
    }

    @Test
    void bandwidthBoundRatioComparesWithReadingTheDataOnce() {
        // 1M × 10 doubles = 80 MB; at 40 GB/s one read takes 2 ms; 20 ms per iteration is 10 times that.
        assertEquals(10.0, measured(kMeans, 0.5, OptionalInt.of(25)).bandwidthBoundRatio(40e9).getAsDouble(), 1e-9);
    }

    @Test
    void hasNoTimePerIterationWithoutIterations() {
        assertTrue(measured(kMeans, 0.5, OptionalInt.empty()).secondsPerIteration().isEmpty());
    }

    @Test
    void hasNoTimePerIterationOutsideKMeans() {
        DataSet ward = new DataSet("ward", Path.of("w.f64"), 1_000, 2, "blobs");
        assertTrue(measured(BenchCase.ward(ward, 1_000), 0.5, OptionalInt.of(5)).secondsPerIteration().isEmpty());
    }

    @Test
    void aSkippedResultHasNoMedian() {
        assertTrue(ToolResult.skipped(kMeans, Tool.SMILE, "because").median().isEmpty());
    }
}
