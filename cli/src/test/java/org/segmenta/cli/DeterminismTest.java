package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/** The same input, options and seed give byte-identical segments.csv and summary.json, but for the elapsed time. */
class DeterminismTest {

    @TempDir
    Path dir;

    private Path run(String out, String seed) {
        Result result = CommandRun.segment(dir, "--input", CommandRun.MALL.toString(), "--categorical", "Gender",
                "--seed", seed, "--out", out, "--no-report", "--quiet");
        assertEquals(0, result.status(), result::toString);
        return dir.resolve(out);
    }

    private static List<String> summaryWithoutElapsedTime(Path out) throws IOException {
        return CommandRun.summaryWithoutElapsedTime(out);
    }

    @Test
    void twoRunsWithTheSameSeedWriteTheSameBytes() throws IOException {
        Path first = run("first", "42");
        Path second = run("second", "42");

        assertArrayEquals(Files.readAllBytes(first.resolve("segments.csv")),
                Files.readAllBytes(second.resolve("segments.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("profiles.csv")),
                Files.readAllBytes(second.resolve("profiles.csv")));
        assertEquals(summaryWithoutElapsedTime(first), summaryWithoutElapsedTime(second));
    }

    @Test
    void theSeedIsRecordedSoAnotherSeedGivesAnotherSummary() throws IOException {
        // Guards the test above against passing vacuously: the seed reaches the summary.
        Path first = run("first", "42");
        Path other = run("other", "7");

        assertNotEquals(summaryWithoutElapsedTime(first), summaryWithoutElapsedTime(other));
        assertTrue(Files.readString(other.resolve("summary.json")).contains("\"seed\" : 7"));
    }
}
