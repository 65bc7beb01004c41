package org.segmenta.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.profiling.SegmentSummary;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.data.DataFrame;
import smile.io.Read;
import smile.math.MathEx;
import tech.tablesaw.api.Table;

/**
 * The mall study as a user runs it, as a whole process: read {@code mall_customers.csv}, take annual income and
 * spending score, segment into k = 5 with 10 restarts, print the segments' sizes and averages. {@link Benchmark}
 * times the process from its start, so JVM start-up and class loading are included: what a notebook cell or the
 * {@code segment} command costs the first time.
 *
 * <pre>
 * java -cp … org.segmenta.bench.MallStudy ours|smile --input data/mall_customers.csv --k 5 --starts 10 …
 * </pre>
 */
public final class MallStudy {

    /** The two features of the study. */
    static final String[] FEATURES = {"Annual Income (k$)", "Spending Score (1-100)"};

    private MallStudy() {
    }

    /**
     * @param args the tool ({@code ours} or {@code smile}) followed by {@link ChildArguments} pairs
     * @throws Exception whatever the tool throws
     */
    public static void main(String[] args) throws Exception {
        Tool tool = Tool.valueOf(args[0].toUpperCase(Locale.ROOT));
        ChildArguments arguments = ChildArguments.parse(Arrays.asList(args).subList(1, args.length));
        try {
            BenchCase c = arguments.benchCase();
            double wcss = switch (tool) {
                case OURS -> ours(c.input(), c.k(), c.starts(), arguments.seed());
                case SMILE -> smile(c.input(), c.k(), c.starts(), arguments.seed());
                case PEER -> throw new IllegalArgumentException("the peer runs in Python: bench/python/peer_bench.py");
                case SPARK -> throw new IllegalArgumentException("Spark runs only the order lines at scale");
                case ELKI -> throw new IllegalArgumentException("ELKI runs only the k-means, elbow and Ward cases");
            };
            String version = tool == Tool.OURS ? OursWorkloads.VERSION : SmileWorkloads.VERSION;
            new ChildReport(version, null, OptionalInt.empty(), OptionalDouble.of(wcss), new double[0], new int[0],
                    List.of()).lines().forEach(System.out::println);
        } catch (Exception | OutOfMemoryError e) {
            ToolRun.reportFailure(e);
        }
    }

    private static double ours(Path csv, int k, int restarts, long seed) {
        Table mall = CustomerData.mallCustomers(csv);
        FeatureMatrix features = FeatureMatrix.of(mall, FEATURES);
        Segmentation segments = KMeans.withK(k).restarts(restarts).seed(seed).fit(features);
        System.out.println(SegmentSummary.of(mall, segments, "Age", FEATURES[0], FEATURES[1]).print());
        return segments.wcss();
    }

    private static double smile(Path csv, int k, int restarts, long seed) throws Exception {
        DataFrame mall = Read.csv(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
        double[][] x = mall.toArray(FEATURES);
        MathEx.setSeed(seed);
        CentroidClustering<double[], double[]> best = Clustering.run(restarts,
                () -> smile.clustering.KMeans.fit(x, k, SmileWorkloads.MAX_ITERATIONS));
        int[] labels = best.group();
        for (int s = 0; s < k; s++) {
            double[] sum = new double[x[0].length];
            int count = 0;
            for (int i = 0; i < x.length; i++) {
                if (labels[i] == s) {
                    count++;
                    for (int j = 0; j < sum.length; j++) {
                        sum[j] += x[i][j];
                    }
                }
            }
            System.out.printf(Locale.ROOT, "segment %d: %d customers, mean income %.1f, mean score %.1f%n", s, count,
                    sum[0] / count, sum[1] / count);
        }
        return Wcss.of(x, labels);
    }
}
