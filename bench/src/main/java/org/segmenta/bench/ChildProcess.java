package org.segmenta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Runs one tool's process under GNU {@code time}, which reports its peak resident memory (the kernel's
 * {@code ru_maxrss} of the process and its waited-for children), and waits for it with a time limit. Standard output
 * is kept for the {@link ChildReport}; standard error goes to a log file.
 *
 * @param timeCommand GNU time ({@code /usr/bin/time})
 * @param timeout how long a process may run before it is stopped
 */
public record ChildProcess(Path timeCommand, Duration timeout) {

    /**
     * What a finished (or stopped) process left behind.
     *
     * @param exitCode its exit status (−1 if it was stopped)
     * @param output its standard output, line by line
     * @param wallSeconds from start to end, as seen from here
     * @param peakResidentKilobytes its peak resident set size, if GNU time reported one
     * @param timedOut whether it was stopped at the time limit
     */
    public record Result(int exitCode, List<String> output, double wallSeconds, OptionalLong peakResidentKilobytes,
            boolean timedOut) {

        /** Copies the output. */
        public Result {
            output = List.copyOf(output);
        }

        /** @return the message of an {@code @bench error} line, if the process printed one */
        public java.util.Optional<String> error() {
            String marker = ChildReport.PREFIX + "error ";
            return output.stream().filter(line -> line.startsWith(marker)).map(line -> line.substring(marker.length()))
                    .findFirst();
        }
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's environment.
     *
     * @param log where the process's standard error goes (replaced)
     */
    public Result run(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Path memory = Files.createTempFile("segmenta-bench-rss", ".txt");
        Path output = Files.createTempFile("segmenta-bench-out", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of(timeCommand.toString(), "-f", "%M", "-o", memory.toString()));
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).redirectError(log.toFile())
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // GNU time does not pass signals on: stop the tool first, then time itself.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return new Result(finished ? process.exitValue() : -1, lines, wall,
                    peakKilobytes(Files.readAllLines(memory, StandardCharsets.UTF_8)), !finished);
        } finally {
            Files.deleteIfExists(memory);
            Files.deleteIfExists(output);
        }
    }

    /** GNU time writes "%M" as the last line (after "Command exited with non-zero status N" when it failed). */
    static OptionalLong peakKilobytes(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(line));
            }
        }
        return OptionalLong.empty();
    }
}
