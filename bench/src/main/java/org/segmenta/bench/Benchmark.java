package org.segmenta.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The benchmark, started by {@code environment/bench.sh}: generates the data once ({@link BenchData}), measures the
 * memory bandwidth ({@link MemoryBandwidth}), then runs every case of the plan with every tool, each in its own process
 * under GNU time ({@link ToolRun} for the library, Smile and ELKI (whose jars come from the bench module's class
 * path, {@code bench/target/runtime.classpath}), {@code bench/python/peer_bench.py} for scikit-learn and
 * SciPy, {@link MallStudy} and {@link OrderLinesStudy} for the whole-process cases, pandas in the same script for the
 * order lines, SciPy there for the lifetime fit, and for the order lines at scale the spark module's
 * {@code org.segmenta.spark.bench.SparkOrderLinesStudy} on {@code local[threads]}, with {@code build/spark/} as class
 * path: the bench module does not depend on Spark), and prints and writes the {@link Report}:
 * {@code bench/results/benchmark.md} and {@code benchmark.json}.
 *
 * <pre>
 * bash environment/bench.sh            # the full benchmark, about 10 minutes on 2 cores
 * bash environment/bench.sh --quick    # small sizes: checks that everything runs
 * bash environment/bench.sh --only spark   # one machine against Spark local[2] on 1M, 10M and 50M order lines
 * </pre>
 */
public final class Benchmark {

    /**
     * The heap options of the notebooks' kernel ({@code SEGMENTA_JVM_OPTIONS} in {@code environment/lib.sh}), which the
     * library's and Smile's processes of the fit cases get too (the whole-process studies start as the segment
     * command does): the heap starts at 64 MB and G1 grows it only while collecting takes more than a fifth of the
     * time, so the peak follows the data and not the machine's memory.
     */
    static final List<String> KERNEL_HEAP_OPTIONS = List.of("-Xms64m", "-XX:GCTimeRatio=4");

    /** The spark module's program that runs the order-line study on Spark (found on {@code build/spark/}). */
    static final String SPARK_STUDY = "org.segmenta.spark.bench.SparkOrderLinesStudy";

    /** How the detail of a process stopped at the time limit starts (then the limit in seconds and " s"). */
    static final String TIME_LIMIT = "stopped at the time limit of ";

    /** The seed every tool gets for its random choices (k-means++ seeding): the library's default. */
    static final long SEED = 42;

    private final BenchOptions options;
    private final PrintStream progress;
    private final ChildProcess child;

    private Benchmark(BenchOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
        this.child = new ChildProcess(options.timeCommand(), options.timeout());
    }

