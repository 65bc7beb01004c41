package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.Partitions.assertSamePartition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Hierarchical clustering against hand-worked examples and SciPy 1.10.1 ({@code /usr/bin/python3}, Debian's
 * python3-scipy, numpy 1.24.2). Reference Python, with these imports:
 *
 * <pre>
 * import numpy as np, collections
 * from scipy.cluster.hierarchy import linkage, fcluster, cophenet, leaves_list
 * from scipy.spatial.distance import pdist
 * </pre>
 */
class HierarchicalClusteringTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";
    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), INCOME, SCORE);

    /** Five customers on a line, all ten distances distinct: 0, 1, 3, 7, 15. */
    private static final FeatureMatrix LINE = Points.of(new double[][] {{0}, {1}, {3}, {7}, {15}});

    /** Nine customers in the plane, all 36 distances distinct (checked with pdist). */
    private static final double[][] PLANE = {{0.0, 0.0}, {1.0, 0.3}, {0.4, 1.1}, {5.0, 5.2}, {5.9, 4.65}, {6.3, 6.1},
        {10.2, 0.4}, {9.1, 1.3}, {3.1, 2.9}};

    private static void assertMerges(int[][] expectedChildren, double[] expectedHeights, MergeTree tree) {
        assertEquals(expectedChildren.length, tree.merges());
        for (int i = 0; i < expectedChildren.length; i++) {
            assertEquals(expectedChildren[i][0], tree.left(i), "left child of merge " + i);
            assertEquals(expectedChildren[i][1], tree.right(i), "right child of merge " + i);
            assertEquals(expectedHeights[i], tree.height(i), 1e-12 * Math.max(1, expectedHeights[i]),
                    "height of merge " + i);
        }
    }

    // ---- Hand-worked: 0, 1, 3, 7, 15 on a line. Every linkage merges {0,1}, then 3, then 7, then 15. ----

    @Test
    void singleLinkageOnALineJoinsByTheNearestGap() {
        // {0,1} at 1; 3 to {0,1}: min(3, 2) = 2; 7 to {0,1,3}: min(7, 6, 4) = 4; 15 to the rest: 15 − 7 = 8.
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.SINGLE);

        assertMerges(new int[][] {{0, 1}, {2, 5}, {3, 6}, {4, 7}}, new double[] {1, 2, 4, 8}, tree);
    }

    @Test
    void completeLinkageOnALineJoinsByTheFarthestPair() {
        // {0,1} at 1; 3 to {0,1}: max(3, 2) = 3 < 4 (3 to 7); 7 to {0,1,3}: max(7, 6, 4) = 7 < 8; 15 to all: 15.
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.COMPLETE);

        assertMerges(new int[][] {{0, 1}, {2, 5}, {3, 6}, {4, 7}}, new double[] {1, 3, 7, 15}, tree);
    }

    @Test
    void averageLinkageOnALineJoinsByTheMeanDistance() {
        // {0,1} at 1; 3: (3 + 2)/2 = 2.5; 7: (7 + 6 + 4)/3 = 17/3 < 8; 15: (15 + 14 + 12 + 8)/4 = 49/4.
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.AVERAGE);

        assertMerges(new int[][] {{0, 1}, {2, 5}, {3, 6}, {4, 7}}, new double[] {1, 2.5, 17.0 / 3, 12.25}, tree);
    }

    @Test
    void wardLinkageOnALineJoinsByTheIncreaseInSumOfSquares() {
        // d(A,B) = sqrt(2|A||B|/(|A|+|B|)) · |mean A − mean B|: {0,1} at 1; 3 to mean 0.5: sqrt(4/3)·2.5;
        // 7 to mean 4/3: sqrt(6/4)·17/3 (< 8, the gap 7–15); 15 to mean 11/4: sqrt(8/5)·49/4.
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.WARD);

        assertMerges(new int[][] {{0, 1}, {2, 5}, {3, 6}, {4, 7}}, new double[] {1, Math.sqrt(4.0 / 3) * 2.5,
            Math.sqrt(1.5) * 17 / 3, Math.sqrt(1.6) * 12.25}, tree);
    }

    @Test
    void leafOrderWalksTheTreeSmallerIdFirst() {
        // Root joins leaf 4 and cluster 7 → 4 first; 7 = (3, 6) → 3; 6 = (2, 5) → 2; 5 = (0, 1).
        // SciPy: leaves_list(linkage([[0],[1],[3],[7],[15]], 'ward')) → [4, 3, 2, 0, 1]
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.WARD);

        assertArrayEquals(new int[] {4, 3, 2, 0, 1}, tree.leafOrder());
    }

    @Test
    void mergeSizesCountTheCustomersJoined() {
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.AVERAGE);

        assertArrayEquals(new int[] {2, 3, 4, 5}, new int[] {tree.size(0), tree.size(1), tree.size(2), tree.size(3)});
    }

    // ---- SciPy on nine points in the plane (no ties); the linkages give three different trees. ----
    // X = np.array([[0.0, 0.0], [1.0, 0.3], [0.4, 1.1], [5.0, 5.2], [5.9, 4.65], [6.3, 6.1], [10.2, 0.4],
    //               [9.1, 1.3], [3.1, 2.9]])
    // for m in ['ward', 'complete', 'average', 'single']:
    //     Z = linkage(X, m); print(Z[:, :2], repr(Z[:, 2]), leaves_list(Z), repr(cophenet(Z, pdist(X))[0]))

    @Test
    void wardMatchesSciPyOnNinePoints() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.WARD);

        assertMerges(new int[][] {{1, 2}, {3, 4}, {0, 9}, {6, 7}, {5, 10}, {8, 13}, {12, 14}, {11, 15}},
                new double[] {1.0, 1.0547511554864495, 1.1430952132988166, 1.4212670403551895, 1.6745646200331188,
                    4.377451694003412, 9.777461326949853, 13.619032842149826}, tree);
        assertArrayEquals(new int[] {0, 1, 2, 6, 7, 8, 5, 3, 4}, tree.leafOrder());
        assertEquals(0.8329929456054815, tree.copheneticCorrelation(), 1e-12);
    }

    @Test
    void completeLinkageMatchesSciPyOnNinePoints() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.COMPLETE);

        assertMerges(new int[][] {{1, 2}, {3, 4}, {0, 9}, {6, 7}, {5, 10}, {8, 11}, {12, 13}, {14, 15}},
                new double[] {1.0, 1.0547511554864495, 1.1704699910719625, 1.4212670403551895, 1.5811388300841893,
                    4.244997055358225, 7.076722405181652, 10.207840124139876}, tree);
        assertArrayEquals(new int[] {8, 0, 1, 2, 6, 7, 5, 3, 4}, tree.leafOrder());
        assertEquals(0.8376254056106144, tree.copheneticCorrelation(), 1e-12);
    }

    @Test
    void averageLinkageMatchesSciPyOnNinePoints() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.AVERAGE);

        assertMerges(new int[][] {{1, 2}, {3, 4}, {0, 9}, {6, 7}, {5, 10}, {8, 13}, {12, 14}, {11, 15}},
                new double[] {1.0, 1.0547511554864495, 1.1072503209815088, 1.4212670403551895, 1.5426498628666603,
                    3.603554524616325, 6.2018030120931105, 7.26629516453935}, tree);
        assertArrayEquals(new int[] {0, 1, 2, 6, 7, 8, 5, 3, 4}, tree.leafOrder());
        assertEquals(0.8438522834909162, tree.copheneticCorrelation(), 1e-12);
    }

    @Test
    void singleLinkageMatchesSciPyOnNinePoints() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.SINGLE);

        assertMerges(new int[][] {{1, 2}, {0, 9}, {3, 4}, {6, 7}, {5, 11}, {8, 13}, {10, 14}, {12, 15}},
                new double[] {1.0, 1.044030650891055, 1.0547511554864495, 1.4212670403551895, 1.5041608956491315,
                    2.9832867780352594, 3.2449961479175906, 4.6327637539594}, tree);
        assertArrayEquals(new int[] {6, 7, 0, 1, 2, 8, 5, 3, 4}, tree.leafOrder());
        assertEquals(0.8090756369353391, tree.copheneticCorrelation(), 1e-12);
    }

    @Test
    void heightForKLiesMidwayBetweenTheMergesAroundTheCut() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.COMPLETE);

        // 3 segments: the 6th merge (4.244997055358225) is kept, the 7th (7.076722405181652) undone.
        assertEquals((4.244997055358225 + 7.076722405181652) / 2, tree.heightForK(3), 1e-12);
    }

    @Test
    void cuttingAtHeightForKGivesTheSameSegmentsAsCuttingIntoK() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.WARD);

        for (int k = 1; k <= 9; k++) {
            assertArrayEquals(tree.cut(k).labels(), tree.cutAtHeight(tree.heightForK(k)).labels(), "k = " + k);
        }
    }

    @Test
    void cutIntoThreeMatchesSciPyMaxclust() {
        // fcluster(linkage(X, 'single'), 3, 'maxclust') → [2 2 2 3 3 3 1 1 3]
        MergeTree tree = HierarchicalClustering.fit(Points.of(PLANE), Linkage.SINGLE);

        assertSamePartition(new int[] {2, 2, 2, 3, 3, 3, 1, 1, 3}, tree.cut(3).labels());
    }

    // ---- The mall data (income, spending score; unscaled): integers, full of tied distances. ----
    // X = np.loadtxt('data/mall_customers.csv', delimiter=',', skiprows=1, usecols=(3, 4)); Z = linkage(X, 'ward')

    @Test
    void mallWardCutIntoFiveHasSciPysSegmentSizes() {
        // sorted(collections.Counter(fcluster(Z, 5, 'maxclust')).values(), reverse=True) → [85, 39, 32, 23, 21]
        Segmentation five = HierarchicalClustering.fit(MALL, Linkage.WARD).cut(5);

        assertArrayEquals(new int[] {85, 39, 32, 23, 21}, five.sizes());
    }

    @Test
    void mallWardCutIntoFivePutsTheSameCustomersTogetherAsSciPy() {
        // list(fcluster(Z, 5, 'maxclust'))
        int[] scipy = {2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2,
            1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 5, 4, 5, 4, 3, 4, 5, 4, 5, 4, 5, 4, 5,
            4, 3, 4, 5, 4, 3, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 3, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5,
            4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4};

        Segmentation five = HierarchicalClustering.fit(MALL, Linkage.WARD).cut(5);

        assertSamePartition(scipy, five.labels());
    }

    @Test
    void mallWardCopheneticCorrelationEqualsSciPys() {
        // cophenet(Z, pdist(X))[0] → 0.7179298392392908
        MergeTree tree = HierarchicalClustering.fit(MALL, Linkage.WARD);

        assertEquals(0.7179298392392908, tree.copheneticCorrelation(), 1e-9);
    }

    @Test
    void mallWardCutAtHeightHundredGivesSciPysDistanceGroups() {
        // f = fcluster(Z, 100, 'distance'): 8 groups of sizes [49, 36, 30, 23, 23, 21, 9, 9]; list(f)
        int[] scipy = {2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1,
            2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 3, 3, 4, 4, 3, 4, 3, 4, 4, 3, 3, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 4, 6, 4, 6, 7, 6, 7, 6, 4, 6, 7, 6, 7, 6, 7, 6, 7, 6, 4,
            6, 7, 6, 4, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 4, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 6, 7, 5,
            8, 5, 7, 5, 8, 5, 8, 6, 8, 5, 8, 6, 8, 5, 8, 5, 8, 5, 8, 5};

        Segmentation cut = HierarchicalClustering.fit(MALL, Linkage.WARD).cutAtHeight(100);

        assertArrayEquals(new int[] {49, 36, 30, 23, 23, 21, 9, 9}, cut.sizes());
        assertSamePartition(scipy, cut.labels());
        assertEquals(100.0, cut.parameters().get("cut height"));
    }

    @Test
    void mallWardLeafOrderIsSciPysLeavesList() {
        // list(leaves_list(Z))
        int[] scipy = {1, 3, 5, 13, 15, 37, 39, 27, 9, 17, 31, 21, 23, 7, 11, 19, 33, 41, 35, 25, 29, 12, 10, 14, 8, 2,
            6, 24, 34, 36, 22, 30, 32, 40, 42, 38, 44, 0, 4, 26, 28, 18, 16, 20, 51, 53, 43, 45, 46, 50, 52, 63, 65, 68,
            60, 61, 70, 73, 77, 74, 85, 71, 83, 79, 82, 72, 59, 67, 69, 56, 64, 66, 58, 62, 55, 48, 49, 47, 54, 57, 142,
            146, 160, 124, 126, 132, 89, 96, 95, 99, 92, 97, 101, 109, 107, 113, 106, 110, 114, 115, 91, 93, 94, 98, 100,
            105, 116, 108, 112, 118, 121, 122, 119, 120, 111, 103, 104, 102, 117, 78, 80, 84, 76, 75, 81, 87, 90, 86, 88,
            199, 195, 197, 193, 185, 189, 179, 181, 183, 175, 167, 173, 161, 149, 151, 155, 135, 143, 123, 127, 163, 141,
            145, 147, 159, 153, 157, 133, 137, 139, 125, 129, 131, 187, 191, 165, 171, 169, 177, 162, 156, 158, 140, 134,
            136, 138, 128, 130, 172, 176, 170, 174, 178, 182, 166, 164, 168, 148, 152, 144, 150, 154, 180, 184, 188, 186,
            190, 192, 194, 196, 198};

        assertArrayEquals(scipy, HierarchicalClustering.fit(MALL, Linkage.WARD).leafOrder());
    }

    @Test
    void mallCompleteLinkageBreaksTiesAsSciPyDoes() {
        // Zc = linkage(X, 'complete'): sizes at 5 → [85, 39, 32, 23, 21]; cophenet(Zc, pdist(X))[0] → 0.6793512047747837.
        // (Smile 6.3.0 breaks the ties differently: 87/42/39/23/9 and 0.585.)
        MergeTree tree = HierarchicalClustering.fit(MALL, Linkage.COMPLETE);

        assertArrayEquals(new int[] {85, 39, 32, 23, 21}, tree.cut(5).sizes());
        assertEquals(0.6793512047747837, tree.copheneticCorrelation(), 1e-9);
    }

    @Test
    void mallAverageAndSingleLinkageMatchSciPy() {
        // average: [102, 38, 36, 21, 3], cophenet 0.7213231987699918; single: [193, 3, 2, 1, 1], 0.7230703278062255
        MergeTree average = HierarchicalClustering.fit(MALL, Linkage.AVERAGE);
        MergeTree single = HierarchicalClustering.fit(MALL, Linkage.SINGLE);

        assertArrayEquals(new int[] {102, 38, 36, 21, 3}, average.cut(5).sizes());
        assertEquals(0.7213231987699918, average.copheneticCorrelation(), 1e-9);
        assertArrayEquals(new int[] {193, 3, 2, 1, 1}, single.cut(5).sizes());
        assertEquals(0.7230703278062255, single.copheneticCorrelation(), 1e-9);
    }

    @Test
    void mallSingleLinkageJoinsTiedCustomersInSciPysOrder() {
        // Zs = linkage(X, 'single'): the first 12 merges (heights 0, 0, 0, 0, then eight at 1) in SciPy's order:
        // [[int(a), int(b)] for a, b in Zs[:12, :2]]
        int[][] scipy = {{48, 49}, {65, 68}, {156, 158}, {129, 131}, {67, 69}, {64, 66}, {60, 61}, {63, 201}, {51, 53},
            {74, 77}, {85, 209}, {79, 82}};

        MergeTree tree = HierarchicalClustering.fit(MALL, Linkage.SINGLE);

        for (int i = 0; i < scipy.length; i++) {
            assertArrayEquals(scipy[i], new int[] {tree.left(i), tree.right(i)}, "merge " + i);
            assertEquals(i < 4 ? 0.0 : 1.0, tree.height(i), "merge " + i);
        }
    }

    @Test
    void wardMergeRaisesWithinSumOfSquaresByHalfItsHeightSquared() {
        // Ward (1963): merging A and B raises WCSS by |A||B|/(|A|+|B|)·‖mean A − mean B‖² = h²/2. WCSS from labels alone.
        MergeTree tree = HierarchicalClustering.fit(MALL, Linkage.WARD);
        double[][] x = MallData.incomeAndScore();

        for (int k = 1; k < 12; k++) {
            double increase = MallData.withinSumOfSquares(x, tree.cut(k).labels())
                    - MallData.withinSumOfSquares(x, tree.cut(k + 1).labels());
            double height = tree.height(tree.merges() - k);
            assertEquals(height * height / 2, increase, 1e-9 * increase, "k = " + k);
        }
    }

    // ---- Properties on random data, checked by brute force from the definitions. ----

    /** The linkage distance between two groups of rows, straight from its definition. */
    private static double linkageDistance(Linkage linkage, double[][] x, List<Integer> a, List<Integer> b) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                double d = Math.sqrt(Segmentation.squaredDistance(x[i], x[j]));
                min = Math.min(min, d);
                max = Math.max(max, d);
                sum += d;
            }
        }
        double[] meanA = new double[x[0].length];
        double[] meanB = new double[x[0].length];
        for (int j = 0; j < meanA.length; j++) {
            for (int i : a) {
                meanA[j] += x[i][j] / a.size();
            }
            for (int i : b) {
                meanB[j] += x[i][j] / b.size();
            }
        }
        return switch (linkage) {
            case SINGLE -> min;
            case COMPLETE -> max;
            case AVERAGE -> sum / (a.size() * b.size());
            case WARD -> Math.sqrt(2.0 * a.size() * b.size() / (a.size() + b.size())
                    * Segmentation.squaredDistance(meanA, meanB));
        };
    }

    @Test
    void everyMergeJoinsTheClosestPairOfClustersAtTheirLinkageDistance() {
        double[][] x = new RandomPoints(11).gaussian(40, 3);
        for (Linkage linkage : Linkage.values()) {
            MergeTree tree = HierarchicalClustering.fit(Points.of(x), linkage);
            Map<Integer, List<Integer>> clusters = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                clusters.put(i, List.of(i));
            }
            for (int m = 0; m < tree.merges(); m++) {
                double closest = Double.POSITIVE_INFINITY;
                List<Integer> ids = new ArrayList<>(clusters.keySet());
                for (int a = 0; a < ids.size(); a++) {
                    for (int b = a + 1; b < ids.size(); b++) {
                        closest = Math.min(closest,
                                linkageDistance(linkage, x, clusters.get(ids.get(a)), clusters.get(ids.get(b))));
                    }
                }
                List<Integer> left = clusters.remove(tree.left(m));
                List<Integer> right = clusters.remove(tree.right(m));
                double joined = linkageDistance(linkage, x, left, right);
                assertEquals(closest, joined, 1e-12, linkage + " merge " + m + " is not the closest pair");
                assertEquals(joined, tree.height(m), 1e-12, linkage + " height of merge " + m);
                List<Integer> union = new ArrayList<>(left);
                union.addAll(right);
                clusters.put(x.length + m, union);
            }
        }
    }

    @Test
    void mergesAgreeWithSmileOnDataWithoutTies() {
        // Smile 6.3.0 as an independent implementation: same merges; heights equal up to its float storage. Its heights
        // are Euclidean for every linkage (Ward: the square root of its squared-distance criterion).
        double[][] x = new RandomPoints(5).gaussian(60, 3);
        Map<Linkage, smile.clustering.linkage.Linkage> smileLinkages = Map.of(
                Linkage.WARD, smile.clustering.linkage.WardLinkage.of(x),
                Linkage.COMPLETE, smile.clustering.linkage.CompleteLinkage.of(x),
                Linkage.AVERAGE, smile.clustering.linkage.UPGMALinkage.of(x),
                Linkage.SINGLE, smile.clustering.linkage.SingleLinkage.of(x));
        for (Linkage linkage : Linkage.values()) {
            smile.clustering.HierarchicalClustering reference =
                    smile.clustering.HierarchicalClustering.fit(smileLinkages.get(linkage));
            MergeTree tree = HierarchicalClustering.fit(Points.of(x), linkage);
            for (int i = 0; i < tree.merges(); i++) {
                assertEquals(reference.tree()[i][0], tree.left(i), linkage + " merge " + i);
                assertEquals(reference.tree()[i][1], tree.right(i), linkage + " merge " + i);
                assertEquals(reference.height()[i], tree.height(i), 1e-5 * tree.height(i), linkage + " merge " + i);
            }
        }
    }

    @Test
    void customerPersonalityWardTreeIsBuiltAndReadInSeconds() {
        // 2,240 customers, 7 standardised features: the distance matrix alone is 2.5 million pairs.
        FeatureMatrix features = FeatureMatrix.of(
                CustomerData.customerPersonality(java.nio.file.Path.of("../data/marketing_campaign.csv")),
                Scaling.STANDARD, "MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts", "MntSweetProducts",
                "MntGoldProds", "Recency");
        long start = System.nanoTime();

        MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
        Segmentation five = tree.cut(5);
        double cophenetic = tree.copheneticCorrelation();

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2240, five.labels().length);
        assertTrue(cophenetic > 0 && cophenetic < 1, "cophenetic correlation " + cophenetic);
        assertTrue(seconds < 10, "took " + seconds + " s");
    }

    // ---- Results and errors. ----

    @Test
    void cutNamesTheLinkageAndK() {
        Segmentation cut = HierarchicalClustering.fit(LINE, Linkage.WARD).cut(2);

        assertEquals("Ward linkage", cut.method());
        assertEquals(Linkage.WARD, cut.parameters().get("linkage"));
        assertEquals(2, cut.parameters().get("k"));
        assertArrayEquals(new int[] {0, 0, 0, 0, 1}, cut.labels());
    }

    @Test
    void aCutHasNoIterationsAndNoWarnings() {
        Segmentation cut = HierarchicalClustering.fit(LINE, Linkage.WARD).cut(2);

        assertFalse(cut.iterative());
        assertEquals(java.util.List.of(), cut.warnings());
        IllegalStateException error = assertThrows(IllegalStateException.class, cut::converged);
        assertTrue(error.getMessage().contains("made by Ward linkage, which does not iterate"), error.getMessage());
    }

    @Test
    void cutGivesExactlyKSegmentsEvenWhenMergesTie() {
        // 0, 1, 2: both single-linkage merges are at height 1. SciPy's fcluster(Z, 2, 'maxclust') gives one
        // cluster [1 1 1]; cut(2) undoes the last merge and gives two.
        MergeTree tree = HierarchicalClustering.fit(Points.of(new double[][] {{0}, {1}, {2}}), Linkage.SINGLE);

        assertEquals(2, tree.cut(2).k());
    }

    @Test
    void heightForKRefusesACutInsideATieAndSaysWhatToDo() {
        MergeTree tree = HierarchicalClustering.fit(Points.of(new double[][] {{0}, {1}, {2}}), Linkage.SINGLE);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> tree.heightForK(2));

        assertTrue(error.getMessage().contains("cut(2)"), error.getMessage());
    }

    @Test
    void kOutsideOneToNIsRefusedWithTheRange() {
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.WARD);

        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> tree.cut(0));
        IllegalArgumentException six = assertThrows(IllegalArgumentException.class, () -> tree.cut(6));

        assertTrue(zero.getMessage().contains("from 1 to 5"), zero.getMessage());
        assertTrue(six.getMessage().contains("k = 6"), six.getMessage());
    }

    @Test
    void negativeCutHeightIsRefused() {
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.WARD);

        assertThrows(IllegalArgumentException.class, () -> tree.cutAtHeight(-1));
        assertThrows(IllegalArgumentException.class, () -> tree.cutAtHeight(Double.NaN));
    }

    @Test
    void tooManyCustomersAreRefusedWithTheLimitAndAlternatives() {
        double[] values = new double[HierarchicalClustering.MAX_CUSTOMERS + 1];
        Arrays.setAll(values, i -> i % 97);
        FeatureMatrix many = FeatureMatrix.of(Table.create("many", DoubleColumn.create("x", values)), "x");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HierarchicalClustering.fit(many, Linkage.COMPLETE));

        assertTrue(error.getMessage().contains("65,535"), error.getMessage());
        assertTrue(error.getMessage().contains("65,536"), error.getMessage());
        assertTrue(error.getMessage().contains("k-means") && error.getMessage().contains("sample"), error.getMessage());
    }

    @Test
    void linkageMatrixHasSciPysColumns() {
        double[][] z = HierarchicalClustering.fit(LINE, Linkage.SINGLE).linkageMatrix();

        assertArrayEquals(new double[] {2, 5, 2, 3}, z[1]);
    }

    @Test
    void heightsAreCopiedSoCallersCannotChangeTheTree() {
        MergeTree tree = HierarchicalClustering.fit(LINE, Linkage.SINGLE);

        tree.heights()[0] = 99;
        tree.leafOrder()[0] = 99;

        assertEquals(1.0, tree.height(0));
        assertEquals(4, tree.leafOrder()[0]);
    }

    @Test
    void tableListsEveryMergeWithTheSegmentsLeft() {
        Table table = HierarchicalClustering.fit(LINE, Linkage.COMPLETE).table();

        assertEquals(4, table.rowCount());
        assertEquals(List.of("Merge", "Joins cluster", "With cluster", "Height", "Size", "Segments after"),
                table.columnNames());
        assertEquals(15.0, table.doubleColumn("Height").get(3));
        assertEquals(1, table.intColumn("Segments after").get(3));
    }
}
