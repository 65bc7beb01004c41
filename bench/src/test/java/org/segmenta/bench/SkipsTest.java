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