    /**
     * Runs the benchmark.
     *
     * @param args see {@link BenchOptions#USAGE}
     */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        new Benchmark(BenchOptions.parse(args), System.err).run();
    }

    private void run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path root = options.root();
        MachineInfo machine = MachineInfo.collect(options.threads(), root);
        say("data in build/bench-data/ (generated once, fixed seeds)");
        BenchData data = BenchData.ensure(root.resolve("build/bench-data"), root.resolve("data"),
                options.quick() ? BenchData.QUICK_ORDER_LINES : BenchData.FULL_ORDER_LINES,
                options.quick() ? BenchData.QUICK_PARQUET_ORDER_LINES : BenchData.FULL_PARQUET_ORDER_LINES,
                LifetimeSummary.pandas(options.python(), root.resolve("bench/python/btyd_reference.py")), this::say);
        BenchPlan plan = (options.quick() ? BenchPlan.quick(data)
                : BenchPlan.full(data).plus(NotebookSuite.benchCase(root))).only(options.only());
        List<DataSet> parquet = data.parquetOrderLines().stream()
                .filter(d -> plan.cases().stream().anyMatch(c -> c.input().equals(d.file()))).toList();
        for (DataSet d : parquet) {
            ParquetOrderLines.ensure(d, this::say);
        }
        double bandwidth = bandwidth();
        List<ToolResult> results = new ArrayList<>();
        for (int i = 0; i < plan.cases().size(); i++) {
            BenchCase c = plan.cases().get(i);
            for (Tool tool : Tool.of(c.workload())) {
                ToolResult result = run(c, tool, plan.repetition(), machine.memoryBytes());
                results.add(result);
                say(String.format(Locale.ROOT, "%d/%d %s · %s: %s", i + 1, plan.cases().size(), c.id(),
                        tool.label(c.workload()), summary(result)));
            }
        }
        List<DataSet> used = new ArrayList<>(List.of(data.kMeans(), data.elbow(), data.ward(), data.personality(),
                data.onlineRetail(), data.orderLines(), options.quick() ? data.cdnowSample() : data.cdnowMaster()));
        used.addAll(parquet);
        Report report = new Report(machine, bandwidth, plan, used, results,
                (System.nanoTime() - started) / 1e9, MachineInfo.loadAverage());
        System.out.print(report.plain());
        Files.createDirectories(options.out());
        Path markdown = options.out().resolve("benchmark.md");
        Path json = options.out().resolve("benchmark.json");
        Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
        Files.writeString(json, report.json(), StandardCharsets.UTF_8);
        say("wrote " + root.relativize(markdown) + " and " + root.relativize(json) + "; process logs in "
                + "build/bench-logs/");
    }

    private double bandwidth() throws IOException, InterruptedException {
        say("measuring the memory bandwidth (streaming read, " + options.threads() + " threads)");
        ChildProcess.Result result = child.run(java(MemoryBandwidth.class, List.of()), environment(),
                log("bandwidth"));
        if (result.exitCode() != 0) {
            say("the bandwidth could not be measured (see build/bench-logs/bandwidth.log); ratios to it are left out");
            return Double.NaN;
        }
        double bytesPerSecond = ChildReport.parse(result.output()).quality().orElse(Double.NaN);
        say("memory bandwidth " + Numbers.gigabytesPerSecond(bytesPerSecond));
        return bytesPerSecond;
    }

    private ToolResult run(BenchCase c, Tool tool, Repetition repetition, long memory)
            throws IOException, InterruptedException {
        Optional<String> skip = Skips.reason(c, tool, memory);
        if (skip.isPresent()) {
            return ToolResult.skipped(c, tool, skip.get());
        }
        List<String> arguments = new ChildArguments(c, repetition, SEED).toArguments();
        if (tool == Tool.ELKI && !Files.isRegularFile(benchClassPath())) {
            return ToolResult.skipped(c, tool, options.root().relativize(benchClassPath()) + " is missing (ELKI's jars "
                    + "are on the bench module's class path only): `bash environment/bench.sh` writes it when it builds "
                    + "the bench module");
        }
        if (c.workload() == Workload.MALL_STUDY) {
            return wholeProcesses(c, tool, command(tool, MallStudy.class, arguments), repetition);
        }
        if (c.workload() == Workload.NOTEBOOK_SUITE) {
            return wholeProcesses(c, tool, NotebookSuite.command(options.python(), options.root()), repetition);
        }
        if (c.workload() == Workload.ORDER_LINES) {
            return wholeProcesses(c, tool, command(tool, OrderLinesStudy.class, arguments), repetition);
        }
        if (c.workload() == Workload.ORDER_LINES_AT_SCALE && tool == Tool.OURS) {
            return wholeProcesses(c, tool, command(tool, OrderLinesStudy.class, arguments), repetition);
        }
        if (c.workload() == Workload.ORDER_LINES_AT_SCALE && tool == Tool.SPARK) {
            Optional<String> missing = sparkMissing();
            if (missing.isPresent()) {
                return ToolResult.skipped(c, tool, missing.get());
            }
            return wholeProcesses(c, tool, spark(c), repetition);
        }
        ChildProcess.Result result = child.run(command(tool, ToolRun.class, arguments), environment(),
                log(c.id() + "-" + tool.key()));
        Optional<String> failure = failure(result, c, tool);
        if (failure.isPresent()) {
            return ToolResult.failed(c, tool, failure.get(), result.peakResidentKilobytes());
        }
        ChildReport report = ChildReport.parse(result.output());
        if (report.timings() == null) {
            return ToolResult.failed(c, tool, "the process reported no times", result.peakResidentKilobytes());
        }
        return ToolResult.measured(c, tool, report, report.timings(), result.peakResidentKilobytes());
    }

    /** Times whole processes, start-up included, with the same warm-up and repetition rules as in-process runs. */
    private ToolResult wholeProcesses(BenchCase c, Tool tool, List<String> command, Repetition repetition)
            throws IOException, InterruptedException {
        ChildProcess.Result warmUp = child.run(command, environment(), log(c.id() + "-" + tool.key()));
        Optional<String> failure = failure(warmUp, c, tool);
        if (failure.isPresent()) {
            return ToolResult.failed(c, tool, failure.get(), warmUp.peakResidentKilobytes());
        }
        int runs = repetition.measuredRuns(warmUp.wallSeconds());
        List<ChildProcess.Result> measured = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            ChildProcess.Result result = child.run(command, environment(), log(c.id() + "-" + tool.key()));
            failure = failure(result, c, tool);
            if (failure.isPresent()) {
                return ToolResult.failed(c, tool, failure.get(), result.peakResidentKilobytes());
            }
            measured.add(result);
        }
        List<ChildProcess.Result> reported = runs == 0 ? List.of(warmUp) : measured;
        Timings timings = new Timings(reported.stream().mapToDouble(ChildProcess.Result::wallSeconds).toArray(),
                runs > 0);
        long peak = reported.stream().map(ChildProcess.Result::peakResidentKilobytes).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max().orElse(-1);
        ChildReport report = ChildReport.parse(reported.getLast().output());
        return ToolResult.measured(c, tool, report, timings, peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak));
    }

    private Optional<String> failure(ChildProcess.Result result, BenchCase c, Tool tool) {
        if (result.timedOut()) {
            return Optional.of(TIME_LIMIT + options.timeout().toSeconds() + " s");
        }
        if (result.exitCode() != 0) {
            return Optional.of(result.error().orElse("exit status " + result.exitCode()) + " (log: build/bench-logs/"
                    + c.id() + "-" + tool.key() + ".log)");
        }
        return Optional.empty();
    }

    private List<String> command(Tool tool, Class<?> javaMain, List<String> arguments) {
        if (tool == Tool.PEER) {
            List<String> command = new ArrayList<>(List.of(options.python().toString(),
                    options.root().resolve("bench/python/peer_bench.py").toString()));
            command.addAll(arguments);
            return command;
        }
        List<String> rest = new ArrayList<>();
        rest.add(tool.key());
        rest.addAll(arguments);
        return java(javaMain, rest, tool == Tool.ELKI ? elkiClassPath() : System.getProperty("java.class.path"));
    }

    /**
     * The bench module's runtime class path, written by its build ({@code maven-dependency-plugin}); the only place
     * ELKI's jars are listed: ELKI (AGPL) is a dependency of the benchmark module alone, not of the command whose jars
     * bench.sh puts on this process's class path.
     */
    private Path benchClassPath() {
        return options.root().resolve("bench/target/runtime.classpath");
    }

    /** This process's class path, then the bench module's (for ELKI's jars; classes found earlier win). */
    private String elkiClassPath() {
        try {
            return System.getProperty("java.class.path") + java.io.File.pathSeparator
                    + Files.readString(benchClassPath(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + benchClassPath(), e);
        }
    }

    private List<String> java(Class<?> main, List<String> arguments) {
        return java(main, arguments, System.getProperty("java.class.path"));
    }

    private List<String> java(Class<?> main, List<String> arguments, String classPath) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + options.threads()));
        if (main == OrderLinesStudy.class || main == MallStudy.class) {
            // The whole-process studies start as a user starts the segment command: environment/segment.sh's JVM
            // options, the same for every tool of the case.
            command.addAll(options.segmentJvmOptions());
        } else {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED",
                    // Tablesaw's class scanning calls sun.misc.Unsafe; JDK 25 warns about it once per process.
                    "--sun-misc-unsafe-memory-access=allow",
                    // The library may use the Vector API; without it this adds one warning line to the process log.
                    "--add-modules=jdk.incubator.vector",
                    "-Djava.awt.headless=true"));
            // The library runs as in the notebooks' kernel: its heap options (environment/lib.sh).
            command.addAll(KERNEL_HEAP_OPTIONS);
        }
        command.addAll(options.jvmOptions());
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(arguments);
        return command;
    }

    /** @return why Spark cannot run, if it cannot: its jars are not installed */
    private Optional<String> sparkMissing() throws IOException {
        Path directory = options.sparkDirectory();
        boolean installed = false;
        if (Files.isDirectory(directory)) {
            try (var jars = Files.list(directory)) {
                installed = jars.anyMatch(p -> p.getFileName().toString().startsWith("segmenta-spark-"));
            }
        }
        return installed ? Optional.empty() : Optional.of("Spark is not installed (" + directory + " has no "
                + "segmenta-spark jar): `bash environment/setup.sh --spark` installs it once (about 340 MB from "
                + "Maven Central), or run `bash environment/bench.sh --only spark`, which does");
    }

    /**
     * The Spark program's command: this JDK, Spark's JVM options (as the Spark kernel starts), the native libraries
     * unpacked by setup, {@code build/spark/*} as class path, {@code local[threads]} as master.
     */
    private List<String> spark(BenchCase c) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + options.threads()));
        command.addAll(options.sparkJvmOptions());
        command.add("-Djava.library.path=" + options.sparkDirectory().resolve("native"));
        command.addAll(options.jvmOptions());
        command.addAll(List.of("-cp", options.sparkDirectory() + "/*", SPARK_STUDY,
                "--master", "local[" + options.threads() + "]", "--input", c.input().toString()));
        return command;
    }

    private Map<String, String> environment() {
        String threads = Integer.toString(options.threads());
        // A local Spark master binds to loopback (as the Spark kernel does); the other tools ignore the variable.
        return Map.of("OMP_NUM_THREADS", threads, "OPENBLAS_NUM_THREADS", threads, "MKL_NUM_THREADS", threads,
                "SPARK_LOCAL_IP", "127.0.0.1");
    }

    private Path log(String name) {
        return options.root().resolve("build/bench-logs").resolve(name + ".log");
    }

    private static String summary(ToolResult result) {
        if (!result.isMeasured()) {
            return result.status().name().toLowerCase(Locale.ROOT) + ": " + result.detail();
        }
        Timings t = result.timings();
        String peak = result.peakResidentKilobytes().isPresent()
                ? ", peak " + Numbers.mebibytes(result.peakResidentKilobytes().getAsLong()) + " MiB" : "";
        return "median " + Numbers.seconds(t.median()) + " s over " + t.runs() + (t.warm() ? "" : " cold") + " run"
                + (t.runs() == 1 ? "" : "s") + peak;
    }

    private void say(String message) {
        progress.println("[bench] " + message);
        progress.flush();
    }
}
