package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.Partitions.assertSamePartition;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;

/**
 * The teaching k-means against independent references (scikit-learn's published optimum, hand-worked cases), and the
 * fast {@link KMeans} against it from the same initial centres.
 */
class LloydKMeansTest {

    @Test
    void mallIncomeAndScoreWithFiveSegmentsMatchesTheScikitLearnOptimum() {
        double[][] x = MallData.incomeAndScore();

        Segmentation segments = LloydKMeans.fit(Points.of(x), 5, 10, 42);

        // Published scikit-learn result for this data: inertia 44448.46 at k = 5, clusters of 81, 39, 35, 23, 22.
        assertEquals(44448.46, segments.wcss(), 44448.46 * 0.001);
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, segments.sizes());
        double independent = MallData.withinSumOfSquares(x, segments.labels());
        assertEquals(independent, segments.wcss(), 1e-9 * independent);
    }

    @Test
    void separatesTwoObviousGroupsWorkedOutByHand() {
        // {1, 2, 3} and {10, 11, 12}: centres 2 and 11, WCSS = (1 + 0 + 1) + (1 + 0 + 1) = 4.
        double[][] x = {{1}, {10}, {2}, {11}, {3}, {12}};

        LloydKMeans.Run run = LloydKMeans.lloyd(x, new double[][] {{1}, {2}}, 300, 0);

        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, run.labels());
        assertEquals(4.0, run.wcss(), 1e-12);
        assertTrue(run.converged());
    }

    @Test
    void oneIterationByHandOnALine() {
        // Points 0, 1, 9, 10 from centres 0 and 1: assign {0} and {1, 9, 10}; means 0 and 20/3; assign {0, 1} and
        // {9, 10}; means 0.5 and 9.5; assign: nothing changes. Three assignments, WCSS = 4 · 0.25 = 1.
        double[][] x = {{0}, {1}, {9}, {10}};

        LloydKMeans.Run run = LloydKMeans.lloyd(x, new double[][] {{0}, {1}}, 300, 0);

        assertArrayEquals(new int[] {0, 0, 1, 1}, run.labels());
        assertEquals(1.0, run.wcss(), 1e-12);
        assertEquals(3, run.iterations());
        assertTrue(run.converged());
    }

    @Test
    void anEmptiedSegmentTakesTheFarthestCustomer() {
        // Centres 0, 100 and 101 on points 0, 1, 2, 3: all four go to centre 0, so segments 1 and 2 empty. Segment 1
        // takes the point farthest from centre 0 (3); segment 2 then the farthest of what is left in segment 0 (2).
        double[][] x = {{0}, {1}, {2}, {3}};

        LloydKMeans.Run run = LloydKMeans.lloyd(x, new double[][] {{0}, {100}, {101}}, 300, 0);

        assertEquals(3, java.util.Arrays.stream(run.labels()).distinct().count());
        // Final segments {0, 1}, {2}, {3} in some labelling: WCSS = 0.25 + 0.25 = 0.5.
        assertEquals(0.5, run.wcss(), 1e-12);
    }

    @Test
    void fromTheSameCentresTheFastKMeansReachesTheSamePartitionAndWcss() {
        double[][][] dataSets = {MallData.incomeAndScore(), KMeansData.mallStandardised(),
            KMeansData.blobs(5_000, 4, 6, 8, 31), KMeansData.blobs(20_000, 3, 10, 4, 32)};
        for (double[][] x : dataSets) {
            for (int k : new int[] {2, 5, 8}) {
                double[][] centres = LloydKMeans.kMeansPlusPlus(x, k, new SplittableRandom(k));
                double tolerance = KMeans.DEFAULT_TOLERANCE * LloydKMeans.meanVariance(x);

                LloydKMeans.Run plain = LloydKMeans.lloyd(x, centres, KMeans.DEFAULT_MAX_ITERATIONS, tolerance);
                LloydRun fast = HamerlyLloyd.run(RowMajorPoints.of(x), KMeansData.flat(centres),
                        KMeans.DEFAULT_MAX_ITERATIONS, tolerance);

                assertSamePartition(plain.labels(), fast.labels());
                assertEquals(plain.wcss(), fast.wcss(), 1e-9 * plain.wcss(), "WCSS, n = " + x.length + ", k = " + k);
            }
        }
    }

    @Test
    void kOutsideOneToTheNumberOfDistinctCustomersIsRefusedWithTheLimit() {
        FeatureMatrix points = Points.of(new double[][] {{1}, {1}, {2}, {2}, {3}});

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fit(points, 4, 1, 1));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fit(points, 0, 1, 1));

        assertTrue(tooMany.getMessage().contains("3 distinct"), tooMany.getMessage());
        assertTrue(tooMany.getMessage().contains("1 ≤ k ≤ 3"), tooMany.getMessage());
        assertTrue(none.getMessage().contains("k = 0"), none.getMessage());
    }

    @Test
    void zeroRestartsAreRefused() {
        FeatureMatrix points = Points.of(new double[][] {{1}, {2}, {3}});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fit(points, 2, 0, 1));

        assertTrue(error.getMessage().contains("restarts"), error.getMessage());
    }
}
