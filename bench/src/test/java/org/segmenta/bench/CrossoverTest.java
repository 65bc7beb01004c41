package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CrossoverTest {

    private static BenchCase atScale(int lines) {
        return BenchCase.orderLinesAtScale(new DataSet("generated-parquet", Path.of("orders-" + lines + ".parquet"),
                lines, 7, "generated"));
    }

    private static ToolResult measured(BenchCase c, Tool tool, double median) {
        ChildReport report = new ChildReport(tool.label(), null, OptionalInt.empty(), OptionalDouble.empty(),
                new double[0], new int[0], List.of(), null, null, Map.of(), Map.of());
        return ToolResult.measured(c, tool, report, new Timings(new double[] {median}, true), OptionalLong.empty());
    }

    @Test
    void theCrossoverIsTheSmallestSizeAtWhichSparkIsFaster() {
        Crossover crossover = new Crossover(List.of(new Crossover.Size(50_000_000, 150, 120),
                new Crossover.Size(1_000_000, 5, 20), new Crossover.Size(10_000_000, 30, 40)), 2);
        assertEquals(List.of(1_000_000L, 10_000_000L, 50_000_000L),
                crossover.sizes().stream().map(Crossover.Size::lines).toList());
        assertEquals(50_000_000L, crossover.sparkFasterFrom().getAsLong());
        // 120 / 150 = 0.80.
        assertEquals("Crossover: Spark local[2] is faster from 50,000,000 lines on (of the measured sizes up to "
                + "50,000,000; 0.80× the one-machine time there).", crossover.sentence());
    }

    @Test
    void withSparkSlowerEverywhereThereIsNoCrossoverWithinTheSizes() {
        Crossover crossover = new Crossover(List.of(new Crossover.Size(1_000_000, 5, 20),
                new Crossover.Size(50_000_000, 100, 125)), 2);
        assertTrue(crossover.sparkFasterFrom().isEmpty());
        assertEquals("Crossover: not within 50,000,000 lines on 2 cores: Spark local[2] was slower at every measured "
                + "size (1.25× the one-machine time at 50,000,000 lines).", crossover.sentence());
    }

    @Test
    void takesOnlySizesAtWhichBothToolsWereMeasured() {
        BenchCase small = atScale(1_000_000);
        BenchCase large = atScale(10_000_000);
        List<ToolResult> results = List.of(measured(small, Tool.OURS, 4), measured(small, Tool.SPARK, 16),
                measured(large, Tool.OURS, 30), ToolResult.skipped(large, Tool.SPARK, "Spark is not installed"));
        Crossover crossover = Crossover.of(results, 2);
        assertEquals(List.of(new Crossover.Size(1_000_000, 4, 16)), crossover.sizes());
        assertEquals(4.0, crossover.sizes().getFirst().ratio(), 1e-15);
        assertTrue(Crossover.of(List.of(), 2).sentence().startsWith("Crossover: not measured"));
    }

    @Test
    void aSparkProcessStoppedAtTheTimeLimitWasSlowerThanTheLimit() {
        BenchCase small = atScale(1_000_000);
        BenchCase large = atScale(50_000_000);
        List<ToolResult> results = List.of(measured(small, Tool.OURS, 10), measured(small, Tool.SPARK, 200),
                measured(large, Tool.OURS, 200), ToolResult.failed(large, Tool.SPARK,
                        Benchmark.TIME_LIMIT + "1800 s", OptionalLong.empty()));
        Crossover crossover = Crossover.of(results, 2);
        assertEquals(List.of(new Crossover.Size(1_000_000, 10, 200, false),
                new Crossover.Size(50_000_000, 200, 1800, true)), crossover.sizes());
        assertTrue(crossover.sparkFasterFrom().isEmpty());
        // 1800 / 200 = 9.
        assertEquals("Crossover: not within 50,000,000 lines on 2 cores: Spark local[2] was slower at every measured "
                + "size (at least 9.00× the one-machine time at 50,000,000 lines, where it was stopped at the 1800 s "
                + "time limit).", crossover.sentence());
    }
}
