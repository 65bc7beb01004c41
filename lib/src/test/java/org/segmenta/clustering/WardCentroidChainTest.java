package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.segmenta.testing.RandomPoints;

/**
 * Ward's nearest-neighbour chain on centroids, without a distance matrix, against a hand-worked example, against the
 * distance-matrix chain (itself checked against SciPy in {@link HierarchicalClusteringTest}) and against Ward's
 * identity between merge heights and sums of squares.
 */
class WardCentroidChainTest {

    static MergeTree tree(MergeSequence merges) {
        return merges.toTree(null, Linkage.WARD);
    }

    @Test
    void onALineJoinsByTheIncreaseInSumOfSquares() {
        // 0, 1, 3, 7, 15, as worked by hand in HierarchicalClusteringTest: {0,1} at 1; 3 to mean 0.5 at
        // sqrt(4/3)·2.5; 7 to mean 4/3 at sqrt(6/4)·17/3; 15 to mean 11/4 at sqrt(8/5)·49/4.
        MergeTree tree = tree(WardCentroidChain.run(new double[][] {{0}, {1}, {3}, {7}, {15}}));

        assertArrayEquals(new int[] {0, 2, 3, 4}, new int[] {tree.left(0), tree.left(1), tree.left(2), tree.left(3)});
        assertArrayEquals(new int[] {1, 5, 6, 7}, new int[] {tree.right(0), tree.right(1), tree.right(2),
            tree.right(3)});
        assertArrayEquals(new double[] {1, Math.sqrt(4.0 / 3) * 2.5, Math.sqrt(1.5) * 17 / 3, Math.sqrt(1.6) * 12.25},
                tree.heights(), 1e-12);
    }

    @Test
    void givesTheDistanceMatrixTreeOnDataWithoutTies() {
        for (int p : new int[] {1, 2, 3, 6}) {
            double[][] x = new RandomPoints(100 + p).gaussian(1500, p);
            MergeTree matrix = tree(NearestNeighbourChain.run(DistanceMatrix.euclidean(x), Linkage.WARD));

            MergeTree centroids = tree(WardCentroidChain.run(x));

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
        double[][] x = new RandomPoints(9).gaussian(3000, 3);
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
        for (double h : tree(WardCentroidChain.run(x)).heights()) {
            halfSquares += h * h / 2;
        }

        assertEquals(total, halfSquares, 1e-10 * total);
    }

    /**
     * Ward's chain on centroids written plainly, as a reference: every search scans all active clusters in slot order
     * (the previous link first, then a strictly smaller dissimilarity wins), with the same arithmetic as the class
     * under test, so even tied dissimilarities compare the same way.
     */
    private static MergeSequence plainChain(double[][] rows) {
        int n = rows.length;
        int p = rows[0].length;
        double[][] centroid = new double[n][];
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            centroid[i] = rows[i].clone();
            size[i] = 1;
        }
        MergeSequence merges = new MergeSequence(n);
        int[] chain = new int[n];
        int length = 0;
        for (int merge = 0; merge < n - 1; merge++) {
            if (length == 0) {
                int first = 0;
                while (size[first] == 0) {
                    first++;
                }
                chain[length++] = first;
            }
            int last;
            int nearest;
            double nearestValue;
            while (true) {
                last = chain[length - 1];
                int previous = length > 1 ? chain[length - 2] : -1;
                nearest = previous;
                nearestValue = previous < 0 ? Double.POSITIVE_INFINITY : ward(centroid, size, last, previous, p);
                for (int i = 0; i < n; i++) {
                    if (size[i] > 0 && i != last) {
                        double value = ward(centroid, size, last, i, p);
                        if (value < nearestValue) {
                            nearestValue = value;
                            nearest = i;
                        }
                    }
                }
                if (nearest == previous) {
                    break;
                }
                chain[length++] = nearest;
            }
            length -= 2;
            int low = Math.min(last, nearest);
            int high = Math.max(last, nearest);
            merges.add(low, high, Math.sqrt(nearestValue));
            double total = size[low] + size[high];
            for (int j = 0; j < p; j++) {
                centroid[high][j] = (size[low] * centroid[low][j] + size[high] * centroid[high][j]) / total;
            }
            size[high] = total;
            size[low] = 0;
        }
        return merges;
    }

    /** Ward's squared dissimilarity 2·a·b/(a + b)·‖c_b − c_a‖², summed over coordinates in order. */
    private static double ward(double[][] centroid, double[] size, int a, int b, int p) {
        double squared = 0;
        for (int j = 0; j < p; j++) {
            double difference = centroid[b][j] - centroid[a][j];
            squared += difference * difference;
        }
        return 2 * size[a] * size[b] / (size[a] + size[b]) * squared;
    }

    @Test
    void givesThePlainChainsTreeOnTiedData() {
        // Integer points in small boxes, in 1, 2 and 3 dimensions: ties everywhere, broken the same way.
        for (int p = 1; p <= 3; p++) {
            double[][] x = new RandomPoints(40 + p).integers(3000, p, 12);

            MergeTree plain = tree(plainChain(x));
            MergeTree pruned = tree(WardCentroidChain.run(x));

            assertArrayEquals(plain.linkageMatrix(), pruned.linkageMatrix(), "p = " + p);
        }
    }

    @Test
    void givesThePlainChainsTreeOnDataWithoutTies() {
        double[][] x = new RandomPoints(17).gaussian(3000, 4);

        assertArrayEquals(tree(plainChain(x)).linkageMatrix(), tree(WardCentroidChain.run(x)).linkageMatrix());
    }

    @Test
    void joinsIdenticalCustomersFirstAtHeightZero() {
        // 0, 5, 0, 5, 0: the three 0s and the two 5s join at height 0, then the groups at sqrt(2·3·2/5)·5.
        MergeTree tree = tree(WardCentroidChain.run(new double[][] {{0}, {5}, {0}, {5}, {0}}));

        assertArrayEquals(new double[] {0, 0, 0, Math.sqrt(12.0 / 5) * 5}, tree.heights(), 1e-12);
        assertEquals(5, tree.size(3));
    }
}
