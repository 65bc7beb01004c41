package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClusterEstimateTest {

    /** 10M lines: 65 MB of Parquet (6.5 B/line), 200 MB shuffled (20 B/line), 40 core-seconds, 8 s start-up. */
    private final ClusterEstimate.Measured measured = new ClusterEstimate.Measured(10_000_000, 65_000_000,
            200_000_000, 40, 8);

    @Test
    void scalesTheMeasuredRatesToABillionLinesOnSixtyFourCores() {
        ClusterEstimate e = ClusterEstimate.billionLines(measured);
        // Worked by hand: 1e9 lines × 6.5 B = 6.5e9 B; × 20 B = 2e10 B; 10M lines / 40 s = 250,000 lines per
        // core-second, so 1e9 lines take 4,000 core-seconds, 62.5 s on 16 × 4 = 64 cores; reading 6.5e9 B at
        // 16 × 200 MB/s takes 2.03125 s (under the compute, so it overlaps); shuffling 2e10 B at 16 × 1.25 GB/s
        // takes 1 s; wall = 8 + 62.5 + 1 = 71.5 s.
        assertEquals(64, e.cores());
        assertEquals(6.5e9, e.inputBytes(), 1e-3);
        assertEquals(2e10, e.shuffleBytes(), 1e-3);
        assertEquals(250_000, measured.linesPerCoreSecond(), 1e-9);
        assertEquals(4_000, e.coreSeconds(), 1e-9);
        assertEquals(62.5, e.computeSeconds(), 1e-9);
        assertEquals(2.03125, e.readSeconds(), 1e-12);
        assertEquals(1.0, e.networkSeconds(), 1e-12);
        assertEquals(71.5, e.wallSeconds(), 1e-9);
    }

    @Test
    void readingBoundsTheTimeWhenItIsSlowerThanComputing() {
        // 2 executors × 100 cores reading 100 MB/s each: compute 4,000 / 200 = 20 s, read 6.5e9 / 2e8 = 32.5 s,
        // network 2e10 / (2 × 1e9) = 10 s; wall = 8 + 32.5 + 10 = 50.5 s.
        ClusterEstimate e = new ClusterEstimate(measured, 1_000_000_000L, 2, 100, 1e8, 1e9);
        assertEquals(20, e.computeSeconds(), 1e-9);
        assertEquals(32.5, e.readSeconds(), 1e-9);
        assertEquals(50.5, e.wallSeconds(), 1e-9);
    }

    @Test
    void atACpuShareOnlyThatShareOfTheComputeCounts() {
        // Compute 62.5 s × 0.4 = 25 s, still above the 2.03 s read: wall = 8 + 25 + 1 = 34 s.
        ClusterEstimate e = ClusterEstimate.billionLines(measured);
        assertEquals(34, e.wallSecondsAtCpuShare(0.4), 1e-9);
        assertEquals(e.wallSeconds(), e.wallSecondsAtCpuShare(1), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> e.wallSecondsAtCpuShare(0));
    }

    @Test
    void saysThatItIsAnEstimate() {
        String text = String.join(" ", ClusterEstimate.billionLines(measured).sentences());
        assertTrue(text.startsWith("ESTIMATE (on paper, not measured)"), text);
        assertTrue(text.contains("1,000,000,000 order lines on 16 executors × 4 cores = 64 cores"), text);
        assertTrue(text.contains("6.5 GB"), text);
        assertTrue(text.contains("20.0 GB"), text);
    }

    @Test
    void refusesMeaninglessInputs() {
        assertThrows(IllegalArgumentException.class, () -> new ClusterEstimate.Measured(10, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClusterEstimate.Measured(10, 10, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClusterEstimate(measured, 1, 0, 4, 1, 1));
    }
}
