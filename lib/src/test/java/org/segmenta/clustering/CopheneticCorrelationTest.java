package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.RandomPoints;

/**
 * The streaming cophenetic correlation against its definition computed plainly: every pair's distance and cophenetic
 * distance (the height of the merge that joins them, found by following the merges with member lists), then Pearson's
 * correlation in two passes.
 */
class CopheneticCorrelationTest {

    /** Pearson's correlation over all pairs between distance and cophenetic distance, from the definitions. */
    private static double plainCophenetic(double[][] x, MergeTree tree) {
        int n = x.length;
        double[][] cophenetic = new double[n][n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(List.of(i));
        }
        for (int m = 0; m < tree.merges(); m++) {
            List<Integer> a = members.get(tree.left(m));
            List<Integer> b = members.get(tree.right(m));
            for (int i : a) {
                for (int j : b) {
                    cophenetic[i][j] = tree.height(m);
                    cophenetic[j][i] = tree.height(m);
                }
            }
            List<Integer> union = new ArrayList<>(a);
            union.addAll(b);
            members.add(union);
        }
        double pairs = n * (n - 1) / 2.0;
        double distanceMean = 0;
        double copheneticMean = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                distanceMean += Math.sqrt(Segmentation.squaredDistance(x[i], x[j])) / pairs;
                copheneticMean += cophenetic[i][j] / pairs;
            }
        }
        double cross = 0;
        double distanceSquares = 0;
        double copheneticSquares = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.sqrt(Segmentation.squaredDistance(x[i], x[j])) - distanceMean;
                double c = cophenetic[i][j] - copheneticMean;
                cross += d * c;
                distanceSquares += d * d;
                copheneticSquares += c * c;
            }
        }
        return cross / Math.sqrt(distanceSquares * copheneticSquares);
    }

    private static int[] lefts(MergeTree tree) {
        int[] left = new int[tree.merges()];
        for (int m = 0; m < left.length; m++) {
            left[m] = tree.left(m);
        }
        return left;
    }

    private static int[] rights(MergeTree tree) {
        int[] right = new int[tree.merges()];
        for (int m = 0; m < right.length; m++) {
            right[m] = tree.right(m);
        }
        return right;
    }

    @Test
    void equalsPearsonOverAllPairsWhateverTheSizeOfThePiecesOfWork() {
        // Pieces of 1, 7 and 1,000 pairs mix merges cut by rows with batches of small merges, in every order.
        double[][] x = new RandomPoints(8).gaussian(300, 3);
        for (Linkage linkage : new Linkage[] {Linkage.WARD, Linkage.SINGLE}) {
            MergeTree tree = WardCentroidChainTest.tree(linkage == Linkage.WARD ? WardCentroidChain.run(x)
                    : MinimumSpanningTree.run(x));
            int[] left = lefts(tree);
            int[] right = rights(tree);
            LeafRanges ranges = LeafRanges.of(left, right);
            double expected = plainCophenetic(x, tree);

            for (long pieces : new long[] {1, 7, 1_000, 1 << 20}) {
                assertEquals(expected, CopheneticCorrelation.of(x, left, right, tree.heights(), ranges, pieces),
                        1e-12, linkage + ", pieces of " + pieces + " pairs");
            }
        }
    }
}
