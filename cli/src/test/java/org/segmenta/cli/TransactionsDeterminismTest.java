package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The same order lines and options give byte-identical customers.csv and summary.json (but for the elapsed time),
 * holdout check included: DuckDB's parallel aggregation must not change a byte.
 */
class TransactionsDeterminismTest {

    @TempDir
    Path dir;

    private Path run(String out, String... options) {
        Path file = dir.resolve("orders.csv");
        if (Files.notExists(file)) {
            OrderLinesFixture.write(dir, "orders.csv");
        }
        List<String> args = new ArrayList<>(List.of("--transactions", file.toString()));
        args.addAll(OrderLinesFixture.columns());
        args.addAll(List.of("--calibration-end", "2023-06-30", "--out", out, "--no-report", "--quiet"));
        args.addAll(List.of(options));
        Result result = CommandRun.segment(dir, args.toArray(String[]::new));
        assertEquals(0, result.status(), result::toString);
        return dir.resolve(out);
    }

    private static List<String> summaryWithoutElapsedTime(Path out) throws IOException {
        return CommandRun.summaryWithoutElapsedTime(out);
    }

    @Test
    void twoRunsWriteTheSameBytes() throws IOException {
        Path first = run("first");
        Path second = run("second");

        assertArrayEquals(Files.readAllBytes(first.resolve("customers.csv")),
                Files.readAllBytes(second.resolve("customers.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("profiles.csv")),
                Files.readAllBytes(second.resolve("profiles.csv")));
        assertEquals(summaryWithoutElapsedTime(first), summaryWithoutElapsedTime(second));
    }

    @Test
    void anotherMarginChangesTheLifetimeValues() throws IOException {
        // Guards the test above against passing vacuously: the options reach customers.csv.
        Path first = run("first");
        Path other = run("other", "--margin", "0.5");

        assertNotEquals(Files.readString(first.resolve("customers.csv")),
                Files.readString(other.resolve("customers.csv")));
    }
}
