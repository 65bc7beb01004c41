package org.segmenta.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.segmenta.choosingk.ElbowCurve;
import org.segmenta.clustering.HierarchicalClustering;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Linkage;
import org.segmenta.clustering.MergeTree;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.RepeatPurchaseSummary;

/**
 * Runs a case with this project's library, through its public API only ({@link KMeans}, {@link ElbowCurve},
 * {@link HierarchicalClustering}, {@link BgNbdModel}, {@link GammaGammaModel}), so that faster implementations behind
 * the same API are measured as they land. Only the fit is timed; the data are read and wrapped as a
 * {@link FeatureMatrix} (unscaled) or a {@link RepeatPurchaseSummary} before.
 */
final class OursWorkloads {

    private OursWorkloads() {
    }

    /** The tool's name in the report. */
    static final String VERSION = "Segmenta (this checkout)";

    /** Runs the case and reports on it. */
    static ChildReport run(ChildArguments arguments) throws IOException {
        BenchCase c = arguments.benchCase();
        if (c.workload() == Workload.LIFETIME_FIT) {
            return lifetimeFit(LifetimeSummary.read(c.input(), c.rows()), arguments.repetition());
        }
        FeatureMatrix features = UnscaledFeatures.read(c.input(), c.rows(), c.columns());
        Repetition repetition = arguments.repetition();
        long seed = arguments.seed();
        return switch (c.workload()) {
            case KMEANS -> kMeans(features, KMeans.withK(c.k()).restarts(c.starts()).seed(seed), repetition);
            case ELBOW -> elbow(features, c, KMeans.settings().restarts(c.starts()).seed(seed), repetition);
            case WARD -> ward(features, repetition);
            case RESTARTS -> defaultRestarts(features, c);
            case MALL_STUDY -> throw new IllegalArgumentException("the mall study runs as its own process: MallStudy");
            case ORDER_LINES, ORDER_LINES_AT_SCALE -> throw new IllegalArgumentException("the order-line study runs as its own process: "
                    + "OrderLinesStudy");
            case LIFETIME_FIT -> throw new IllegalStateException("handled above");
            case NOTEBOOK_SUITE -> throw new IllegalArgumentException("the notebook suite runs as its own process: "
                    + "NotebookSuite");
        };
    }

    /** Both models fitted on the same summary, as a customer-lifetime study does. */
    private record LifetimeFits(BgNbdModel bgNbd, GammaGammaModel gammaGamma) {
    }

    /** Times {@code BgNbdModel.fit} and {@code GammaGammaModel.fit} together; the summary is made before. */
    private static ChildReport lifetimeFit(RepeatPurchaseSummary summary, Repetition repetition) {
        Repetition.Timed<LifetimeFits> timed = repetition.time(
                () -> new LifetimeFits(BgNbdModel.fit(summary), GammaGammaModel.fit(summary)));
        BgNbdModel bg = timed.result().bgNbd();
        GammaGammaModel gg = timed.result().gammaGamma();
        LifetimeOptimum optimum = new LifetimeOptimum(bg.logLikelihood().orElseThrow(), bg.r(), bg.alpha(), bg.a(),
                bg.b(), gg.logLikelihood().orElseThrow(), gg.p(), gg.q(), gg.gamma(), gg.customers());
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(),
                OptionalDouble.of(optimum.totalLogLikelihood()), new double[0], new int[0],
                List.of("lifetime: BgNbdModel.fit(summary) and GammaGammaModel.fit(summary) (Smile's BFGS on "
                        + "log-parameters with the analytical gradient, restarted until the gradient is below 1e-6)"),
                null, optimum);
    }

    private static ChildReport kMeans(FeatureMatrix features, KMeans kMeans, Repetition repetition) {
        Repetition.Timed<Segmentation> timed = repetition.time(() -> kMeans.fit(features));
        Segmentation s = timed.result();
        List<String> notes = new ArrayList<>(List.of("k-means: " + kMeans + ".fit(features)"));
        OptionalInt iterations = iterations(s, notes);
        return new ChildReport(VERSION, timed.timings(), iterations, OptionalDouble.of(s.wcss()), new double[0],
                new int[0], notes);
    }

    private static ChildReport elbow(FeatureMatrix features, BenchCase c, KMeansSettings settings,
            Repetition repetition) {
        if (c.minK() != 1) {
            throw new IllegalArgumentException("ElbowCurve sweeps from k = 1; case " + c.id() + " starts at "
                    + c.minK());
        }
        Repetition.Timed<ElbowCurve> timed = repetition.time(() -> ElbowCurve.sweep(features, c.maxK(), settings));
        double[] perK = timed.result().wcssValues();
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(),
                OptionalDouble.of(Arrays.stream(perK).sum()), perK, new int[0],
                List.of("elbow: ElbowCurve.sweep(features, " + c.maxK() + ", " + settings + ")"));
    }

    private static ChildReport ward(FeatureMatrix features, Repetition repetition) {
        Repetition.Timed<MergeTree> timed = repetition.time(() -> HierarchicalClustering.fit(features, Linkage.WARD));
        double heights = Arrays.stream(timed.result().heights()).sum();
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(), OptionalDouble.of(heights),
                new double[0], new int[0], List.of("Ward: HierarchicalClustering.fit(features, Linkage.WARD)"));
    }

    /**
     * The library's defaults for each k ({@code KMeans.withK(k)}: default restarts and seed), run once: this case
     * compares the WCSS reached, not the time.
     */
    private static ChildReport defaultRestarts(FeatureMatrix features, BenchCase c) {
        int ks = c.maxK() - c.minK() + 1;
        double[] wcss = new double[ks];
        int[] restarts = new int[ks];
        long start = System.nanoTime();
        for (int i = 0; i < ks; i++) {
            Segmentation s = KMeans.withK(c.minK() + i).fit(features);
            wcss[i] = s.wcss();
            Object used = s.parameters().get("restarts");
            restarts[i] = used instanceof Number number ? number.intValue() : -1;
        }
        Timings once = new Timings(new double[] {(System.nanoTime() - start) / 1e9}, false);
        return new ChildReport(VERSION, once, OptionalInt.empty(), OptionalDouble.of(Arrays.stream(wcss).sum()), wcss,
                restarts, List.of("default restarts: KMeans.withK(k).fit(features)"));
    }

    private static OptionalInt iterations(Segmentation s, List<String> notes) {
        if (s.iterative()) {
            return OptionalInt.of(s.iterations());
        }
        notes.add("the segmentation (" + s.method() + ") has no iterations");
        return OptionalInt.empty();
    }
}
