package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.RandomPoints;

/**
 * The fast Lloyd iterations (Hamerly's bounds, tiled distances, block sums in parallel) give the same labels, WCSS,
 * iteration count and convergence flag as the plain {@link LloydKMeans}, started from the same centres.
 */
class HamerlyLloydTest {

    private static final int MAX_ITERATIONS = KMeans.DEFAULT_MAX_ITERATIONS;

    /** Runs both from the same centres and asserts the same outcome; returns the fast run. */
    private static LloydRun assertSameAsLloyd(double[][] x, double[][] centres, int maxIterations,
                                                  double relativeTolerance) {
        double absoluteTolerance = relativeTolerance * LloydKMeans.meanVariance(x);
        LloydKMeans.Run expected = LloydKMeans.lloyd(x, centres, maxIterations, absoluteTolerance);

        LloydRun actual = HamerlyLloyd.run(RowMajorPoints.of(x), KMeansData.flat(centres), maxIterations,
                absoluteTolerance);

        assertArrayEquals(expected.labels(), actual.labels(), "labels");
        assertEquals(expected.wcss(), actual.wcss(), 1e-9 * expected.wcss(), "WCSS");
        assertEquals(expected.iterations(), actual.iterations(), "iterations");
        assertEquals(expected.converged(), actual.converged(), "converged");
        return actual;
    }

    /** Starts from LloydKMeans's own k-means++ centres. */
    private static LloydRun assertSameAsLloydFromKMeansPlusPlus(double[][] x, int k, long seed) {
        double[][] centres = LloydKMeans.kMeansPlusPlus(x, k, new SplittableRandom(seed));
        return assertSameAsLloyd(x, centres, MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE);
    }

    /** The first k rows as centres: a poor start, so many iterations. */
    private static double[][] firstRows(double[][] x, int k) {
        double[][] centres = new double[k][];
        for (int s = 0; s < k; s++) {
            centres[s] = x[s].clone();
        }
        return centres;
    }

    @Test
    void mallIncomeAndScoreWithFiveSegments() {
        for (long seed = 1; seed <= 5; seed++) {
            assertSameAsLloydFromKMeansPlusPlus(KMeansData.mall(), 5, seed);
        }
    }

    @Test
    void mallStandardisedAgeIncomeAndScore() {
        for (int k = 2; k <= 8; k++) {
            assertSameAsLloydFromKMeansPlusPlus(KMeansData.mallStandardised(), k, 100 + k);
        }
    }

    @Test
    void separatedBlobsOfSeveralShapes() {
        assertSameAsLloydFromKMeansPlusPlus(KMeansData.blobs(500, 2, 3, 20, 1), 3, 11);
        assertSameAsLloydFromKMeansPlusPlus(KMeansData.blobs(3000, 5, 8, 20, 2), 8, 12);
        assertSameAsLloydFromKMeansPlusPlus(KMeansData.blobs(2000, 1, 4, 20, 3), 4, 13);
        assertSameAsLloydFromKMeansPlusPlus(KMeansData.blobs(1500, 40, 6, 20, 4), 6, 14);
    }

    @Test
    void overlappingBlobsSpreadOverManyRowBlocks() {
        // 30,000 rows are 8 row blocks, worked on in parallel; overlapping blobs take dozens of iterations.
        double[][] x = KMeansData.blobs(30_000, 10, 8, 3, 5);

        LloydRun run = assertSameAsLloydFromKMeansPlusPlus(x, 8, 15);

        assertTrue(run.iterations() > 10, "expected a slow convergence, got " + run.iterations() + " iterations");
    }

    @Test
    void manySegmentsAndAPoorStart() {
        double[][] x = KMeansData.blobs(9000, 3, 20, 10, 6);

        assertSameAsLloyd(x, firstRows(x, 20), MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE);
    }

    @Test
    void zeroToleranceIteratesUntilNoLabelChanges() {
        double[][] x = KMeansData.blobs(5000, 4, 6, 4, 7);

        LloydRun run = assertSameAsLloyd(x, firstRows(x, 6), MAX_ITERATIONS, 0);

        assertTrue(run.converged());
    }

    @Test
    void theIterationCapStopsBothAtTheSameLabels() {
        double[][] x = KMeansData.blobs(5000, 4, 6, 4, 8);

        LloydRun run = assertSameAsLloyd(x, firstRows(x, 6), 3, 0);

        assertEquals(3, run.iterations());
        assertFalse(run.converged());
    }

    @Test
    void duplicatePointsAndExactTiesOnAnIntegerGrid() {
        // 6 levels in 2 coordinates: at most 36 distinct points among 3,000, and many exact midpoints.
        double[][] x = new RandomPoints(9).integers(3000, 2, 6);
        for (int k = 2; k <= 7; k++) {
            assertSameAsLloydFromKMeansPlusPlus(x, k, 20 + k);
            assertSameAsLloyd(x, firstRows(x, k), MAX_ITERATIONS, 0);
        }
    }

    @Test
    void aPointExactlyHalfwayGoesToTheLowerIndexedCentre() {
        // 1-D points 0, 2, 4 with centres 0 and 4: the point 2 is at squared distance 4 from both and goes to centre 0,
        // which moves to 1 (centre 1 stays at 4); then nothing changes.
        double[][] x = {{0}, {2}, {4}};

        LloydRun run = assertSameAsLloyd(x, new double[][] {{0}, {4}}, MAX_ITERATIONS, 0);

        assertArrayEquals(new int[] {0, 0, 1}, run.labels());
    }

