package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void fromGivenCentresRunsOnceFromThemWorkedOutByHand() {
        // The case of oneIterationByHandOnALine through the public entry point: points 0, 1, 9, 10 from centres 0 and
        // 1 end as {0, 1} and {9, 10} after three assignments, WCSS = 4 · 0.25 = 1.
        Segmentation segments = LloydKMeans.fromCentres(Points.line(0, 1, 9, 10), new double[][] {{0}, {1}}, 300, 0);

        assertArrayEquals(new int[] {0, 0, 1, 1}, segments.labels());
        assertEquals(1.0, segments.wcss(), 1e-12);
        assertEquals(3, segments.iterations());
        assertTrue(segments.converged());
        assertEquals(java.util.Map.of("k", 2, "initialisation", "given centres", "maxIterations", 300,
                "tolerance", 0.0), segments.parameters());
        assertEquals(java.util.List.of("k", "initialisation", "maxIterations", "tolerance"),
                java.util.List.copyOf(segments.parameters().keySet()));
    }

    @Test
    void fromGivenCentresStoppedByTheCapSaysSoAboutThatRun() {
        // One assignment from centres 0 and 1: {0} and {1, 9, 10}, labels still changing, so not converged. WCSS
        // around the means 0 and 20/3: (1 − 20/3)² + (9 − 20/3)² + (10 − 20/3)² = (289 + 49 + 100) / 9 = 146/3.
        Segmentation segments = LloydKMeans.fromCentres(Points.line(0, 1, 9, 10), new double[][] {{0}, {1}}, 1, 0);

        assertArrayEquals(new int[] {3, 1}, segments.sizes());
        assertEquals(146.0 / 3, segments.wcss(), 1e-12);
        assertEquals(1, segments.iterations());
        assertFalse(segments.converged());
        assertEquals(1, segments.warnings().size());
        assertTrue(segments.warnings().get(0).problem().contains("the run from the given centres"),
                segments.warnings().get(0).problem());
    }

    @Test
    void fromGivenCentresRefusesCentresThatDoNotFitTheFeatures() {
        FeatureMatrix points = Points.of(new double[][] {{1, 1}, {1, 1}, {2, 2}, {3, 3}});

        IllegalArgumentException shortCentre = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fromCentres(points, new double[][] {{1, 1}, {2}}, 300, 0));
        IllegalArgumentException notFinite = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fromCentres(points, new double[][] {{1, Double.NaN}}, 300, 0));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fromCentres(points, new double[][] {{1, 1}, {2, 2}, {3, 3}, {4, 4}}, 300, 0));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fromCentres(points, new double[0][], 300, 0));
        IllegalArgumentException noIterations = assertThrows(IllegalArgumentException.class,
                () -> LloydKMeans.fromCentres(points, new double[][] {{1, 1}}, 0, 0));

        assertTrue(shortCentre.getMessage().contains("initial centre 1 has 1 values but the features have 2 columns"),
                shortCentre.getMessage());
        assertTrue(notFinite.getMessage().contains("feature 'x2'"), notFinite.getMessage());
        assertTrue(tooMany.getMessage().contains("3 distinct feature rows; give 1 to 3 centres"),
                tooMany.getMessage());
        assertTrue(none.getMessage().contains("no initial centres"), none.getMessage());
        assertTrue(noIterations.getMessage().contains("maxIterations"), noIterations.getMessage());
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
