package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void quickRunsWriteBesideTheCommittedResults() {
        BenchOptions options = BenchOptions.parse(new String[] {"--quick", "--root", "/project"});
        assertTrue(options.quick());
        assertEquals(Path.of("/project/bench/results/quick"), options.out());
        assertEquals(180, options.timeout().toSeconds());
    }

    @Test
    void fullRunsWriteToBenchResults() {
        BenchOptions options = BenchOptions.parse(new String[] {"--root", "/project", "--threads", "1"});
        assertEquals(Path.of("/project/bench/results"), options.out());
        assertEquals(1, options.threads());
    }

    @Test
    void collectsRepeatedJvmOptions() {
        BenchOptions options = BenchOptions.parse(new String[] {"--jvm-option", "-Xmx1g", "--jvm-option", "-Xss2m"});
        assertEquals(List.of("-Xmx1g", "-Xss2m"), options.jvmOptions());
        assertEquals(List.of(), options.segmentJvmOptions());
    }

    @Test
    void rejectsAnUnknownOptionWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--fast", "yes"}));
        assertTrue(e.getMessage().contains("usage: bench.sh"), e.getMessage());
    }

    @Test
    void segmentJvmOptionsGoOnlyToTheirOwnList() {
        BenchOptions options = BenchOptions.parse(new String[] {"--segment-jvm-option", "-XX:AOTCache=a.aot",
            "--jvm-option", "-Xmx1g", "--segment-jvm-option", "-Djava.library.path=native"});
        assertEquals(List.of("-XX:AOTCache=a.aot", "-Djava.library.path=native"), options.segmentJvmOptions());
        assertEquals(List.of("-Xmx1g"), options.jvmOptions());
    }
}
