package org.segmenta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a benchmark run, printed above the table so that numbers are never read without them.
 *
 * @param date when the run started (UTC)
 * @param cpu the processor's model name
 * @param logicalCpus the logical CPUs of the machine
 * @param threads the threads every tool was allowed
 * @param memoryBytes the machine's physical memory
 * @param os the operating system
 * @param jdk the Java runtime of every Java tool
 * @param commit the project's git commit (and "+ local changes" if the tree differs from it), or "unknown"
 * @param loadAverageAtStart the 1-minute load average when the run started: above ~0.5 the machine was not idle
 */
public record MachineInfo(String date, String cpu, int logicalCpus, int threads, long memoryBytes, String os,
        String jdk, String commit, double loadAverageAtStart) {

    /** Reads the conditions of this machine now. */
    public static MachineInfo collect(int threads, Path projectRoot) {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new MachineInfo(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), cpuModel(),
                Runtime.getRuntime().availableProcessors(), threads, system.getTotalMemorySize(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                commit(projectRoot), loadAverage());
    }

    /** @return the 1-minute load average from {@code /proc/loadavg}, or NaN where there is none */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** @return the fields in a fixed order, for the JSON file */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("date", date);
        map.put("cpu", cpu);
        map.put("logical_cpus", logicalCpus);
        map.put("threads", threads);
        map.put("memory_bytes", memoryBytes);
        map.put("os", os);
        map.put("jdk", jdk);
        map.put("commit", commit);
        map.put("load_average_at_start", loadAverageAtStart);
        return map;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1))
                    .map(String::strip).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String commit(Path root) {
        String head = git(root, List.of("rev-parse", "--short=12", "HEAD"));
        if (head.isEmpty()) {
            return "unknown";
        }
        String changes = git(root, List.of("status", "--porcelain", "--untracked-files=no"));
        return changes.isEmpty() ? head : head + " + local changes";
    }

    private static String git(Path root, List<String> arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