    @Test
    void aSegmentThatEmptiesTakesThePointFarthestFromItsCentre() {
        // Centre 1 is far from every point, so its segment is empty after the first assignment and is refilled.
        double[][] x = KMeansData.blobs(400, 2, 3, 20, 10);
        double[][] centres = {x[0].clone(), {1e6, 1e6}, x[1].clone()};

        LloydRun run = assertSameAsLloyd(x, centres, MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE);

        assertTrue(java.util.Arrays.stream(run.labels()).anyMatch(label -> label == 1), "segment 1 stayed empty");
    }

    @Test
    void aSegmentEmptiedByTheLastAssignmentIsRefilledSoNoneIsLost() {
        // Worked by hand. Points 0, 1.2 (×9), 2.6 (×2), 7.4, 8 (×9), 13 from centres 0, 2.6 and 13 assign to
        // A = {0, 1.2 ×9}, B = {2.6 ×2, 7.4}, C = {8 ×9, 13}, whose means are 1.08, 4.2 and 8.5. The tolerance is
        // so loose that the run stops there, after one last assignment: 2.6 is now nearer A (1.52 against 1.6) and
        // 7.4 nearer C (1.1 against 3.2), so B is empty. It takes the point farthest from its own centre, 13 (4.5
        // from 8.5; 2.6 is 1.52 from 1.08): final segments {0, 1.2 ×9, 2.6 ×2}, {13}, {7.4, 8 ×9}, with
        // WCSS = (26.48 − 16²/12) + 0 + (630.76 − 79.4²/10) = 5.146667 + 0.324 = 5.470667.
        double[][] x = new double[23][];
        int i = 0;
        x[i++] = new double[] {0};
        for (int j = 0; j < 9; j++) {
            x[i++] = new double[] {1.2};
        }
        x[i++] = new double[] {2.6};
        x[i++] = new double[] {2.6};
        x[i++] = new double[] {7.4};
        for (int j = 0; j < 9; j++) {
            x[i++] = new double[] {8};
        }
        x[i] = new double[] {13};

        LloydRun run = assertSameAsLloyd(x, new double[][] {{0}, {2.6}, {13}}, MAX_ITERATIONS, 1e6);

        int[] expected = new int[23];
        java.util.Arrays.fill(expected, 0, 12, 0);
        java.util.Arrays.fill(expected, 12, 22, 2);
        expected[22] = 1;
        assertArrayEquals(expected, run.labels());
        assertEquals(5.470667, run.wcss(), 1e-6);
        assertEquals(1, run.iterations());
        assertTrue(run.converged());
    }

    @Test
    void identicalInitialCentresAreSeparated() {
        // Centres 0 and 1 coincide: every point ties between them and goes to 0, so 1 empties and is refilled.
        double[][] x = KMeansData.blobs(3000, 3, 4, 10, 11);
        double[][] centres = {x[5].clone(), x[5].clone(), x[6].clone(), x[7].clone()};

        assertSameAsLloyd(x, centres, MAX_ITERATIONS, KMeans.DEFAULT_TOLERANCE);
    }

    @Test
    void oneSegmentHoldsEveryPoint() {
        double[][] x = KMeansData.blobs(10_000, 3, 4, 10, 12);

        LloydRun run = assertSameAsLloydFromKMeansPlusPlus(x, 1, 30);

        assertTrue(java.util.Arrays.stream(run.labels()).allMatch(label -> label == 0));
    }

    @Test
    void asManySegmentsAsDistinctPointsGiveZeroWcss() {
        double[][] x = KMeansData.distinctLine(60);

        LloydRun run = assertSameAsLloydFromKMeansPlusPlus(x, 60, 31);

        assertEquals(0.0, run.wcss());
        assertEquals(60, java.util.Arrays.stream(run.labels()).distinct().count());
    }

    @Test
    void stopIsAskedOnceBeforeEveryIterationAndChangesNothingWhileItSaysGoOn() {
        double[][] x = KMeansData.blobs(2_000, 3, 6, 1.5, 21);
        double[] centres = KMeansData.flat(LloydKMeans.kMeansPlusPlus(x, 6, new SplittableRandom(4)));
        double tolerance = KMeans.DEFAULT_TOLERANCE * LloydKMeans.meanVariance(x);
        int[] asked = new int[1];

        LloydRun plain = HamerlyLloyd.run(RowMajorPoints.of(x), centres, MAX_ITERATIONS, tolerance);
        LloydRun watched = HamerlyLloyd.run(RowMajorPoints.of(x), centres, MAX_ITERATIONS, tolerance, () -> {
            asked[0]++;
            return false;
        });

        assertEquals(plain.iterations(), asked[0]);
        assertArrayEquals(plain.labels(), watched.labels());
        assertEquals(plain.wcss(), watched.wcss());
    }

    @Test
    void aStopAbandonsTheRunBeforeTheNextIteration() {
        double[][] x = KMeansData.blobs(2_000, 3, 6, 1.5, 21);
        double[] centres = KMeansData.flat(LloydKMeans.kMeansPlusPlus(x, 6, new SplittableRandom(4)));
        double tolerance = KMeans.DEFAULT_TOLERANCE * LloydKMeans.meanVariance(x);
        int[] asked = new int[1];

        LloydRun stopped = HamerlyLloyd.run(RowMajorPoints.of(x), centres, MAX_ITERATIONS, tolerance,
                () -> ++asked[0] == 3);

        assertNull(stopped);
        assertEquals(3, asked[0]);
    }
}
