package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.segmenta.charts.DendrogramChart;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Ward linkage above {@link HierarchicalClustering#WARD_MATRIX_LIMIT} customers, where it runs without a distance
 * matrix, through the public API, against SciPy 1.10.1 (numpy 1.24.2, Debian's python3-scipy) and against values
 * worked out by hand.
 */
class LargeWardTest {

    /**
     * 6,000 customers around four centres, from a 64-bit linear congruential generator that Python reproduces bit for
     * bit (no ties: all distances differ). The reference Python:
     *
     * <pre>
     * import numpy as np
     * from scipy.cluster.hierarchy import linkage, fcluster, cophenet, leaves_list
     * from scipy.spatial.distance import pdist
     * def lcg_uniforms(count, seed):
     *     a, c, m = 6364136223846793005, 1442695040888963407, 2**64
     *     s, out = seed, []
     *     for _ in range(count):
     *         s = (a * s + c) % m
     *         out.append((s &gt;&gt; 11) / 2.0**53)
     *     return out
     * n, p = 6000, 2
     * centres = [(0.0, 0.0), (6.0, 1.0), (2.0, 7.0), (8.0, 8.0)]
     * u = lcg_uniforms(2 * n * p, 2024)
     * X = np.array([[centres[i % 4][j] + 3 * (u[2 * (i * p + j)] + u[2 * (i * p + j) + 1] - 1) for j in range(p)]
     *               for i in range(n)])
     * Z = linkage(X, 'ward')
     * </pre>
     */
    private static final FeatureMatrix FOUR_CENTRES = lcgPoints(6000, 2024);

    private static FeatureMatrix lcgPoints(int n, long seed) {
        double[][] centres = {{0.0, 0.0}, {6.0, 1.0}, {2.0, 7.0}, {8.0, 8.0}};
        double[] u = new double[4 * n];
        long s = seed;
        for (int k = 0; k < u.length; k++) {
            s = 6364136223846793005L * s + 1442695040888963407L;
            u[k] = (s >>> 11) / 0x1p53;
        }
        double[][] columns = new double[2][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                columns[j][i] = centres[i % 4][j] + 3 * (u[2 * (i * 2 + j)] + u[2 * (i * 2 + j) + 1] - 1);
            }
        }
        Table table = Table.create("four centres", DoubleColumn.create("x", columns[0]),
                DoubleColumn.create("y", columns[1]));
        return FeatureMatrix.of(table, Scaling.NONE, "x", "y");
    }

    @Test
    void theGeneratedCustomersArePythons() {
        // X[:2].tolist()
        double[][] x = FOUR_CENTRES.values();

        assertArrayEquals(new double[] {-1.0100239685360357, -0.10363792721576859}, x[0]);
        assertArrayEquals(new double[] {6.981168210481184, -0.8382175461959327}, x[1]);
    }

    @Test
    void mergesAreSciPys() {
        // sum((i + 1) * (int(Z[i, 0]) * 7 + int(Z[i, 1]) * 13) for i in range(n - 1)) → 2814296094537
        MergeTree tree = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD);

        long checksum = 0;
        for (int i = 0; i < tree.merges(); i++) {
            checksum += (i + 1L) * (tree.left(i) * 7L + tree.right(i) * 13L);
        }
        assertEquals(2814296094537L, checksum);
        // Z[:2, :2].tolist() → [[3072, 4852], [898, 1742]]
        assertArrayEquals(new int[] {3072, 4852, 898, 1742},
                new int[] {tree.left(0), tree.right(0), tree.left(1), tree.right(1)});
    }

    @Test
    void heightsAreSciPysToNineDigits() {
        // [repr(float(h)) for h in Z[-10:, 2]]; repr(Z[:, 2].sum()) → 3972.1297010492444
        double[] scipyLast = {43.321629414641805, 44.09400089614924, 46.09751582645287, 51.12367053916979,
            51.80798428492917, 52.120460643412365, 52.57479367368386, 234.97171057737395, 239.32127102925728,
            398.6338021323824};

        double[] heights = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD).heights();

        double[] last = Arrays.copyOfRange(heights, heights.length - 10, heights.length);
        for (int i = 0; i < last.length; i++) {
            assertEquals(scipyLast[i], last[i], 1e-9 * scipyLast[i], "height " + (heights.length - 10 + i));
        }
        assertEquals(3972.1297010492444, Arrays.stream(heights).sum(), 1e-9 * 3972.1297010492444);
        // Z[0, 2] → 0.00163734540153408
        assertEquals(0.00163734540153408, heights[0], 1e-9 * heights[0]);
    }

    @Test
    void leafOrderIsSciPys() {
        // L = leaves_list(Z); sum((i + 1) * int(L[i]) for i in range(n)) → 54002977297
        int[] order = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD).leafOrder();

        long checksum = 0;
        for (int i = 0; i < order.length; i++) {
            checksum += (i + 1L) * order[i];
        }
        assertEquals(54002977297L, checksum);
    }

    @Test
    void cutsHaveSciPysSegmentSizes() {
        // sorted(np.bincount(fcluster(Z, k, 'maxclust'))[1:].tolist(), reverse=True) for k = 4 and 10
        MergeTree tree = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD);

        assertArrayEquals(new int[] {1501, 1501, 1499, 1499}, tree.cut(4).sizes());
        assertArrayEquals(new int[] {969, 892, 607, 558, 556, 530, 510, 499, 444, 435}, tree.cut(10).sizes());
    }

    @Test
    void copheneticCorrelationIsSciPys() {
        // cophenet(Z, pdist(X))[0] → 0.7896255729581166
        MergeTree tree = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD);

        assertEquals(0.7896255729581166, tree.copheneticCorrelation(), 1e-9);
    }

    @Test
    void truncatedDendrogramShowsSciPysTopBranches() throws Exception {
        // from scipy.cluster.hierarchy import dendrogram
        // dendrogram(Z, truncate_mode='lastp', p=21, no_plot=True)['ivl']
        List<String> scipy = List.of("(170)", "(437)", "(275)", "(397)", "(220)", "(141)", "(294)", "(510)", "(166)",
                "(390)", "(207)", "(351)", "(444)", "(243)", "(256)", "(141)", "(389)", "(278)", "(193)", "(135)",
                "(363)");
        MergeTree tree = HierarchicalClustering.fit(FOUR_CENTRES, Linkage.WARD);

        XYChart chart = DendrogramChart.truncated(tree, 4, 20);

        Function<Double, String> ticks = chart.getStyler().getxAxisTickLabelsFormattingFunction();
        // The second "(141)" carries a trailing space that keeps XChart from merging equal tick labels.
        assertEquals(scipy, IntStream.range(0, 21).mapToObj(i -> ticks.apply((double) i).strip()).toList());
        assertEquals(List.of("Segment 1 (1501)", "Segment 2 (1501)", "Segment 3 (1499)", "Segment 4 (1499)",
                "Merges above the cut", "cut: 4 segments"), List.copyOf(chart.getSeriesMap().keySet()));
        assertTrue(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG).length > 1000);
    }

    @Test
    void wardTakesMoreCustomersThanCompleteLinkageCan() {
        // 65,536 customers with values 0..96 (i mod 97): copies join at height 0, leaving 97 groups 1 apart; 65,536 =
        // 97·675 + 61, so cut into 97 the groups have 676 customers (61 of them) or 675 (36).
        double[] values = new double[HierarchicalClustering.MAX_CUSTOMERS + 1];
        Arrays.setAll(values, i -> i % 97);
        FeatureMatrix many = FeatureMatrix.of(Table.create("many", DoubleColumn.create("x", values)), "x");

        MergeTree tree = HierarchicalClustering.fit(many, Linkage.WARD);

        int[] sizes = tree.cut(97).sizes();
        assertEquals(97, sizes.length);
        assertTrue(Arrays.stream(sizes, 0, 61).allMatch(size -> size == 676), Arrays.toString(sizes));
        assertTrue(Arrays.stream(sizes, 61, 97).allMatch(size -> size == 675), Arrays.toString(sizes));
        assertEquals(0.0, tree.height(values.length - 98));
        assertTrue(tree.height(values.length - 97) > 0);
    }
}
