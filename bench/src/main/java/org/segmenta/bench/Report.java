package org.segmenta.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The benchmark's results for people (a text table for the terminal, a Markdown page) and for programs (JSON): per case
 * and tool the run times (min and median), Lloyd iterations, time per iteration and its ratio to the memory-bandwidth
 * bound, peak resident memory, the final WCSS or sum of merge heights, and the ratio of the median time to the peer's
 * (scikit-learn, SciPy or pandas); then the elbow sweep per k, the default-restarts comparison, the order-line
 * checksums, the lifetime fits' optima and the issues' goals.
 *
 * @param machine the conditions of the run
 * @param bandwidth the measured memory read bandwidth in bytes per second (NaN if it could not be measured)
 * @param plan the cases and repetition
 * @param data the data sets used
 * @param results one result per case and tool, in table order
 * @param totalSeconds the wall time of the whole run
 * @param loadAverageAtEnd the 1-minute load average when the run ended
 */
public record Report(MachineInfo machine, double bandwidth, BenchPlan plan, List<DataSet> data,
        List<ToolResult> results, double totalSeconds, double loadAverageAtEnd) {

    /** Copies the lists. */
    public Report {
        data = List.copyOf(data);
        results = List.copyOf(results);
    }

    private static final List<String> HEADERS = List.of("case", "tool", "runs", "min (s)", "median (s)", "iterations",
            "ms / iteration", "× bandwidth bound", "peak memory (MiB)", "peak ÷ peer", "WCSS / Σ heights / Σ monetary / Σ LL", "÷ peer");

    /** @return the main table; skipped and failed cells point to {@link #footnotes()} by number */
    public TextTable table() {
        TextTable table = new TextTable(HEADERS, false, false, true, true, true, true, true, true, true, true, true, true);
        List<String> footnotes = footnotes();
        BenchCase previous = null;
        for (ToolResult r : results) {
            String caseCell = r.benchCase().equals(previous) ? "" : r.benchCase().title();
            previous = r.benchCase();
            String tool = r.tool().label(r.benchCase().workload());
            if (!r.isMeasured()) {
                String status = r.status().name().toLowerCase(Locale.ROOT) + " [" + (footnotes.indexOf(footnote(r)) + 1)
                        + "]";
                String peak = r.peakResidentKilobytes().isPresent()
                        ? Numbers.mebibytes(r.peakResidentKilobytes().getAsLong()) : Numbers.NONE;
                table.add(List.of(caseCell, tool, status, Numbers.NONE, Numbers.NONE, Numbers.NONE, Numbers.NONE,
                        Numbers.NONE, peak, Numbers.NONE, Numbers.NONE, Numbers.NONE));
                continue;
            }
            Timings t = r.timings();
            table.add(List.of(caseCell, tool, t.runs() + (t.warm() ? "" : " cold"), Numbers.seconds(t.min()),
                    Numbers.seconds(t.median()),
                    r.report().iterations().isPresent() ? Integer.toString(r.report().iterations().getAsInt())
                            : Numbers.NONE,
                    Numbers.milliseconds(r.secondsPerIteration()), Numbers.ratio(r.bandwidthBoundRatio(bandwidth)),
                    r.peakResidentKilobytes().isPresent() ? Numbers.mebibytes(r.peakResidentKilobytes().getAsLong())
                            : Numbers.NONE,
                    r.tool() == Tool.PEER ? "peer" : Numbers.ratio(peakRatioToPeer(r)),
                    r.report().quality().isPresent() ? Numbers.quality(r.report().quality().getAsDouble())
                            : Numbers.NONE,
                    r.tool() == Tool.PEER ? "peer" : Numbers.ratio(ratioToPeer(r))));
        }
        return table;
    }

    /** @return "tool · case: reason" for every skipped or failed result, numbered by position */
    public List<String> footnotes() {
        return results.stream().filter(r -> !r.isMeasured()).map(Report::footnote).distinct().toList();
    }

    private static String footnote(ToolResult r) {
        return r.tool().label(r.benchCase().workload()) + " · " + r.benchCase().title() + ": "
                + r.status().name().toLowerCase(Locale.ROOT) + ": " + r.detail();
    }

    /** @return the tool's median time divided by the peer's on the same case, when both ran */
    public OptionalDouble ratioToPeer(ToolResult r) {
        Optional<ToolResult> peer = find(r.benchCase(), Tool.PEER);
        if (!r.isMeasured() || peer.isEmpty() || !peer.get().isMeasured()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(r.timings().median() / peer.get().timings().median());
    }

    /** @return the tool's peak resident memory divided by the peer's on the same case, when both are known */
    public OptionalDouble peakRatioToPeer(ToolResult r) {
        Optional<ToolResult> peer = find(r.benchCase(), Tool.PEER);
        if (!r.isMeasured() || r.peakResidentKilobytes().isEmpty() || peer.isEmpty() || !peer.get().isMeasured()
                || peer.get().peakResidentKilobytes().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) r.peakResidentKilobytes().getAsLong()
                / peer.get().peakResidentKilobytes().getAsLong());
    }

    /** @return per k, the best WCSS of each tool in an elbow case, and ours relative to the peer */
    public TextTable elbowTable(BenchCase c) {
        TextTable table = new TextTable(List.of("k", Tool.OURS.label(), Tool.SMILE.label(), Tool.ELKI.label(),
                "scikit-learn", "Segmenta vs scikit-learn"), true, true, true, true, true, true);
        double[] ours = perK(c, Tool.OURS);
        double[] smile = perK(c, Tool.SMILE);
        double[] elki = perK(c, Tool.ELKI);
        double[] peer = perK(c, Tool.PEER);
        for (int i = 0; i < c.maxK() - c.minK() + 1; i++) {
            table.add(List.of(Integer.toString(c.minK() + i), cell(ours, i), cell(smile, i), cell(elki, i),
                    cell(peer, i),
                    i < ours.length && i < peer.length ? Numbers.percent(ours[i] / peer[i] - 1) : Numbers.NONE));
        }
        return table;
    }

    /**
     * @return for a k-means case, ELKI's exact variants as its process reported them (one run each, from the same
     *     k-means++ centres): time, iterations, WCSS from the labels, and the time relative to the library's median;
     *     the table's ELKI row is the fastest variant whose WCSS equals Lloyd's, timed again as every tool is
     */
    public TextTable elkiVariantsTable(BenchCase c) {
        TextTable table = new TextTable(List.of("ELKI variant", "one run (s)", "iterations", "WCSS",
                "÷ Segmenta median"), false, true, true, true, true);
        Optional<ToolResult> elki = find(c, Tool.ELKI).filter(ToolResult::isMeasured);
        if (elki.isEmpty()) {
            return table;
        }
        Optional<ToolResult> ours = find(c, Tool.OURS).filter(ToolResult::isMeasured);
        Map<String, Double> steps = elki.get().report().steps();
        Map<String, Long> counters = elki.get().report().counters();
        for (Map.Entry<String, Double> step : steps.entrySet()) {
            String variant = step.getKey();
            if (variant.endsWith(ElkiKeys.WCSS_SUFFIX)) {
                continue;
            }
            Double wcss = steps.get(variant + ElkiKeys.WCSS_SUFFIX);
            Long iterations = counters.get(variant);
            table.add(List.of(variant, Numbers.seconds(step.getValue()),
                    iterations == null ? Numbers.NONE : Long.toString(iterations),
                    wcss == null ? Numbers.NONE : Numbers.quality(wcss),
                    ours.map(o -> Numbers.ratio(OptionalDouble.of(step.getValue() / o.timings().median())))
                            .orElse(Numbers.NONE)));
        }
        return table;
    }

    /** @return per k, the WCSS of the library's default restarts and of scikit-learn's {@code n_init=10} */
    public TextTable restartsTable(BenchCase c) {
        TextTable table = new TextTable(List.of("k", "Segmenta WCSS", "Segmenta restarts",
                "scikit-learn WCSS (n_init=10)", "Segmenta vs scikit-learn"), true, true, true, true, true);
        double[] ours = perK(c, Tool.OURS);
        int[] restarts = find(c, Tool.OURS).filter(ToolResult::isMeasured).map(r -> r.report().restartsPerK())
                .orElse(new int[0]);
        double[] peer = perK(c, Tool.PEER);
        for (int i = 0; i < c.maxK() - c.minK() + 1; i++) {
            table.add(List.of(Integer.toString(c.minK() + i), cell(ours, i),
                    i < restarts.length && restarts[i] > 0 ? Integer.toString(restarts[i]) : Numbers.NONE,
                    cell(peer, i),
                    i < ours.length && i < peer.length ? Numbers.percent(ours[i] / peer[i] - 1) : Numbers.NONE));
        }
        return table;
    }

    /**
     * @return per tool, the {@link OrderChecksum} of an order-line case (lines, exact duplicates, lines kept,
     *     customers, Σ recency days, Σ frequency, Σ monetary) and whether it equals the peer's
     */
    public TextTable orderLinesTable(BenchCase c) {
        TextTable table = new TextTable(List.of("tool", "lines", "exact duplicates", "lines kept", "customers",
                "Σ recency days", "Σ frequency", "Σ monetary", "same as pandas"), false, true, true, true, true, true,
                true, true, false);
        OrderChecksum peer = find(c, Tool.PEER).filter(ToolResult::isMeasured).map(r -> r.report().checksum())
                .orElse(null);
        for (ToolResult r : results) {
            if (!r.benchCase().equals(c) || !r.isMeasured() || r.report().checksum() == null) {
                continue;
            }
            OrderChecksum s = r.report().checksum();
            table.add(List.of(r.tool().label(c.workload()), count(s.lines()), count(s.duplicates()),
                    count(s.linesKept()), count(s.customers()), count(s.recencyDays()), count(s.frequency()),
                    String.format(Locale.ROOT, "%,.2f", s.monetary()),
                    r.tool() == Tool.PEER ? "peer" : peer == null ? Numbers.NONE : s.equals(peer) ? "yes" : "NO"));
        }
        return table;
    }

    /**
     * @return for a case of the order lines at scale, per tool: the whole-process time (runs, median), the time of each
     *     step the process reported, the peak memory, Spark's time and peak relative to the library's, the customers and
     *     Σ monetary, and whether the checksum equals the library's
     */
    public TextTable atScaleTable(BenchCase c) {
        TextTable table = new TextTable(List.of("tool", "runs", "whole process, median (s)", "JVM start (s)",
                "Spark session (s)", "read + clean + aggregate (s)", "checksum (s)", "write customers (s)",
                "peak memory (MiB)", "time ÷ one machine", "peak ÷ one machine", "customers", "Σ monetary",
                "same checksum"), false, true, true, true, true, true, true, true, true, true, true, true, true,
                false);
        Optional<ToolResult> local = find(c, Tool.OURS).filter(ToolResult::isMeasured);
        for (Tool tool : Tool.of(c.workload())) {
            Optional<ToolResult> found = find(c, tool);
            if (found.isEmpty()) {
                continue;
            }
            ToolResult r = found.get();
            String label = tool == Tool.OURS ? "Segmenta, one machine (DuckDB)" : "Spark local[" + machine.threads()
                    + "]";
            if (!r.isMeasured()) {
                List<String> cells = new ArrayList<>(List.of(label, r.status().name().toLowerCase(Locale.ROOT) + " ["
                        + (footnotes().indexOf(footnote(r)) + 1) + "]"));
                while (cells.size() < 14) {
                    cells.add(Numbers.NONE);
                }
                table.add(cells);
                continue;
            }
            Map<String, Double> steps = r.report().steps();
            OrderChecksum s = r.report().checksum();
            OrderChecksum reference = local.map(l -> l.report().checksum()).orElse(null);
            table.add(List.of(label, r.timings().runs() + (r.timings().warm() ? "" : " cold"),
                    Numbers.seconds(r.timings().median()), step(steps, "jvm"), step(steps, "session"),
                    step(steps, "customers"), step(steps, "checksum"), step(steps, "write"),
                    r.peakResidentKilobytes().isPresent() ? Numbers.mebibytes(r.peakResidentKilobytes().getAsLong())
                            : Numbers.NONE,
                    tool == Tool.OURS ? "1" : local.map(l -> Numbers.ratio(OptionalDouble.of(
                            r.timings().median() / l.timings().median()))).orElse(Numbers.NONE),
                    tool == Tool.OURS ? "1" : local.filter(l -> l.peakResidentKilobytes().isPresent()
                            && r.peakResidentKilobytes().isPresent()).map(l -> Numbers.ratio(OptionalDouble.of(
                            (double) r.peakResidentKilobytes().getAsLong() / l.peakResidentKilobytes().getAsLong())))
                            .orElse(Numbers.NONE),
                    s == null ? Numbers.NONE : count(s.customers()),
                    s == null ? Numbers.NONE : String.format(Locale.ROOT, "%,.2f", s.monetary()),
                    tool == Tool.OURS ? "reference" : s == null || reference == null ? Numbers.NONE
                            : s.equals(reference) ? "yes" : "NO"));
        }
        return table;
    }

    private static String step(Map<String, Double> steps, String name) {
        Double seconds = steps.get(name);
        return seconds == null ? Numbers.NONE : String.format(Locale.ROOT, "%.2f", seconds);
    }

    /** @return where Spark starts to beat the library, over the sizes at which both ran */
    public Crossover crossover() {
        return Crossover.of(results, machine.threads());
    }

    /**
     * @return the paper estimate for 1 billion lines on a cluster, from the largest size at which Spark reported its
     *     counters, if there is one
     */
    public Optional<ClusterEstimate> estimate() {
        return results.stream()
                .filter(r -> r.tool() == Tool.SPARK && r.isMeasured()
                        && r.report().counters().containsKey("file_bytes")
                        && r.report().counters().containsKey("shuffle_write_bytes")
                        && r.report().counters().getOrDefault("task_ms", 0L) > 0)
                .max(java.util.Comparator.comparingInt(r -> r.benchCase().rows()))
                .map(r -> ClusterEstimate.billionLines(new ClusterEstimate.Measured(r.benchCase().rows(),
                        r.report().counters().get("file_bytes"), r.report().counters().get("shuffle_write_bytes"),
                        r.report().counters().get("task_ms") / 1e3,
                        r.report().steps().getOrDefault("jvm", 0.0) + r.report().steps().getOrDefault("session",
                                0.0))));
    }

    /** @return task CPU time ÷ task time of the Spark run the estimate scales, if it reported both */
    private OptionalDouble cpuShare() {
        return results.stream()
                .filter(r -> r.tool() == Tool.SPARK && r.isMeasured()
                        && r.report().counters().getOrDefault("task_ms", 0L) > 0
                        && r.report().counters().containsKey("task_cpu_ms"))
                .max(java.util.Comparator.comparingInt(r -> r.benchCase().rows()))
                .map(r -> OptionalDouble.of((double) r.report().counters().get("task_cpu_ms")
                        / r.report().counters().get("task_ms")))
                .orElse(OptionalDouble.empty());
    }

    /** @return what the order lines at scale measured beyond the tables: the crossover and the estimate */
    private List<String> atScaleSummary() {
        List<String> lines = new ArrayList<>();
        lines.add(crossover().sentence());
        lines.add(String.format(Locale.ROOT, "Both tools had %d cores (Spark's master local[%d]; the library's JVM "
                + "-XX:ActiveProcessorCount=%d, DuckDB's threads follow it) and started as users start them: the "
                + "library as the segment command, Spark with its module options and the JVM's default heap. Spark's "
                + "time includes starting its session; both write the customer table (the library as CSV, Spark as "
                + "Parquet, each to a temporary folder). Load average at the start of the run: %.2f (the machine is "
                + "shared).", machine.threads(), machine.threads(), machine.threads(), machine.loadAverageAtStart()));
        estimate().ifPresent(e -> {
            lines.addAll(e.sentences());
            OptionalDouble share = cpuShare();
            if (share.isPresent() && share.getAsDouble() > 0 && share.getAsDouble() <= 1) {
                lines.add(String.format(Locale.ROOT, "Spark's tasks were on a CPU %.0f %% of their run time in the "
                        + "measured run (the machine was shared): with CPU time only, the compute would be %.0f s "
                        + "and the wall ≈ %.0f s (%.1f min); the truth on a dedicated cluster lies between.",
                        100 * share.getAsDouble(), e.computeSeconds() * share.getAsDouble(),
                        e.wallSecondsAtCpuShare(share.getAsDouble()), e.wallSecondsAtCpuShare(share.getAsDouble())
                        / 60));
            }
        });
        return lines;
    }

    /**
     * @return per tool, where the lifetime fits of a case ended (both log-likelihoods and the seven parameters), then
     *     the library's relative difference to SciPy for each
     */
    public TextTable lifetimeTable(BenchCase c) {
        TextTable table = new TextTable(List.of("tool", "BG/NBD LL", "r", "α", "a", "b", "Gamma-Gamma LL", "p", "q",
                "γ", "Gamma-Gamma customers"), false, true, true, true, true, true, true, true, true, true, true);
        LifetimeOptimum ours = lifetime(c, Tool.OURS);
        LifetimeOptimum peer = lifetime(c, Tool.PEER);
        for (Tool tool : List.of(Tool.OURS, Tool.PEER)) {
            LifetimeOptimum o = lifetime(c, tool);
            if (o != null) {
                table.add(List.of(tool.label(c.workload()), String.format(Locale.ROOT, "%,.6f", o.bgNbdLogLikelihood()),
                        parameter(o.r()), parameter(o.alpha()), parameter(o.a()), parameter(o.b()),
                        String.format(Locale.ROOT, "%,.6f", o.gammaGammaLogLikelihood()), parameter(o.p()),
                        parameter(o.q()), parameter(o.gamma()), count(o.gammaGammaCustomers())));
            }
        }
        if (ours != null && peer != null) {
            table.add(List.of("Segmenta − SciPy, relative",
                    difference(ours.bgNbdLogLikelihood(), peer.bgNbdLogLikelihood()), difference(ours.r(), peer.r()),
                    difference(ours.alpha(), peer.alpha()), difference(ours.a(), peer.a()),
                    difference(ours.b(), peer.b()),
                    difference(ours.gammaGammaLogLikelihood(), peer.gammaGammaLogLikelihood()),
                    difference(ours.p(), peer.p()), difference(ours.q(), peer.q()),
                    difference(ours.gamma(), peer.gamma()),
                    ours.gammaGammaCustomers() == peer.gammaGammaCustomers() ? "same" : "DIFFERENT"));
        }
        return table;
    }

    private LifetimeOptimum lifetime(BenchCase c, Tool tool) {
        return find(c, tool).filter(ToolResult::isMeasured).map(r -> r.report().lifetime()).orElse(null);
    }

    private static String parameter(double value) {
        return String.format(Locale.ROOT, "%.7g", value);
    }

    /** (a − b) / |b| in scientific notation, sign kept: which way the library's value lies from SciPy's. */
    private static String difference(double a, double b) {
        return String.format(Locale.ROOT, "%+.1e", (a - b) / Math.abs(b));
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** @return the conditions of the run, one sentence per line */
    public List<String> conditions() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Run %s on %s (%d logical CPUs, %.1f GB memory), %s, %s; commit %s.",
                machine.date(), machine.cpu(), machine.logicalCpus(), machine.memoryBytes() / 1e9, machine.os(),
                machine.jdk(), machine.commit()));
        lines.add(String.format(Locale.ROOT, "Every tool ran in its own process with %d thread%s "
                + "(JVM -XX:ActiveProcessorCount; OMP_NUM_THREADS, OPENBLAS_NUM_THREADS, MKL_NUM_THREADS); %s. "
                + "The library's, Smile's and ELKI's JVMs of the fit cases have the notebooks' kernel's heap "
                + "options (%s: the heap starts small and grows while collecting takes more than a fifth of the "
                + "time). ELKI's k-means variants run on one thread, except its ParallelLloyd.",
                machine.threads(), machine.threads() == 1 ? "" : "s", peerVersion(),
                String.join(" ", Benchmark.KERNEL_HEAP_OPTIONS)));
        lines.add(String.format(Locale.ROOT, "Load average: %.2f at the start, %.2f at the end (above ~0.5 means "
                + "something else was running); whole run %.0f s.", machine.loadAverageAtStart(), loadAverageAtEnd,
                totalSeconds));
        lines.add(Double.isFinite(bandwidth)
                ? String.format(Locale.ROOT, "Memory bandwidth %s, measured with a streaming read in Java "
                        + "(MemoryBandwidth: %d threads sum a %d MB double[], best of %d passes). Bandwidth bound of a "
                        + "Lloyd iteration = rows × columns × 8 bytes ÷ bandwidth (the data read once).",
                        Numbers.gigabytesPerSecond(bandwidth), machine.threads(), MemoryBandwidth.MEGABYTES,
                        MemoryBandwidth.PASSES)
                : "Memory bandwidth: not measured (see build/bench-logs/bandwidth.log).");
        lines.add(String.format(Locale.ROOT, "Timing: fit only (data read before), one warm-up run then up to %d runs "
                + "within about %.0f s; a warm-up of %.0f s or more is the only run (\"cold\"). The mall and order-line "
                + "cases time whole processes, start-up included, started as environment/segment.sh starts the segment "
                + "command (DuckDB's native library unpacked once by setup, the command's JDK AOT cache; every tool of "
                + "the mall case gets the same options). "
                + "Peak memory: maximum resident set size of the tool's process "
                + "(GNU time), data and every run included.", plan.repetition().maxRuns(),
                plan.repetition().budgetSeconds(), plan.repetition().coldLimitSeconds()));
        return lines;
    }

    private static final String LEGEND = "WCSS / Σ heights: k-means, the final within-cluster sum of squares computed "
            + "from the tool's labels; sweeps, the sum over k of each k's best WCSS; Ward, the sum of the n − 1 merge "
            + "heights (equal trees give equal sums); order lines, Σ monetary of the customer table; lifetime fit, the "
            + "BG/NBD plus the Gamma-Gamma log-likelihood at the tool's optimum. ms / iteration: median time ÷ Lloyd iterations of the last run "
            + "(k-means++ seeding included). ÷ peer: median time ÷ the median of scikit-learn, SciPy or pandas on the same "
            + "case (below 1 is faster). peak ÷ peer: peak memory ÷ the peer's peak on the same case (below 1 is "
            + "leaner).";

    private static final String ELKI_VARIANTS_LEGEND = "Each variant ran once in ELKI's process, all from the same "
            + "k-means++ centres (after the earlier variants had warmed the JIT up); the table's ELKI row is the "
            + "fastest variant whose WCSS equals Lloyd's, timed again with the warm-up and repetition of every tool. "
            + "ELKI's exact variants stop when no point changes its cluster, not at a tolerance.\n";

    /** @return the report for the terminal */
    public String plain() {
        StringBuilder out = new StringBuilder();
        if (plan.quick()) {
            out.append("QUICK RUN (--quick): small sizes, a check that everything runs; not the benchmark's numbers.\n");
        }
        conditions().forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(table().plain()).append('\n').append(LEGEND).append('\n');
        List<String> notes = footnotes();
        for (int i = 0; i < notes.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(notes.get(i)).append('\n');
        }
        for (BenchCase c : cases(Workload.KMEANS)) {
            TextTable variants = elkiVariantsTable(c);
            if (variants.rows() > 0) {
                out.append('\n').append(c.title()).append(": ELKI's exact variants\n").append(variants.plain());
            }
        }
        for (BenchCase c : cases(Workload.ELBOW)) {
            out.append('\n').append(c.title()).append(": best WCSS per k\n").append(elbowTable(c).plain());
        }
        for (BenchCase c : cases(Workload.RESTARTS)) {
            out.append('\n').append(c.title()).append('\n').append(restartsTable(c).plain());
        }
        for (BenchCase c : cases(Workload.ORDER_LINES)) {
            out.append('\n').append(c.title()).append(": customer table checksums\n")
                    .append(orderLinesTable(c).plain());
        }
        for (BenchCase c : cases(Workload.LIFETIME_FIT)) {
            out.append('\n').append(c.title()).append(": where the fits ended\n").append(lifetimeTable(c).plain());
        }
        List<BenchCase> atScale = cases(Workload.ORDER_LINES_AT_SCALE);
        for (BenchCase c : atScale) {
            out.append('\n').append(c.title()).append('\n').append(atScaleTable(c).plain());
        }
        if (!atScale.isEmpty()) {
            atScaleSummary().forEach(line -> out.append(line).append('\n'));
        }
        out.append("\nGoals").append(plan.quick() ? " (checked on the quick sizes, not the goals' sizes)" : "")
                .append(":\n");
        Goals.check(results, bandwidth).forEach(check -> out.append("  ").append(check.line()).append('\n'));
        return out.toString();
    }

    /** @return the report as a Markdown page */
    public String markdown() {
        StringBuilder out = new StringBuilder("# Segmenta benchmark: k-means, Ward, order lines and lifetime models, side "
                + "by side\n\n");
        out.append("Written by `environment/bench.sh");
        out.append(plan.quick() ? " --quick`. **Quick run: small sizes, a check that everything runs; not the "
                + "benchmark's numbers.**\n\n" : "`.\n\n");
        conditions().forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## Results\n\n").append(table().markdown()).append('\n').append(LEGEND).append("\n\n");
        List<String> notes = footnotes();
        for (int i = 0; i < notes.size(); i++) {
            out.append(i + 1).append(". ").append(notes.get(i)).append('\n');
        }
        for (BenchCase c : cases(Workload.KMEANS)) {
            TextTable variants = elkiVariantsTable(c);
            if (variants.rows() > 0) {
                out.append("\n## ").append(c.title()).append(": ELKI's exact variants\n\n")
                        .append(variants.markdown()).append('\n').append(ELKI_VARIANTS_LEGEND).append('\n');
            }
        }
        for (BenchCase c : cases(Workload.ELBOW)) {
            out.append("\n## ").append(c.title()).append(": best WCSS per k\n\n").append(elbowTable(c).markdown());
        }
        List<BenchCase> restarts = cases(Workload.RESTARTS);
        if (!restarts.isEmpty()) {
            out.append("\n## Default restarts against scikit-learn's `n_init=10`\n\n");
            for (BenchCase c : restarts) {
                out.append("### ").append(c.title()).append("\n\n").append(restartsTable(c).markdown()).append('\n');
            }
        }
        List<BenchCase> orders = cases(Workload.ORDER_LINES);
        if (!orders.isEmpty()) {
            out.append("\n## Order lines to customers: the same table as pandas\n\n");
            for (BenchCase c : orders) {
                out.append("### ").append(c.title()).append("\n\n").append(orderLinesTable(c).markdown())
                        .append('\n');
            }
        }
        List<BenchCase> lifetimes = cases(Workload.LIFETIME_FIT);
        if (!lifetimes.isEmpty()) {
            out.append("\n## Lifetime models: the same optimum as SciPy\n\n");
            for (BenchCase c : lifetimes) {
                out.append("### ").append(c.title()).append("\n\n").append(lifetimeTable(c).markdown())
                        .append('\n');
            }
        }
        List<BenchCase> atScale = cases(Workload.ORDER_LINES_AT_SCALE);
        if (!atScale.isEmpty()) {
            out.append("\n## Order lines at scale: one machine against Spark local[").append(machine.threads())
                    .append("]\n\n");
            for (BenchCase c : atScale) {
                out.append("### ").append(c.title()).append("\n\n").append(atScaleTable(c).markdown()).append('\n');
            }
            List<String> summary = atScaleSummary();
            out.append("**").append(summary.getFirst()).append("**\n\n").append(summary.get(1)).append("\n");
            if (summary.size() > 2) {
                out.append("\n### Estimate for 1 billion lines on a cluster (on paper, not measured)\n\n");
                summary.subList(2, summary.size()).forEach(line -> out.append("- ").append(line).append('\n'));
                out.append("- Model: ").append("input = lines × Parquet bytes per line; shuffle = lines × shuffle "
                        + "bytes per line; core-seconds = lines ÷ lines per core-second (Spark's summed task time "
                        + "of the read-clean-aggregate step at the largest measured size); wall ≈ start-up + "
                        + "max(core-seconds ÷ cores, input ÷ (executors × read rate)) + shuffle ÷ (executors × "
                        + "network rate). Linear in the lines while customers grow with them (1 per 40 lines here) "
                        + "and the executors have the memory for what the study persists.\n");
            }
        }
        out.append("\n## Goals").append(plan.quick() ? " (quick sizes: not the goals' sizes)" : "").append("\n\n");
        Goals.check(results, bandwidth).forEach(check -> out.append("- ").append(check.line()).append('\n'));
        out.append("\n## How each tool was run\n\n");
        toolNotes().forEach((tool, notesOfTool) -> out.append("- **").append(tool).append("**: ")
                .append(String.join("; ", notesOfTool)).append('\n'));
        out.append("\n## Data\n\n");
        data.forEach(d -> out.append("- `").append(d.file().getFileName()).append("`: ").append(d.description())
                .append('\n'));
        return out.toString();
    }

    /** @return the whole report as JSON */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("quick", plan.quick());
        root.put("machine", machine.toMap());
        root.put("bandwidth_bytes_per_second", bandwidth);
        root.put("total_seconds", totalSeconds);
        root.put("load_average_at_end", loadAverageAtEnd);
        root.put("repetition", ordered("budget_seconds", plan.repetition().budgetSeconds(), "max_runs",
                plan.repetition().maxRuns(), "cold_limit_seconds", plan.repetition().coldLimitSeconds()));
        root.put("data", data.stream().map(d -> ordered("name", d.name(), "file", d.file().getFileName().toString(),
                "rows", d.rows(), "columns", d.columns(), "description", d.description())).toList());
        root.put("results", results.stream().map(this::toMap).toList());
        if (!cases(Workload.ORDER_LINES_AT_SCALE).isEmpty()) {
            Crossover crossover = crossover();
            root.put("crossover", ordered("cores", crossover.cores(), "spark_faster_from_lines",
                    crossover.sparkFasterFrom().isPresent() ? crossover.sparkFasterFrom().getAsLong() : null,
                    "sentence", crossover.sentence(), "sizes", crossover.sizes().stream().map(s -> ordered("lines",
                            s.lines(), "one_machine_seconds", s.localSeconds(), "spark_seconds", s.sparkSeconds(),
                            "ratio", s.ratio())).toList()));
            root.put("cluster_estimate", estimate().map(e -> ordered("label", "estimate on paper, not measured",
                    "lines", e.lines(), "executors", e.executors(), "cores_per_executor", e.coresPerExecutor(),
                    "read_bytes_per_second_per_executor", e.readBytesPerSecond(),
                    "network_bytes_per_second_per_executor", e.networkBytesPerSecond(),
                    "measured_lines", e.measured().lines(),
                    "input_bytes_per_line", e.measured().inputBytesPerLine(),
                    "shuffle_bytes_per_line", e.measured().shuffleBytesPerLine(),
                    "lines_per_core_second", e.measured().linesPerCoreSecond(), "input_bytes", e.inputBytes(),
                    "shuffle_bytes", e.shuffleBytes(), "core_seconds", e.coreSeconds(),
                    "wall_seconds", e.wallSeconds())).orElse(null));
        }
        root.put("goals", Goals.check(results, bandwidth).stream().map(check -> ordered("goal", check.goal(),
                "verdict", check.verdict().name().toLowerCase(Locale.ROOT), "evidence", check.evidence())).toList());
        return Json.write(root);
    }

    private Map<String, Object> toMap(ToolResult r) {
        BenchCase c = r.benchCase();
        Map<String, Object> caseMap = new LinkedHashMap<>();
        caseMap.put("id", c.id());
        caseMap.put("title", c.title());
        caseMap.put("workload", c.workload().name());
        caseMap.put("rows", c.rows());
        caseMap.put("columns", c.columns());
        caseMap.put("k", c.k());
        caseMap.put("starts", c.starts());
        caseMap.put("min_k", c.minK());
        caseMap.put("max_k", c.maxK());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("case", caseMap);
        map.put("tool", r.tool().key());
        map.put("label", r.tool().label(c.workload()));
        map.put("status", r.status().name().toLowerCase(Locale.ROOT));
        map.put("detail", r.detail());
        map.put("peak_rss_bytes", r.peakResidentKilobytes().isPresent()
                ? r.peakResidentKilobytes().getAsLong() * 1024 : null);
        if (r.isMeasured()) {
            ChildReport report = r.report();
            map.put("version", report.version());
            map.put("runs_seconds", r.timings().seconds());
            map.put("warm", r.timings().warm());
            map.put("min_seconds", r.timings().min());
            map.put("median_seconds", r.timings().median());
            map.put("iterations", report.iterations().isPresent() ? report.iterations().getAsInt() : null);
            map.put("seconds_per_iteration", orNull(r.secondsPerIteration()));
            map.put("bandwidth_bound_ratio", orNull(r.bandwidthBoundRatio(bandwidth)));
            map.put("quality", orNull(report.quality()));
            map.put("per_k", report.perK());
            map.put("restarts_per_k", report.restartsPerK());
            map.put("ratio_to_peer", orNull(ratioToPeer(r)));
            map.put("peak_ratio_to_peer", orNull(peakRatioToPeer(r)));
            map.put("notes", report.notes());
            map.put("steps_seconds", report.steps());
            map.put("counters", report.counters());
            OrderChecksum s = report.checksum();
            map.put("checksum", s == null ? null : ordered("lines", s.lines(), "duplicates", s.duplicates(),
                    "lines_kept", s.linesKept(), "customers", s.customers(), "recency_days", s.recencyDays(),
                    "frequency", s.frequency(), "monetary_cents", s.monetaryCents()));
            LifetimeOptimum o = report.lifetime();
            map.put("lifetime", o == null ? null : ordered("bgnbd_log_likelihood", o.bgNbdLogLikelihood(), "r", o.r(),
                    "alpha", o.alpha(), "a", o.a(), "b", o.b(), "gamma_gamma_log_likelihood",
                    o.gammaGammaLogLikelihood(), "p", o.p(), "q", o.q(), "gamma", o.gamma(),
                    "gamma_gamma_customers", o.gammaGammaCustomers()));
        }
        return map;
    }

    private Map<String, Set<String>> toolNotes() {
        Map<String, Set<String>> notes = new LinkedHashMap<>();
        for (ToolResult r : results) {
            if (r.isMeasured()) {
                Set<String> set = notes.computeIfAbsent(r.report().version(), v -> new LinkedHashSet<>());
                set.addAll(r.report().notes());
            }
        }
        return notes;
    }

    private String peerVersion() {
        return results.stream().filter(r -> r.tool() == Tool.PEER && r.isMeasured()).map(r -> r.report().version())
                .findFirst().orElse("scikit-learn/SciPy did not run");
    }

    private List<BenchCase> cases(Workload workload) {
        return results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == workload).distinct().toList();
    }

    private Optional<ToolResult> find(BenchCase c, Tool tool) {
        return results.stream().filter(r -> r.benchCase().equals(c) && r.tool() == tool).findFirst();
    }

    private double[] perK(BenchCase c, Tool tool) {
        return find(c, tool).filter(ToolResult::isMeasured).map(r -> r.report().perK()).orElse(new double[0]);
    }

    private static String cell(double[] values, int i) {
        return i < values.length ? Numbers.quality(values[i]) : Numbers.NONE;
    }

    /** A map of alternating keys and values, in that order (Map.of's order changes from run to run). */
    private static Object ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Object orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
