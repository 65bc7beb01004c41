package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.RandomPoints;

/** The fast greedy k-means++ draws the same centres as the plain {@link LloydKMeans} from the same random generator. */
class GreedyKMeansPlusPlusTest {

    private static void assertSameCentresAsLloyd(double[][] x, int k, long seed) {
        double[][] expected = LloydKMeans.kMeansPlusPlus(x, k, new SplittableRandom(seed));

        double[] actual = GreedyKMeansPlusPlus.centres(RowMajorPoints.of(x), k, new SplittableRandom(seed));

        assertArrayEquals(KMeansData.flat(expected), actual, "k = " + k + ", seed = " + seed);
    }

    @Test
    void mallIncomeAndScore() {
        for (long seed = 1; seed <= 10; seed++) {
            assertSameCentresAsLloyd(KMeansData.mall(), 5, seed);
        }
    }

    @Test
    void mallStandardisedForEveryKOfTheElbowCurve() {
        for (int k = 1; k <= 10; k++) {
            assertSameCentresAsLloyd(KMeansData.mallStandardised(), k, 42);
        }
    }

    @Test
    void blobsSpreadOverManyRowBlocks() {
        assertSameCentresAsLloyd(KMeansData.blobs(30_000, 10, 8, 3, 5), 8, 7);
        assertSameCentresAsLloyd(KMeansData.blobs(20_000, 3, 30, 10, 6), 30, 8);
    }

    @Test
    void duplicatePointsAreNeverChosenTwice() {
        double[][] x = new RandomPoints(9).integers(3000, 2, 3);
        // 9 distinct points: the ninth centre is the last distinct point left, whichever the draws.
        for (long seed = 1; seed <= 5; seed++) {
            assertSameCentresAsLloyd(x, 9, seed);
        }
    }

    @Test
    void asManyCentresAsDistinctPoints() {
        assertSameCentresAsLloyd(KMeansData.distinctLine(60), 60, 3);
    }

    @Test
    void aPointIsPickedWhereTheRunningWeightFirstExceedsTheTarget() {
        // Weights 0, 1, 0, 3 (running 0, 1, 1, 4): targets in [0, 1) pick point 1, targets in [1, 4) pick point 3.
        double[] weights = {0, 1, 0, 3};
        double[] blockSums = {4};

        assertEquals(1, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 0.0));
        assertEquals(1, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 0.999));
        assertEquals(3, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 1.0));
        assertEquals(3, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 3.5));
    }

    @Test
    void aTargetAtTheVeryTopPicksTheLastPointWithWeight() {
        double[] weights = {0, 1, 0, 3, 0};

        assertEquals(3, GreedyKMeansPlusPlus.pickProportional(weights, new double[] {4}, 4.0));
    }

    @Test
    void theRunningWeightCarriesAcrossRowBlocks() {
        // Block 0 holds rows 0 .. 4095; weight 2 at row 10 and weight 1 at row 5000 (block 1): total 3.
        double[] weights = new double[5000 + 1];
        weights[10] = 2;
        weights[5000] = 1;
        double[] blockSums = {2, 1};

        assertEquals(10, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 1.9));
        assertEquals(5000, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 2.0));
        assertEquals(5000, GreedyKMeansPlusPlus.pickProportional(weights, blockSums, 2.9));
    }
}
