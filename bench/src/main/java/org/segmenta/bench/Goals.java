package org.segmenta.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The goals of the speed-and-scale issue, checked against one run's results. Each check names the case it read and
 * the numbers it compared; a goal whose numbers are missing (a tool skipped or failed) is "not measured", never met.
 *
 * <ul>
 *   <li>k-means (the largest k-means case): faster than scikit-learn overall and per iteration, WCSS no worse, time
 *       per iteration within 3× of the memory-bandwidth bound, peak resident memory at most 1.2× scikit-learn's;
 *       faster than ELKI's fastest exact variant with a WCSS no worse than ELKI's by more than 0.01 %;</li>
 *   <li>elbow sweep: faster than scikit-learn, each k's WCSS no worse than scikit-learn's by more than 0.1 %, peak
 *       resident memory at most 2× scikit-learn's;</li>
 *   <li>Ward: faster than SciPy on the largest case SciPy ran; the largest case under 1 GiB peak resident memory;</li>
 *   <li>default restarts: WCSS no worse than scikit-learn's {@code n_init=10} (by more than 0.01 %), k by k;</li>
 *   <li>order lines: Online Retail to customers faster than pandas, as whole processes; the generated file (20
 *       million lines) in under 30 s with under 2 GiB peak resident memory; on every order-line case the same
 *       {@link OrderChecksum} as pandas;</li>
 *   <li>lifetime models: the BG/NBD and Gamma-Gamma fits faster than SciPy's, at the same optimum
 *       ({@link LifetimeOptimum}: both log-likelihoods equal to 1e-6 relative, the seven parameters to 1e-4);</li>
 *   <li>start-up (the lean-core issue): the mall study as a whole process, JVM start included, faster than the
 *       Python one; the notebook suite to HTML in at most 60 s.</li>
 * </ul>
 */
public final class Goals {

    /** Largest bandwidth-bound ratio allowed for k-means. */
    static final double BANDWIDTH_FACTOR = 3;
    /** Largest relative WCSS excess over scikit-learn allowed in the elbow sweep. */
    static final double ELBOW_TOLERANCE = 0.001;
    /**
     * Two WCSS closer than this (relative) count as the same optimum: runs stopped by a tolerance differ by about this
     * much even when they converge to the same centroids.
     */
    static final double SAME_OPTIMUM = 1e-4;
    /** Largest ratio of our peak resident memory to scikit-learn's allowed on the largest k-means case. */
    static final double KMEANS_MEMORY_FACTOR = 1.2;
    /** Largest ratio of our peak resident memory to scikit-learn's allowed on the largest elbow sweep. */
    static final double ELBOW_MEMORY_FACTOR = 2;
    /** Peak resident memory allowed for the largest Ward case: 1 GiB. */
    static final long WARD_MEMORY_KILOBYTES = 1L << 20;
    /** Time allowed for the generated order lines, whole process. */
    static final double ORDER_LINES_SECONDS = 30;
    /** Peak resident memory allowed for the generated order lines, whole process with DuckDB's native memory: 2 GiB. */
    static final long ORDER_LINES_MEMORY_KILOBYTES = 2L << 20;
    /** The id prefix of the Online Retail case (the speed race against pandas). */
    static final String ONLINE_RETAIL = "orders-online-retail";
    /** The id prefix of the generated order-line case (the time and memory limits). */
    static final String GENERATED_ORDER_LINES = "orders-generated";

    /** The lean-core issue's start-up goal for the command: the mall study as a process, against the Python one. */
    static final String MALL_STUDY_GOAL = "the mall study as a whole process faster than scikit-learn's";

    /** Largest relative difference of a lifetime log-likelihood from SciPy's that counts as the same optimum. */
    static final double LIFETIME_LOG_LIKELIHOOD = 1e-6;
    /** Largest relative difference of a lifetime parameter from SciPy's that counts as the same optimum. */
    static final double LIFETIME_PARAMETERS = 1e-4;

    /** The outcome of one check. */
    public enum Verdict {
        /** The numbers meet the goal. */
        MET,
        /** The numbers do not meet it. */
        NOT_MET,
        /** A number it needs is missing. */
        NOT_MEASURED
    }

