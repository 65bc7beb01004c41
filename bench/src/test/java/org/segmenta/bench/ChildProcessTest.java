package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChildProcessTest {

    @Test
    void readsThePeakMemoryGnuTimeWrites() {
        assertEquals(OptionalLong.of(123456), ChildProcess.peakKilobytes(List.of("123456")));
    }

    @Test
    void readsThePeakMemoryAfterTheExitStatusLineOfAFailedProcess() {
        assertEquals(OptionalLong.of(98765),
                ChildProcess.peakKilobytes(List.of("Command exited with non-zero status 1", "98765")));
    }

    @Test
    void hasNoPeakMemoryWhenGnuTimeWroteNone() {
        assertTrue(ChildProcess.peakKilobytes(List.of()).isEmpty());
    }

    @Test
    void findsTheErrorLineOfAFailedTool() {
        ChildProcess.Result result = new ChildProcess.Result(1, List.of("noise",
                "@bench error IllegalArgumentException: too many customers"), 0.5, OptionalLong.empty(), false);
        assertEquals("IllegalArgumentException: too many customers", result.error().orElseThrow());
    }
}
