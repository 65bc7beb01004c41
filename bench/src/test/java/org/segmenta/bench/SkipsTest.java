package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkipsTest {

    private static final long MACHINE_MEMORY = 23_000_000_000L;
    private final DataSet ward = new DataSet("ward", Path.of("ward.f64"), 100_000, 2, "blobs");

    @Test
    void smileRunsWardUpToItsLimit() {
        assertEquals(Optional.empty(), Skips.reason(BenchCase.ward(ward, 65_535), Tool.SMILE, MACHINE_MEMORY));
    }

    @Test
    void smileIsSkippedAboveItsLimitAndTheReasonSaysSo() {
        String reason = Skips.reason(BenchCase.ward(ward, 65_536), Tool.SMILE, MACHINE_MEMORY).orElseThrow();
        assertTrue(reason.contains("65,535"), reason);
    }

    @Test
    void elkiRunsWardAt20kWhoseMatrixFitsInTheDefaultHeap() {
        // 20,000 · 19,999 / 2 = 199,990,000 doubles = 1.6 GB, under a quarter of 23 GB (5.75 GB).
        assertEquals(Optional.empty(), Skips.reason(BenchCase.ward(ward, 20_000), Tool.ELKI, MACHINE_MEMORY));
    }

    @Test
    void elkiIsSkippedAt100kWithTheSizeOfItsDistanceMatrix() {
        // 100,000 · 99,999 / 2 = 4,999,950,000 doubles: more than a Java array's 2,147,483,639 elements, and 40.0 GB.
        String reason = Skips.reason(BenchCase.ward(ward, 100_000), Tool.ELKI, MACHINE_MEMORY).orElseThrow();
        assertTrue(reason.contains("4,999,950,000") && reason.contains("40.0 GB")
                && reason.contains("2,147,483,639"), reason);
    }

    @Test
    void elkiIsSkippedWhenTheMatrixFitsAnArrayButNotTheDefaultHeap() {
        // 40,000 points: 799,980,000 doubles (an array can hold them) = 6.4 GB, over a quarter of 23 GB.
        assertTrue(Skips.reason(BenchCase.ward(ward, 40_000), Tool.ELKI, MACHINE_MEMORY).isPresent());
        assertEquals(Optional.empty(), Skips.reason(BenchCase.ward(ward, 40_000), Tool.ELKI, 4 * 6_400_000_000L));
    }

    @Test
    void scipyIsSkippedAt100kWithTheSizeOfItsDistanceMatrix() {
        // 100,000 · 99,999 / 2 · 8 bytes = 39,999,600,000 bytes ≈ 40.0 GB.
        String reason = Skips.reason(BenchCase.ward(ward, 100_000), Tool.PEER, MACHINE_MEMORY).orElseThrow();
        assertTrue(reason.contains("40.0 GB"), reason);
    }

    @Test
    void scipyRunsWardAt20k() {
        // 1.6 GB matrix, 3.2 GB at the peak: fits.
        assertEquals(Optional.empty(), Skips.reason(BenchCase.ward(ward, 20_000), Tool.PEER, MACHINE_MEMORY));
    }

    @Test
    void smileSitsOutTheOrderLinesAndPandasRunsThem() {
        BenchCase orders = BenchCase.orderLines("generated", Path.of("orders.csv"), 20_000_000, 7);
        assertTrue(Skips.reason(orders, Tool.SMILE, MACHINE_MEMORY).isPresent());
        assertEquals(Optional.empty(), Skips.reason(orders, Tool.PEER, MACHINE_MEMORY));
        assertEquals(Optional.empty(), Skips.reason(orders, Tool.OURS, MACHINE_MEMORY));
    }

    @Test
    void smileSitsOutTheLifetimeFitAndSciPyRunsIt() {
        BenchCase c = BenchCase.lifetimeFit(new DataSet("cdnow-master", Path.of("s.f64"), 23_570, 4, "summary"));
        assertTrue(Skips.reason(c, Tool.SMILE, MACHINE_MEMORY).orElseThrow().contains("no BG/NBD"));
        assertEquals(Optional.empty(), Skips.reason(c, Tool.PEER, MACHINE_MEMORY));
        assertEquals("SciPy", Tool.PEER.label(c.workload()));
    }

    @Test
    void oursIsNeverSkipped() {
        assertEquals(Optional.empty(), Skips.reason(BenchCase.ward(ward, 100_000), Tool.OURS, MACHINE_MEMORY));
    }
}
