package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ChildReportTest {

    private final ChildReport report = new ChildReport("Smile 6.3.0", new Timings(new double[] {0.5, 0.25}, true),
            OptionalInt.of(25), OptionalDouble.of(12345.678901234567), new double[] {3.0, 2.0, 1.5}, new int[] {10, 10,
                    10}, List.of("a note"));

    @Test
    void readsBackWhatItWrites() {
        ChildReport back = ChildReport.parse(report.lines());
        assertEquals("Smile 6.3.0", back.version());
        assertArrayEquals(new double[] {0.5, 0.25}, back.timings().seconds());
        assertTrue(back.timings().warm());
        assertEquals(25, back.iterations().getAsInt());
        assertEquals(12345.678901234567, back.quality().getAsDouble(), "full precision survives");
        assertArrayEquals(new double[] {3.0, 2.0, 1.5}, back.perK());
        assertArrayEquals(new int[] {10, 10, 10}, back.restartsPerK());
        assertEquals(List.of("a note"), back.notes());
    }

    @Test
    void ignoresLinesWithoutTheMarker() {
        List<String> output = new ArrayList<>(List.of("segment 0: 81 customers"));
        output.addAll(report.lines());
        output.add("WARNING: something a library printed");
        assertEquals("Smile 6.3.0", ChildReport.parse(output).version());
    }

    @Test
    void readsTheLinesOfThePythonScript() {
        // As peer_bench.py prints them: repr() of floats, a cold single run.
        ChildReport back = ChildReport.parse(List.of("@bench version scikit-learn 1.2.1, SciPy 1.10.1",
                "@bench times cold 8.2", "@bench quality 1.5e+07"));
        assertFalse(back.timings().warm());
        assertEquals(1.5e7, back.quality().getAsDouble());
        assertTrue(back.iterations().isEmpty());
    }

    @Test
    void readsTheChecksumOfAnOrderLineCase() {
        ChildReport back = ChildReport.parse(List.of("@bench version pandas 1.5.3", "@bench quality 8911407.904",
                "@bench checksum lines=10 duplicates=1 kept=7 customers=3 recency=78 frequency=5 monetary_cents=15275"));
        assertEquals(new OrderChecksum(10, 1, 7, 3, 78, 5, 15_275), back.checksum());
        assertEquals(back.checksum(), ChildReport.parse(back.lines()).checksum(), "written back the same");
        assertEquals(null, report.checksum(), "other workloads have none");
    }

    @Test
    void readsTheOptimumOfALifetimeCase() {
        ChildReport back = ChildReport.parse(List.of("@bench version SciPy 1.10.1, NumPy 1.24.2",
                "@bench times warm 0.3", "@bench lifetime bgnbd_ll=-1000.0 r=0.25 alpha=4.0 a=0.5 b=2.0 gg_ll=-400.0 "
                        + "p=6.0 q=4.0 gamma=15.0 gg_customers=9450"));
        assertEquals(new LifetimeOptimum(-1000.0, 0.25, 4.0, 0.5, 2.0, -400.0, 6.0, 4.0, 15.0, 9_450),
                back.lifetime());
        assertEquals(back.lifetime(), ChildReport.parse(back.lines()).lifetime(), "written back the same");
        assertEquals(null, report.lifetime(), "other workloads have none");
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(IllegalArgumentException.class, () -> ChildReport.parse(List.of("@bench quality 1.0")));
    }

    @Test
    void namesTheLineItCannotRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChildReport.parse(List.of("@bench version x", "@bench iterations many")));
        assertTrue(e.getMessage().contains("@bench iterations many"), e.getMessage());
    }

    @Test
    void readsBackStepTimesAndCountersInTheirOrder() {
        ChildReport withSteps = new ChildReport("Apache Spark 4.2.0, local[2]", null, OptionalInt.empty(),
                OptionalDouble.empty(), new double[0], new int[0], List.of(), null, null,
                new java.util.LinkedHashMap<>(java.util.Map.of("jvm", 0.25)), java.util.Map.of("cores", 2L));
        List<String> lines = new ArrayList<>(withSteps.lines());
        lines.add("@bench steps session=7.5 customers=20.125");
        ChildReport back = ChildReport.parse(lines);
        assertEquals(List.of("jvm", "session", "customers"), List.copyOf(back.steps().keySet()));
        assertEquals(20.125, back.steps().get("customers"));
        assertEquals(2L, back.counters().get("cores"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChildReport.parse(List.of("@bench version x", "@bench counters cores")));
        assertTrue(e.getMessage().contains("name=value"), e.getMessage());
    }
}
