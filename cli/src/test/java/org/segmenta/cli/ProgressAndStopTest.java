package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * Long runs: the command shows how far its long steps have got, says nothing with {@code --quiet}, and stops cleanly
 * on SIGTERM (what Ctrl-C's SIGINT also does: both run the JVM's shutdown hooks).
 */
class ProgressAndStopTest {

    /** Customers in the generated file: enough that choosing k takes several seconds here. */
    private static final int CUSTOMERS = 100_000;
    /** A line saying how far a step has got, e.g. "[segment]   choosing k (k = 2..4): 1 of 3 values of k". */
    private static final String HOW_FAR = "\\[segment\\] {3}.*: [\\d,]+ of [\\d,]+ .*";

    @TempDir
    static Path data;
    private static Path customers;

    @TempDir
    Path dir;

    /** Writes 100,000 customers with four numeric features around six centres (seeded). */
    @BeforeAll
    static void writeCustomers() throws IOException {
        customers = data.resolve("customers.csv");
        SplittableRandom random = new SplittableRandom(5);
        try (Writer out = Files.newBufferedWriter(customers, StandardCharsets.UTF_8)) {
            out.write("id,spend,visits,tenure,basket\n");
            for (int i = 0; i < CUSTOMERS; i++) {
                int centre = random.nextInt(6);
                out.write(String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f%n", i, centre * 3 + gauss(random, 1.5),
                        centre % 3 * 2 + gauss(random, 1.5), centre % 2 + gauss(random, 1), gauss(random, 1)));
            }
        }
    }

    private static double gauss(SplittableRandom random, double sd) {
        // Box–Muller
        return sd * Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Chooses k among 2..4 on the 100,000 customers: 3 + 30 k-means fits of 10 restarts. */
    private static String[] longRun(String... more) {
        return Stream.concat(Stream.of("--input", customers.toString(), "--k", "auto", "--max-k", "4", "--out", "out",
                "--no-report"), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void aLongRunShowsHowFarItsLongStepHasGot() {
        Result result = CommandRun.segment(dir, longRun());

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.stderr().lines().toList();
        int announced = lines.indexOf("[segment] choosing k: k-means and five criteria for k = 2..4 …");
        assertTrue(announced >= 0, result::toString);
        List<String> howFar = lines.subList(announced + 1, lines.size()).stream()
                .takeWhile(line -> line.matches(HOW_FAR)).toList();
        assertTrue(!howFar.isEmpty() && howFar.stream().allMatch(line -> line.startsWith("[segment]   choosing k")),
                result::toString);
        assertTrue(lines.get(announced + 1 + howFar.size()).matches("\\[segment\\] {3}done in [\\d.]+ s"),
                result::toString);
        assertEquals(List.of(), result.messages(), "plain lines, no carriage returns, when stderr is a file");
    }

    @Test
    void aQuietLongRunPrintsNothing() {
        Result result = CommandRun.segment(dir, longRun("--quiet"));

        assertEquals(0, result.status(), result::toString);
        assertEquals("", result.stderr());
    }

    @Test
    void sigtermStopsTheWorkAndLeavesNoOutputAndTheInputUntouched() throws IOException, InterruptedException {
        byte[] before = sha256(customers);
        Path stderr = data.resolve("sigterm-stderr.txt");
        Process run = CommandRun.start(dir, stderr, longRun());
        try {
            awaitLine(stderr, "[segment] choosing k: k-means and five criteria for k = 2..4 …", run);
            long signalled = System.nanoTime();

            run.destroy();  // SIGTERM

            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "still running a minute after SIGTERM");
            double seconds = (System.nanoTime() - signalled) / 1e9;
            String printed = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(128 + 15, run.exitValue(), printed);
            assertTrue(printed.lines().anyMatch(line -> line.matches("\\[segment\\] cancelled: choosing k.* stopped "
                    + "after .*: it was cancelled; nothing was written to out")), printed);
            assertTrue(seconds < StopOnSignal.WAIT_MILLIS / 1000.0, "took " + seconds + " s to stop:\n" + printed);
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "no --out and no staging directory may be left");
            }
            assertArrayEquals(before, sha256(customers));
        } finally {
            run.destroyForcibly();
        }
    }

    /** Waits until {@code file} holds {@code line}; fails if {@code run} ends first or after two minutes. */
    private static void awaitLine(Path file, String line, Process run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(file, StandardCharsets.UTF_8).lines().toList().contains(line)) {
            assertTrue(run.isAlive(), () -> "the run ended before printing '" + line + "'");
            assertTrue(System.nanoTime() < deadline, () -> "no '" + line + "' within two minutes");
            Thread.sleep(50);
        }
    }

    private static byte[] sha256(Path file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
