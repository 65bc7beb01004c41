package org.segmenta.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line options of {@link Benchmark}.
 *
 * @param quick run the small plan ({@link BenchPlan#quick}) and write to {@code bench/results/quick/}
 * @param threads the threads every tool gets
 * @param root the project folder (with {@code data/}, {@code bench/python/} and {@code build/})
 * @param out where the Markdown and JSON results go
 * @param only run only the cases whose id contains this (null: all)
 * @param python the Python interpreter with scikit-learn and SciPy
 * @param timeCommand GNU time, which reports each process's peak memory
 * @param timeout how long one tool's process may take
 * @param jvmOptions options for every tool JVM, after the benchmark's own
 * @param segmentJvmOptions options of the whole-process cases (the mall study and the order lines), which start as
 *     {@code environment/segment.sh} starts the segment command (bench.sh passes the same: DuckDB's unpacked native
 *     library and the command's AOT cache)
 * @param sparkDirectory Apache Spark with the spark module's jars ({@code build/spark/}, made by
 *     {@code environment/setup.sh --spark}); when it is missing, Spark's cases are skipped
 * @param sparkJvmOptions the options of Spark's JVM ({@code SEGMENTA_SPARK_JVM_OPTIONS} in {@code environment/lib.sh},
 *     which bench.sh passes)
 */
public record BenchOptions(boolean quick, int threads, Path root, Path out, String only, Path python,
        Path timeCommand, Duration timeout, List<String> jvmOptions, List<String> segmentJvmOptions,
        Path sparkDirectory, List<String> sparkJvmOptions) {

    /** The usage text printed for {@code --help} and after a wrong option. */
    public static final String USAGE = """
            usage: bench.sh [--quick] [--threads N] [--only TEXT] [--out DIR] [--timeout SECONDS] [--jvm-option OPT]...
                            [--segment-jvm-option OPT]... [--spark-dir DIR] [--spark-jvm-option OPT]...
              --quick         small sizes and few runs: checks that everything works (results go to bench/results/quick/)
              --threads N     threads for every tool (default: all logical CPUs)
              --only TEXT     only the cases whose id contains TEXT (e.g. ward, kmeans-1M, mall, spark)
              --out DIR       where benchmark.md and benchmark.json go (default: bench/results/)
              --timeout S     stop a tool's process after S seconds (default: 600, quick: 180)
              --jvm-option O  add O to every tool JVM's options (repeatable), e.g. --jvm-option -Xmx1g
              --segment-jvm-option O
                              add O to the options of the whole-process cases (mall study, order lines), which start
                              as the segment command does (repeatable; bench.sh passes those of environment/segment.sh)
              --spark-dir DIR Apache Spark and the spark module's jars (default: build/spark, made by
                              environment/setup.sh --spark); without it the Spark cases are skipped
              --spark-jvm-option O
                              add O to Spark's JVM options (repeatable; bench.sh passes SEGMENTA_SPARK_JVM_OPTIONS)
            """;

    /** Copies the JVM options. */
    public BenchOptions {
        jvmOptions = List.copyOf(jvmOptions);
        segmentJvmOptions = List.copyOf(segmentJvmOptions);
        sparkJvmOptions = List.copyOf(sparkJvmOptions);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
    }

    /**
     * Reads the options; the project folder is the current directory unless {@code --root} says otherwise.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value, with the usage text
     */
    public static BenchOptions parse(String[] args) {
        boolean quick = false;
        int threads = Runtime.getRuntime().availableProcessors();
        Path root = Path.of("").toAbsolutePath();
        Path out = null;
        String only = null;
        Path python = Path.of("/usr/bin/python3");
        Path time = Path.of("/usr/bin/time");
        Duration timeout = null;
        List<String> jvm = new ArrayList<>();
        List<String> segmentJvm = new ArrayList<>();
        Path sparkDirectory = null;
        List<String> sparkJvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--quick")) {
                quick = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option + "\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--threads" -> threads = Integer.parseInt(value);
                case "--root" -> root = Path.of(value).toAbsolutePath();
                case "--out" -> out = Path.of(value).toAbsolutePath();
                case "--only" -> only = value;
                case "--python" -> python = Path.of(value);
                case "--time" -> time = Path.of(value);
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value));
                case "--jvm-option" -> jvm.add(value);
                case "--segment-jvm-option" -> segmentJvm.add(value);
                case "--spark-dir" -> sparkDirectory = Path.of(value).toAbsolutePath();
                case "--spark-jvm-option" -> sparkJvm.add(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (out == null) {
            out = root.resolve(quick ? "bench/results/quick" : "bench/results");
        }
        if (timeout == null) {
            timeout = Duration.ofSeconds(quick ? 180 : 600);
        }
        if (sparkDirectory == null) {
            sparkDirectory = root.resolve("build/spark");
        }
        return new BenchOptions(quick, threads, root, out, only, python, time, timeout, jvm, segmentJvm,
                sparkDirectory, sparkJvm);
    }
}
