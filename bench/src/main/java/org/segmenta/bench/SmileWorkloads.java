package org.segmenta.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import smile.clustering.BBDTree;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.clustering.HierarchicalClustering;
import smile.clustering.KMeans;
import smile.clustering.linkage.WardLinkage;
import smile.math.MathEx;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

/**
 * Runs a case with Smile 6.3.0: {@code KMeans.lloyd} for k-means (plain Lloyd, as the library's own), the BBD-tree
 * {@code KMeans.fit} sharing one tree across the elbow sweep (Smile's fastest way to sweep k), and
 * {@code HierarchicalClustering} with {@code WardLinkage}. WCSS is computed from Smile's labels by {@link Wcss}, after
 * the timed runs.
 */
final class SmileWorkloads {

    private SmileWorkloads() {
    }

    /** The tool's name in the report. */
    static final String VERSION = "Smile 6.3.0";
    /** Iteration cap of every Smile k-means run (scikit-learn's and the library's default). */
    static final int MAX_ITERATIONS = 300;
    /** Smile's own default tolerance: the run stops when WCSS falls by at most this much in an iteration. */
    static final double TOLERANCE = 1e-4;

    /** Runs the case and reports on it. */
    static ChildReport run(ChildArguments arguments) throws IOException {
        BenchCase c = arguments.benchCase();
        double[][] x = BinaryMatrix.read(c.input(), c.rows(), c.columns());
        MathEx.setSeed(arguments.seed());
        Repetition repetition = arguments.repetition();
        return switch (c.workload()) {
            case KMEANS -> kMeans(x, c, repetition);
            case ELBOW -> elbow(x, c, repetition);
            case WARD -> ward(x, repetition);
            case RESTARTS, MALL_STUDY, ORDER_LINES, ORDER_LINES_AT_SCALE, LIFETIME_FIT, NOTEBOOK_SUITE -> throw new IllegalArgumentException(
                    "Smile does not take part in " + c.workload() + " in this runner");
        };
    }

    private record Lloyd(CentroidClustering<double[], double[]> clustering, int iterations) {
    }

    private static ChildReport kMeans(double[][] x, BenchCase c, Repetition repetition) {
        Repetition.Timed<Lloyd> timed = repetition.time(() -> {
            Lloyd best = null;
            for (int start = 0; start < c.starts(); start++) {
                SmileIterations iterations = new SmileIterations();
                try (IterativeAlgorithmController<AlgoStatus> controller = iterations.controller()) {
                    var fit = KMeans.lloyd(x, new Clustering.Options(c.k(), MAX_ITERATIONS, TOLERANCE, controller));
                    if (best == null || fit.distortion() < best.clustering().distortion()) {
                        best = new Lloyd(fit, iterations.last());
                    }
                }
            }
            return best;
        });
        Lloyd best = timed.result();
        return new ChildReport(VERSION, timed.timings(), OptionalInt.of(best.iterations()),
                OptionalDouble.of(Wcss.of(x, best.clustering().group())), new double[0], new int[0],
                List.of("KMeans.lloyd, tolerance " + TOLERANCE + " on the fall of WCSS per iteration"));
    }

    private static ChildReport elbow(double[][] x, BenchCase c, Repetition repetition) {
        if (c.minK() != 1) {
            throw new IllegalArgumentException("the elbow sweep starts at k = 1; case " + c.id() + " starts at "
                    + c.minK());
        }
        Repetition.Timed<int[][]> timed = repetition.time(() -> {
            BBDTree tree = new BBDTree(x);
            int[][] labels = new int[c.maxK()][];
            labels[0] = new int[x.length];
            for (int k = 2; k <= c.maxK(); k++) {
                CentroidClustering<double[], double[]> best = null;
                for (int start = 0; start < c.starts(); start++) {
                    var fit = KMeans.fit(tree, x, new Clustering.Options(k, MAX_ITERATIONS, TOLERANCE, null));
                    if (best == null || fit.distortion() < best.distortion()) {
                        best = fit;
                    }
                }
                labels[k - 1] = best.group();
            }
            return labels;
        });
        double[] perK = Arrays.stream(timed.result()).mapToDouble(labels -> Wcss.of(x, labels)).toArray();
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(),
                OptionalDouble.of(Arrays.stream(perK).sum()), perK, new int[0],
                List.of("KMeans.fit (BBD tree) with one tree shared by every k and start; k = 1 is the total sum of "
                        + "squares, since Smile refuses k < 2"));
    }

    private static ChildReport ward(double[][] x, Repetition repetition) {
        Repetition.Timed<HierarchicalClustering> timed = repetition.time(
                () -> HierarchicalClustering.fit(WardLinkage.of(x)));
        double heights = Arrays.stream(timed.result().height()).sum();
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(), OptionalDouble.of(heights),
                new double[0], new int[0], List.of("merge heights in float precision"));
    }
}
