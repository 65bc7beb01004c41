package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ward's nearest-neighbour chain on centroids, without a distance matrix, against a hand-worked example, against the
 * distance-matrix chain (itself checked against SciPy in {@link HierarchicalClusteringTest}) and against Ward's
 * identity between merge heights and sums of squares.
 */
class WardCentroidChainTest {

    private static double[][] gaussian(int n, int p, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    /** Integer points in a small box: most distances between customers and between clusters tie. */
    private static double[][] integers(int n, int p, int range, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextInt(range);
            }
        }
        return x;
    }

    private static MergeTree tree(MergeSequence merges) {
        return merges.toTree(null, Linkage.WARD);
    }

    @Test
    void onALineJoinsByTheIncreaseInSumOfSquares() {
        // 0, 1, 3, 7, 15, as worked by hand in HierarchicalClusteringTest: {0,1} at 1; 3 to mean 0.5 at
        // sqrt(4/3)·2.5; 7 to mean 4/3 at sqrt(6/4)·17/3; 15 to mean 11/4 at sqrt(8/5)·49/4.
        MergeTree tree = tree(WardCentroidChain.run(new double[][] {{0}, {1}, {3}, {7}, {15}}, 1));

        assertArrayEquals(new int[] {0, 2, 3, 4}, new int[] {tree.left(0), tree.left(1), tree.left(2), tree.left(3)});
        assertArrayEquals(new int[] {1, 5, 6, 7}, new int[] {tree.right(0), tree.right(1), tree.right(2),
            tree.right(3)});
        assertArrayEquals(new double[] {1, Math.sqrt(4.0 / 3) * 2.5, Math.sqrt(1.5) * 17 / 3, Math.sqrt(1.6) * 12.25},
                tree.heights(), 1e-12);
    }

    @Test
    void givesTheDistanceMatrixTreeOnDataWithoutTies() {
        for (int p : new int[] {1, 2, 3, 6}) {
            double[][] x = gaussian(1500, p, 100 + p);
            MergeTree matrix = tree(NearestNeighbourChain.run(DistanceMatrix.euclidean(x), Linkage.WARD));

            MergeTree centroids = tree(WardCentroidChain.run(x, 1));

            for (int i = 0; i < matrix.merges(); i++) {
                assertEquals(matrix.left(i), centroids.left(i), "p = " + p + ", merge " + i);
                assertEquals(matrix.right(i), centroids.right(i), "p = " + p + ", merge " + i);
                assertEquals(matrix.height(i), centroids.height(i), 1e-9 * matrix.height(i), "p = " + p + ", merge "
                        + i);
            }
        }
    }

    @Test
    void squaredHeightsAddUpToTwiceTheTotalSumOfSquares() {
        // Ward (1963): merging A and B raises the WCSS by h²/2; from n singletons (WCSS 0) to one cluster (WCSS = TSS).
        double[][] x = gaussian(3000, 3, 9);
        double[] mean = new double[3];
        for (double[] row : x) {
            for (int j = 0; j < 3; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double total = 0;
        for (double[] row : x) {
            total += Segmentation.squaredDistance(row, mean);
        }

        double halfSquares = 0;
        for (double h : tree(WardCentroidChain.run(x, 1)).heights()) {
            halfSquares += h * h / 2;
        }

        assertEquals(total, halfSquares, 1e-10 * total);
    }

    @Test
    void givesTheSameTreeWithOneThreadOrSeveral() {
        // 12,000 × 2: searches over more than 8,192 clusters are split between threads.
        double[][] x = gaussian(12_000, 2, 21);

        MergeTree one = tree(WardCentroidChain.run(x, 1));
        MergeTree three = tree(WardCentroidChain.run(x, 3));

        assertArrayEquals(one.linkageMatrix(), three.linkageMatrix());
    }

    @Test
    void breaksTiesTheSameWayWithOneThreadOrSeveral() {
        // 20,000 integer points in a 40 × 40 box: ties between parts of a split search go to the lower slot.
        double[][] x = integers(20_000, 2, 40, 33);

        MergeTree one = tree(WardCentroidChain.run(x, 1));
        MergeTree two = tree(WardCentroidChain.run(x, 2));

        assertArrayEquals(one.linkageMatrix(), two.linkageMatrix());
    }

    @Test
    void joinsIdenticalCustomersFirstAtHeightZero() {
        // 0, 5, 0, 5, 0: the three 0s and the two 5s join at height 0, then the groups at sqrt(2·3·2/5)·5.
        MergeTree tree = tree(WardCentroidChain.run(new double[][] {{0}, {5}, {0}, {5}, {0}}, 1));

        assertArrayEquals(new double[] {0, 0, 0, Math.sqrt(12.0 / 5) * 5}, tree.heights(), 1e-12);
        assertEquals(5, tree.size(3));
    }
}
