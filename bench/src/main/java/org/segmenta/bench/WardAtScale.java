package org.segmenta.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.segmenta.charts.DendrogramChart;
import org.segmenta.clustering.HierarchicalClustering;
import org.segmenta.clustering.Linkage;
import org.segmenta.clustering.MergeTree;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;

/**
 * A measuring harness, not a test: Ward linkage through the public API on n customers drawn from eight overlapping
 * Gaussian blobs in p dimensions (fixed seed), then the things people do with the tree, each timed. Run it under
 * {@code /usr/bin/time -v} or {@code farm-bench} to read the peak resident memory, e.g.
 *
 * <pre>
 * java -cp bench/target/classes:lib/target/classes:$(cat cp.txt) org.segmenta.bench.WardAtScale 100000 2 all
 * </pre>
 *
 * <p>Arguments: n, p, and what to run after the fit: {@code fit} (nothing), {@code cut} (cuts, height for k, table,
 * truncated dendrogram rendered to PNG) or {@code all} (also the cophenetic correlation, O(n²·p)).
 */
public final class WardAtScale {

    private WardAtScale() {
    }

    /**
     * @param args n, p, and {@code fit}, {@code cut} or {@code all}
     */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int p = Integer.parseInt(args[1]);
        String what = args.length > 2 ? args[2] : "fit";
        FeatureMatrix features = blobs(n, p, 8, 20_260_101L);

        long start = System.nanoTime();
        MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
        report("fit", start, "last height " + tree.height(n - 2));
        if (what.equals("cut") || what.equals("all")) {
            start = System.nanoTime();
            Segmentation eight = tree.cut(8);
            Segmentation same = tree.cutAtHeight(tree.heightForK(8));
            int rows = tree.table().rowCount();
            report("cuts", start, "sizes " + Arrays.toString(eight.sizes()) + ", same by height: "
                    + Arrays.equals(eight.labels(), same.labels()) + ", table rows " + rows);
            start = System.nanoTime();
            XYChart chart = DendrogramChart.truncated(tree, 8, 30);
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            report("dendrogram", start, png.length + " bytes of PNG");
        }
        if (what.equals("all")) {
            start = System.nanoTime();
            double r = tree.copheneticCorrelation();
            report("cophenetic", start, "r = " + r);
        }
    }

    /** n customers around {@code blobs} centres drawn uniformly in [0, 10)^p, each coordinate N(centre, 1). */
    static FeatureMatrix blobs(int n, int p, int blobs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[blobs][p];
        for (double[] centre : centres) {
            for (int j = 0; j < p; j++) {
                centre[j] = 10 * random.nextDouble();
            }
        }
        double[][] columns = new double[p][n];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(blobs)];
            for (int j = 0; j < p; j++) {
                columns[j][i] = centre[j] + gaussian(random);
            }
        }
        return UnscaledFeatures.of(columns);
    }

    /** A standard normal draw (Marsaglia's polar method). */
    private static double gaussian(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    private static void report(String step, long start, String result) {
        System.out.printf(Locale.ROOT, "%-11s %8.3f s  %s%n", step, (System.nanoTime() - start) / 1e9, result);
    }
}
