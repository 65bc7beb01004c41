package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.segmenta.data.Fix;

/**
 * Runs the segment command as a separate process, as a user would: a new JVM with the JDK running the tests, the test
 * classpath, the same JVM flags as {@code environment/segment.sh}, in a given working directory.
 */
final class CommandRun {

    /** The mall data, absolute (Surefire runs in cli/). */
    static final Path MALL = Path.of("../data/mall_customers.csv").toAbsolutePath().normalize();
    /** The Customer Personality data, absolute. */
    static final Path PERSONALITY = Path.of("../data/marketing_campaign.csv").toAbsolutePath().normalize();
    /** The mall's two features of chapter 1. */
    static final String INCOME_AND_SCORE = "Annual Income (k$),Spending Score (1-100)";

    private static final long TIMEOUT_SECONDS = 300;

    private CommandRun() {
    }

    /**
     * What a run printed and returned.
     *
     * @param status the exit status
     * @param stdout what it printed on standard output
     * @param stderr what it printed on standard error
     */
    record Result(int status, String stdout, String stderr) {

        /** @return the lines of stderr that are not progress lines ("[segment] …") */
        List<String> messages() {
            return stderr.lines().filter(line -> !line.startsWith("[segment]")).toList();
        }

        @Override
        public String toString() {
            return "exit status " + status + "\n--- stdout:\n" + stdout + "--- stderr:\n" + stderr;
        }
    }

    /**
     * Starts {@code segment args} in {@code directory} without waiting for it, as {@link #run} runs it; its stdout is
     * discarded and its stderr goes to {@code stderr}.
     */
    static Process start(Path directory, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(List.of(), args)).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
    }

    /** Runs {@code segment args} in {@code directory}. */
    static Result segment(Path directory, String... args) {
        return run(List.of(), directory, args);
    }

    /**
     * Runs {@code prefix java … segment args} in {@code directory}, e.g. with a prefix that drops privileges.
     */
    static Result run(List<String> prefix, Path directory, String... args) {
        List<String> command = command(prefix, args);
        try {
            Path stdout = Files.createTempFile("segment-stdout", ".txt");
            Path stderr = Files.createTempFile("segment-stderr", ".txt");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("segment " + String.join(" ", args) + " ran longer than "
                            + TIMEOUT_SECONDS + " s");
                }
                return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<String> command(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SegmentCommand.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Exit status of a run refused for its input data or output directory. */
    static final int BAD_INPUT = 1;

    /**
     * Checks a refused run: its status, one message on stderr (besides progress lines) that contains every part and no
     * Java call of a lib fix ({@link Fix.Setting#java}: the command says its option instead), no output directory
     * {@code out} in {@code dir}, no staging directory, nothing on stdout.
     */
    static void assertRefused(Path dir, Result result, int status, String... parts) {
        assertEquals(status, result.status(), result::toString);
        List<String> messages = result.messages();
        assertTrue(messages.get(0).startsWith("segment: "), result::toString);
        if (status == BAD_INPUT) {
            assertEquals(1, messages.size(), () -> "one message expected:\n" + result);
        }
        for (String part : parts) {
            assertTrue(result.stderr().contains(part),
                    () -> "expected '" + part + "' in:\n" + result);
        }
        for (Fix.Setting setting : Fix.Setting.values()) {
            String call = setting.java("");
            String method = call.substring(0, call.indexOf('(') + 1);
            assertFalse(result.stderr().contains(method), () -> "the Java call " + method + " in:\n" + result);
        }
        assertFalse(Files.exists(dir.resolve("out")),
                "--out must not be created by a failed run");
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> hidden = entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out"))
                    .toList();
            assertEquals(List.of(), hidden,
                    "no staging directory may be left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals("", result.stdout(), result::toString);
    }

    /** @return summary.json without its one line that may differ between runs: the elapsed time */
    static List<String> summaryWithoutElapsedTime(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("summary.json"));
        assertEquals(1,
                lines.stream().filter(line -> line.contains("\"elapsedSeconds\"")).count());
        return lines.stream().filter(line -> !line.contains("\"elapsedSeconds\"")).toList();
    }
}