    /**
     * One checked goal.
     *
     * @param goal what was checked
     * @param verdict the outcome
     * @param evidence the case and the numbers compared
     */
    public record Check(String goal, Verdict verdict, String evidence) {

        /** @return one line for people: "met · goal: evidence" */
        public String line() {
            String mark = switch (verdict) {
                case MET -> "met";
                case NOT_MET -> "NOT met";
                case NOT_MEASURED -> "not measured";
            };
            return mark + " · " + goal + ": " + evidence;
        }
    }

    private Goals() {
    }

    /** @return the checks, in the order */
    public static List<Check> check(List<ToolResult> results, double bandwidth) {
        List<Check> checks = new ArrayList<>();
        largest(results, Workload.KMEANS, false).ifPresentOrElse(c -> kMeans(results, c, bandwidth, checks),
                () -> checks.add(new Check("k-means faster than scikit-learn", Verdict.NOT_MEASURED, "no k-means case")));
        largest(results, Workload.ELBOW, false).ifPresent(c -> {
            elbow(results, c, checks);
            memoryRatio(results, c, "elbow sweep peak memory at most 2× scikit-learn's", ELBOW_MEMORY_FACTOR, checks);
        });
        largest(results, Workload.WARD, true).ifPresent(c -> faster(results, c, "Ward faster than SciPy", checks));
        largest(results, Workload.WARD, false).ifPresent(c -> wardMemory(results, c, checks));
        results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == Workload.RESTARTS).distinct()
                .forEach(c -> restarts(results, c, checks));
        results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == Workload.ORDER_LINES).distinct()
                .forEach(c -> orderLines(results, c, checks));
        results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == Workload.LIFETIME_FIT).distinct()
                .forEach(c -> lifetime(results, c, checks));
        results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == Workload.MALL_STUDY).distinct()
                .forEach(c -> faster(results, c, MALL_STUDY_GOAL, checks));
        results.stream().map(ToolResult::benchCase).filter(c -> c.workload() == Workload.NOTEBOOK_SUITE).distinct()
                .forEach(c -> notebookSuite(results, c, checks));
        return checks;
    }

    /** The lean-core issue's goal: the notebook suite (the Spark chapter left out) to HTML in at most 60 s. */
    private static void notebookSuite(List<ToolResult> results, BenchCase c, List<Check> checks) {
        String goal = String.format(Locale.ROOT, "notebook suite executed to HTML in ≤ %.0f s (the Spark chapter, on "
                + "kernelspec segmenta-spark, left out)", NotebookSuite.GOAL_SECONDS);
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        if (ours.isEmpty()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": " + results.stream()
                    .filter(r -> r.benchCase().equals(c) && r.tool() == Tool.OURS).findFirst()
                    .map(r -> r.status().name().toLowerCase(Locale.ROOT) + ": " + r.detail()).orElse("not run")));
            return;
        }
        double seconds = ours.get().median().getAsDouble();
        checks.add(new Check(goal, seconds <= NotebookSuite.GOAL_SECONDS ? Verdict.MET : Verdict.NOT_MET,
                c.title() + ": median " + Numbers.seconds(seconds) + " s over " + ours.get().timings().runs() + " run"
                        + (ours.get().timings().runs() == 1 ? "" : "s")));
    }

    private static void kMeans(List<ToolResult> results, BenchCase c, double bandwidth, List<Check> checks) {
        faster(results, c, "k-means faster than scikit-learn overall", checks);
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        String where = c.title() + ": ";
        if (ours.isPresent() && peer.isPresent() && ours.get().secondsPerIteration().isPresent()
                && peer.get().secondsPerIteration().isPresent()) {
            double a = ours.get().secondsPerIteration().getAsDouble();
            double b = peer.get().secondsPerIteration().getAsDouble();
            checks.add(new Check("k-means faster than scikit-learn per iteration", a < b ? Verdict.MET : Verdict.NOT_MET,
                    where + ms(a) + " vs " + ms(b) + " per iteration"));
        } else {
            checks.add(new Check("k-means faster than scikit-learn per iteration", Verdict.NOT_MEASURED,
                    where + "iterations or times missing"));
        }
        if (ours.isPresent() && peer.isPresent() && ours.get().report().quality().isPresent()
                && peer.get().report().quality().isPresent()) {
            double a = ours.get().report().quality().getAsDouble();
            double b = peer.get().report().quality().getAsDouble();
            checks.add(new Check("k-means WCSS no worse than scikit-learn's", a <= b ? Verdict.MET : Verdict.NOT_MET,
                    where + Numbers.quality(a) + " vs " + Numbers.quality(b) + " (" + Numbers.percent(a / b - 1) + ")"));
        }
        var ratio = ours.isPresent() ? ours.get().bandwidthBoundRatio(bandwidth) : java.util.OptionalDouble.empty();
        checks.add(ratio.isPresent()
                ? new Check("k-means per iteration within 3× of the memory-bandwidth bound",
                        ratio.getAsDouble() <= BANDWIDTH_FACTOR ? Verdict.MET : Verdict.NOT_MET,
                        where + String.format(Locale.ROOT, "%.2f× the bound", ratio.getAsDouble()))
                : new Check("k-means per iteration within 3× of the memory-bandwidth bound", Verdict.NOT_MEASURED,
                        where + "time per iteration or bandwidth missing"));
        memoryRatio(results, c, "k-means peak memory at most 1.2× scikit-learn's", KMEANS_MEMORY_FACTOR, checks);
        aheadOfElki(results, c, checks);
    }

    /**
     * Ours against ELKI's fastest exact k-means variant (the ELKI row of the case): faster by median, and a WCSS no
     * higher than ELKI's by more than {@link #SAME_OPTIMUM} (relative). The two start from different k-means++ draws,
     * so a lower WCSS of ours also counts.
     */
    private static void aheadOfElki(List<ToolResult> results, BenchCase c, List<Check> checks) {
        String goal = "k-means ahead of ELKI's fastest exact k-means, same WCSS";
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> elki = measured(results, c, Tool.ELKI);
        if (ours.isEmpty() || elki.isEmpty() || ours.get().report().quality().isEmpty()
                || elki.get().report().quality().isEmpty()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": "
                    + (ours.isEmpty() ? "ours" : "ELKI") + " did not run or reported no WCSS"));
            return;
        }
        double a = ours.get().median().getAsDouble();
        double b = elki.get().median().getAsDouble();
        double wa = ours.get().report().quality().getAsDouble();
        double wb = elki.get().report().quality().getAsDouble();
        boolean met = a < b && wa / wb - 1 <= SAME_OPTIMUM;
        String variant = ElkiKeys.timedVariant(elki.get().report().notes()).map(v -> " (" + v + ")").orElse("");
        checks.add(new Check(goal, met ? Verdict.MET : Verdict.NOT_MET, c.title() + ": median " + Numbers.seconds(a)
                + " s vs ELKI" + variant + " " + Numbers.seconds(b) + " s; WCSS " + Numbers.quality(wa) + " vs "
                + Numbers.quality(wb) + " (" + Numbers.percent(wa / wb - 1) + ")"));
    }

    /** Our peak resident memory over the peer's on case {@code c}, checked against {@code factor}. */
    private static void memoryRatio(List<ToolResult> results, BenchCase c, String goal, double factor,
            List<Check> checks) {
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        if (ours.isEmpty() || peer.isEmpty() || ours.get().peakResidentKilobytes().isEmpty()
                || peer.get().peakResidentKilobytes().isEmpty()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": a tool did not run or its peak memory is "
                    + "unknown"));
            return;
        }
        long a = ours.get().peakResidentKilobytes().getAsLong();
        long b = peer.get().peakResidentKilobytes().getAsLong();
        double ratio = (double) a / b;
        checks.add(new Check(goal, ratio <= factor ? Verdict.MET : Verdict.NOT_MET, c.title() + ": peak "
                + Numbers.mebibytes(a) + " MiB vs " + Numbers.mebibytes(b) + " MiB ("
                + String.format(Locale.ROOT, "%.2f×", ratio) + ")"));
    }

    private static void elbow(List<ToolResult> results, BenchCase c, List<Check> checks) {
        faster(results, c, "elbow sweep faster than scikit-learn", checks);
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        String goal = "elbow sweep: each k's WCSS within 0.1 % of scikit-learn's";
        if (ours.isEmpty() || peer.isEmpty() || ours.get().report().perK().length != peer.get().report().perK().length
                || ours.get().report().perK().length == 0) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": per-k WCSS missing"));
            return;
        }
        double[] a = ours.get().report().perK();
        double[] b = peer.get().report().perK();
        double worst = Double.NEGATIVE_INFINITY;
        int worstK = 0;
        for (int i = 0; i < a.length; i++) {
            double excess = a[i] / b[i] - 1;
            if (excess > worst) {
                worst = excess;
                worstK = c.minK() + i;
            }
        }
        checks.add(new Check(goal, worst <= ELBOW_TOLERANCE ? Verdict.MET : Verdict.NOT_MET,
                c.title() + ": largest difference " + Numbers.percent(worst) + " at k = " + worstK));
    }

    private static void wardMemory(List<ToolResult> results, BenchCase c, List<Check> checks) {
        String goal = "Ward on " + BenchCase.count(c.rows()) + " points under 1 GiB peak resident memory";
        Optional<ToolResult> ours = results.stream().filter(r -> r.benchCase().equals(c) && r.tool() == Tool.OURS)
                .findFirst();
        if (ours.isEmpty() || !ours.get().isMeasured()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": "
                    + ours.map(r -> r.status().name().toLowerCase(Locale.ROOT) + ": " + r.detail()).orElse("not run")));
            return;
        }
        OptionalLong peak = ours.get().peakResidentKilobytes();
        checks.add(peak.isPresent()
                ? new Check(goal, peak.getAsLong() < WARD_MEMORY_KILOBYTES ? Verdict.MET : Verdict.NOT_MET,
                        c.title() + ": " + Numbers.mebibytes(peak.getAsLong()) + " MiB")
                : new Check(goal, Verdict.NOT_MEASURED, c.title() + ": peak memory unknown"));
    }

    private static void restarts(List<ToolResult> results, BenchCase c, List<Check> checks) {
        String goal = "default restarts no worse than scikit-learn's n_init=10";
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        if (ours.isEmpty() || peer.isEmpty()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": a tool did not run"));
            return;
        }
        double[] a = ours.get().report().perK();
        double[] b = peer.get().report().perK();
        if (a.length != b.length || a.length == 0) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": per-k WCSS missing"));
            return;
        }
        int better = 0;
        int worse = 0;
        for (int i = 0; i < a.length; i++) {
            double difference = a[i] / b[i] - 1;
            if (difference < -SAME_OPTIMUM) {
                better++;
            } else if (difference > SAME_OPTIMUM) {
                worse++;
            }
        }
        checks.add(new Check(goal, worse == 0 ? Verdict.MET : Verdict.NOT_MET, String.format(Locale.ROOT,
                "%s: of %d k, lower WCSS for %d, within ±0.01 %% for %d, higher for %d", c.title(), a.length, better,
                a.length - better - worse, worse)));
    }

    private static void orderLines(List<ToolResult> results, BenchCase c, List<Check> checks) {
        if (c.id().startsWith(ONLINE_RETAIL)) {
            faster(results, c, "Online Retail to customers faster than pandas (whole process)", checks);
        }
        if (c.id().startsWith(GENERATED_ORDER_LINES)) {
            String goal = String.format(Locale.ROOT, "%,d order lines to customers in under 30 s and 2 GiB", c.rows());
            Optional<ToolResult> ours = measured(results, c, Tool.OURS);
            if (ours.isEmpty() || ours.get().peakResidentKilobytes().isEmpty()) {
                checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": " + results.stream()
                        .filter(r -> r.benchCase().equals(c) && r.tool() == Tool.OURS).findFirst()
                        .map(r -> r.status().name().toLowerCase(Locale.ROOT) + ": " + r.detail())
                        .orElse("not run")));
            } else {
                double seconds = ours.get().median().getAsDouble();
                long peak = ours.get().peakResidentKilobytes().getAsLong();
                boolean met = seconds < ORDER_LINES_SECONDS && peak < ORDER_LINES_MEMORY_KILOBYTES;
                checks.add(new Check(goal, met ? Verdict.MET : Verdict.NOT_MET, c.title() + ": median "
                        + Numbers.seconds(seconds) + " s, peak " + Numbers.mebibytes(peak) + " MiB"));
            }
        }
        String same = String.format(Locale.ROOT, "%,d order lines: the same customer table as pandas", c.rows());
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        if (ours.isEmpty() || peer.isEmpty() || ours.get().report().checksum() == null
                || peer.get().report().checksum() == null) {
            checks.add(new Check(same, Verdict.NOT_MEASURED, c.title() + ": a tool did not run or reported no "
                    + "checksum"));
            return;
        }
        OrderChecksum a = ours.get().report().checksum();
        OrderChecksum b = peer.get().report().checksum();
        checks.add(new Check(same, a.equals(b) ? Verdict.MET : Verdict.NOT_MET, c.title() + ": "
                + (a.equals(b) ? a.words() : "Segmenta " + a.words() + " vs pandas " + b.words())));
    }

    private static void lifetime(List<ToolResult> results, BenchCase c, List<Check> checks) {
        faster(results, c, "lifetime fit faster than SciPy", checks);
        String goal = "same optimum as SciPy (log-likelihoods equal to 1e-6 relative, parameters to 1e-4 relative)";
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        if (ours.isEmpty() || peer.isEmpty() || ours.get().report().lifetime() == null
                || peer.get().report().lifetime() == null) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": a tool did not run or reported no "
                    + "optimum"));
            return;
        }
        LifetimeOptimum a = ours.get().report().lifetime();
        LifetimeOptimum b = peer.get().report().lifetime();
        double ll = a.largestLogLikelihoodDifference(b);
        int worst = a.mostDifferentParameter(b);
        double parameter = a.largestParameterDifference(b);
        boolean met = ll <= LIFETIME_LOG_LIKELIHOOD && parameter <= LIFETIME_PARAMETERS
                && a.gammaGammaCustomers() == b.gammaGammaCustomers();
        checks.add(new Check(goal, met ? Verdict.MET : Verdict.NOT_MET, String.format(Locale.ROOT,
                "%s: log-likelihoods %.3f and %.3f vs %.3f and %.3f (largest difference %.1e relative); largest "
                + "parameter difference %.1e relative (%s); Gamma-Gamma on %,d vs %,d customers", c.title(),
                a.bgNbdLogLikelihood(), a.gammaGammaLogLikelihood(), b.bgNbdLogLikelihood(),
                b.gammaGammaLogLikelihood(), ll, parameter, LifetimeOptimum.PARAMETER_NAMES[worst],
                a.gammaGammaCustomers(), b.gammaGammaCustomers())));
    }

    private static void faster(List<ToolResult> results, BenchCase c, String goal, List<Check> checks) {
        Optional<ToolResult> ours = measured(results, c, Tool.OURS);
        Optional<ToolResult> peer = measured(results, c, Tool.PEER);
        if (ours.isEmpty() || peer.isEmpty()) {
            checks.add(new Check(goal, Verdict.NOT_MEASURED, c.title() + ": "
                    + (ours.isEmpty() ? "ours" : "the peer") + " did not run"));
            return;
        }
        double a = ours.get().median().getAsDouble();
        double b = peer.get().median().getAsDouble();
        checks.add(new Check(goal, a < b ? Verdict.MET : Verdict.NOT_MET, c.title() + ": median "
                + Numbers.seconds(a) + " s vs " + Numbers.seconds(b) + " s"));
    }

    /** The case of this workload with the most rows (among those the peer ran, if asked). */
    private static Optional<BenchCase> largest(List<ToolResult> results, Workload workload, boolean peerRan) {
        return results.stream()
                .filter(r -> r.benchCase().workload() == workload)
                .filter(r -> !peerRan || (r.tool() == Tool.PEER && r.isMeasured()))
                .map(ToolResult::benchCase)
                .max(Comparator.comparingInt(BenchCase::rows));
    }

    private static Optional<ToolResult> measured(List<ToolResult> results, BenchCase c, Tool tool) {
        return results.stream().filter(r -> r.benchCase().equals(c) && r.tool() == tool && r.isMeasured()).findFirst();
    }

    private static String ms(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
    }
}
