package org.segmenta.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.LloydKMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;

/**
 * A quick local timing of k-means on the case (not a test, not the benchmark): 1,000,000 × 10 overlapping
 * Gaussian blobs (30 centres uniform in [−3, 3]^10, unit noise, seed 1), k = 8, one k-means++ start. Prints the time
 * of each fit, the best of several runs, and optionally the plain {@link LloydKMeans}'s for comparison.
 *
 * <pre>{@code
 * java -cp bench/target/classes:lib/target/classes:<dependencies> org.segmenta.bench.KMeansSpeedCheck [rows] [reps] [plain]
 * }</pre>
 */
public final class KMeansSpeedCheck {

    private KMeansSpeedCheck() {
    }

    /** Runs the timing; arguments: rows (default 1,000,000), repetitions (default 7), "plain" to time LloydKMeans too. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean plain = Arrays.asList(args).contains("plain");
        int p = 10;
        int k = 8;
        FeatureMatrix features = blobs(n, p, 30, 3.0, 1.0, 1);
        KMeans kMeans = KMeans.withK(k).restarts(1).seed(42);
        System.out.printf(Locale.ROOT, "%,d × %d, k = %d, one k-means++ start, %d processors%n", n, p, k,
                Runtime.getRuntime().availableProcessors());
        double bestFit = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        Segmentation segments = null;
        for (int r = 0; r < repetitions; r++) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            segments = kMeans.fit(features);
            long t1 = System.nanoTime();
            double cpu = (processCpuNanos() - cpu0) / 1e6;
            int iterations = segments.iterations();
            bestFit = Math.min(bestFit, (t1 - t0) / 1e6);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf(Locale.ROOT, "run %d: fit %.0f ms (CPU, all threads: %.0f ms), %d iterations "
                    + "= %.1f ms/iteration; WCSS %.6f%n", r, (t1 - t0) / 1e6, cpu, iterations,
                    (t1 - t0) / 1e6 / iterations, segments.wcss());
        }
        System.out.printf(Locale.ROOT, "best: fit %.0f ms; CPU time (all threads) %.0f ms%n", bestFit, bestCpu);
        if (plain) {
            long t0 = System.nanoTime();
            Segmentation lloyd = LloydKMeans.fit(features, k, 1, 42);
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "LloydKMeans: fit %.0f ms, %d iterations, WCSS %.6f, same labels as the "
                    + "fast fit: %b%n", (t1 - t0) / 1e6, lloyd.iterations(), lloyd.wcss(),
                    Arrays.equals(lloyd.labels(), segments.labels()));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The benchmark's blobs: centres uniform in [−halfWidth, halfWidth]^p, each row around a random centre. */
    static FeatureMatrix blobs(int n, int p, int centres, double halfWidth, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centre = new double[centres][p];
        for (double[] c : centre) {
            for (int j = 0; j < p; j++) {
                c[j] = random.nextDouble(-halfWidth, halfWidth);
            }
        }
        double[][] columns = new double[p][n];
        for (int i = 0; i < n; i++) {
            double[] c = centre[random.nextInt(centres)];
            for (int j = 0; j < p; j++) {
                columns[j][i] = c[j] + noise * random.nextGaussian();
            }
        }
        return UnscaledFeatures.of(columns);
    }
}
