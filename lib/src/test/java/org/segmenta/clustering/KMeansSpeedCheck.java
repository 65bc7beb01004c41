package org.segmenta.clustering;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A quick local timing of k-means on the case (not a test, not the benchmark): 1,000,000 × 10 overlapping
 * Gaussian blobs (30 centres uniform in [−3, 3]^10, unit noise, seed 1), k = 8, one k-means++ start. Prints the time
 * of each phase and per Lloyd iteration, best of several runs, and the plain reference's for comparison.
 *
 * <pre>{@code
 * java -cp lib/target/classes:lib/target/test-classes:<dependencies> org.segmenta.clustering.KMeansSpeedCheck [rows] [reps]
 * }</pre>
 */
public final class KMeansSpeedCheck {

    private KMeansSpeedCheck() {
    }

    /** Runs the timing; arguments: rows (default 1,000,000), repetitions (default 7), "reference" to time it too. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean reference = Arrays.asList(args).contains("reference");
        int p = 10;
        int k = 8;
        double[][] rows = blobs(n, p, 30, 3.0, 1.0, 1);
        DoubleColumn[] columns = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = rows[i][j];
            }
            columns[j] = DoubleColumn.create("x" + j, column);
        }
        FeatureMatrix features = FeatureMatrix.of(Table.create("blobs", columns),
                Arrays.stream(columns).map(DoubleColumn::name).toArray(String[]::new));
        KMeans kMeans = KMeans.withK(k).restarts(1).seed(42);
        System.out.printf(Locale.ROOT, "%,d × %d, k = %d, one k-means++ start, %d processors%n", n, p, k,
                Runtime.getRuntime().availableProcessors());
        double bestFit = Double.POSITIVE_INFINITY;
        double bestSeeding = Double.POSITIVE_INFINITY;
        double bestLloyd = Double.POSITIVE_INFINITY;
        double bestFlat = Double.POSITIVE_INFINITY;
        double bestSegmentation = Double.POSITIVE_INFINITY;
        double bestLloydCpu = Double.POSITIVE_INFINITY;
        LloydRun run = null;
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            Segmentation segments = kMeans.fit(features);
            long t1 = System.nanoTime();
            RowMajorPoints x = new RowMajorPoints(features.flatValues(), n, p);
            long t2 = System.nanoTime();
            double tolerance = KMeans.DEFAULT_TOLERANCE * KMeans.meanVariance(x);
            long t3 = System.nanoTime();
            double[] centres = GreedyKMeansPlusPlus.centres(x, k, new SplittableRandom(42).split());
            long t4 = System.nanoTime();
            long cpu0 = processCpuNanos();
            run = HamerlyLloyd.run(x, centres, KMeans.DEFAULT_MAX_ITERATIONS, tolerance);
            long t5 = System.nanoTime();
            bestLloydCpu = Math.min(bestLloydCpu, (processCpuNanos() - cpu0) / 1e6);
            Segmentation.of("k-means", features, run.labels(), java.util.Map.of());
            long t6 = System.nanoTime();
            bestFit = Math.min(bestFit, (t1 - t0) / 1e6);
            bestFlat = Math.min(bestFlat, (t2 - t1) / 1e6);
            bestSeeding = Math.min(bestSeeding, (t4 - t3) / 1e6);
            bestLloyd = Math.min(bestLloyd, (t5 - t4) / 1e6);
            bestSegmentation = Math.min(bestSegmentation, (t6 - t5) / 1e6);
            System.out.printf(Locale.ROOT, "run %d: fit %.0f ms (flat copy %.0f, tolerance %.0f, seeding %.0f, "
                    + "Lloyd %.0f ms for %d iterations = %.1f ms/iteration, Segmentation.of %.0f); WCSS %.6f%n", r,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
                    run.iterations(), (t5 - t4) / 1e6 / run.iterations(), (t6 - t5) / 1e6, segments.wcss());
        }
        System.out.printf(Locale.ROOT, "best: fit %.0f ms; flat copy %.0f ms; seeding %.0f ms; Lloyd %.0f ms "
                + "(%d iterations, %.1f ms/iteration); Segmentation.of %.0f ms%n", bestFit, bestFlat, bestSeeding,
                bestLloyd, run.iterations(), bestLloyd / run.iterations(), bestSegmentation);
        System.out.printf(Locale.ROOT, "Lloyd CPU time (all threads): best %.0f ms, %.1f ms/iteration%n",
                bestLloydCpu, bestLloydCpu / run.iterations());
        if (reference) {
            long t0 = System.nanoTime();
            double[][] centres = ReferenceKMeans.seed(rows, k, new SplittableRandom(42).split());
            long t1 = System.nanoTime();
            ReferenceKMeans.Run plain = ReferenceKMeans.lloyd(rows, centres,
                    KMeans.DEFAULT_MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE * ReferenceKMeans.meanVariance(rows));
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "reference: seeding %.0f ms, Lloyd %.0f ms for %d iterations "
                    + "(%.1f ms/iteration), WCSS %.6f, same labels as the fast run: %b%n", (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, plain.iterations(), (t2 - t1) / 1e6 / plain.iterations(), plain.wcss(),
                    Arrays.equals(plain.labels(), run.labels()));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The benchmark's blobs: centres uniform in [−halfWidth, halfWidth]^p, each row around a random centre. */
    static double[][] blobs(int n, int p, int centres, double halfWidth, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centre = new double[centres][p];
        for (double[] c : centre) {
            for (int j = 0; j < p; j++) {
                c[j] = random.nextDouble(-halfWidth, halfWidth);
            }
        }
        double[][] x = new double[n][p];
        for (double[] row : x) {
            double[] c = centre[random.nextInt(centres)];
            for (int j = 0; j < p; j++) {
                row[j] = c[j] + noise * random.nextGaussian();
            }
        }
        return x;
    }
}
