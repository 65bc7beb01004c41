package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.segmenta.testing.Partitions.assertSameFit;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;

/**
 * {@link KMeans#fit} as a whole (seeding, Lloyd, restarts, the choice of the best) gives the segments the plain
 * {@link LloydKMeans} gives, and the same segments whatever the number of threads.
 */
class KMeansMatchesLloydTest {

    /** Both public entry points with the same settings: the same labels, WCSS, iteration count and parameters. */
    private static void assertSameAsLloyd(double[][] x, int k, int restarts, long seed) {
        FeatureMatrix features = Points.of(x);
        Segmentation expected = LloydKMeans.fit(features, k, restarts, seed);

        Segmentation actual = KMeans.withK(k).restarts(restarts).seed(seed).fit(features);

        assertArrayEquals(expected.labels(), actual.labels(), "labels, k = " + k);
        assertEquals(expected.wcss(), actual.wcss(), 1e-9 * expected.wcss(), "WCSS, k = " + k);
        assertEquals(expected.parameters(), actual.parameters(), "settings, k = " + k);
        assertEquals(expected.iterations(), actual.iterations(), "iterations, k = " + k);
        assertEquals(expected.converged(), actual.converged(), "converged, k = " + k);
    }

    private static Segmentation fitIn(ForkJoinPool pool, KMeans kMeans, FeatureMatrix features)
            throws InterruptedException, ExecutionException {
        try {
            return pool.submit(() -> kMeans.fit(features)).get();
        } finally {
            pool.shutdown();
        }
    }

    private static void assertSameWhateverTheThreads(KMeans kMeans, FeatureMatrix features)
            throws InterruptedException, ExecutionException {
        Segmentation oneThread = fitIn(new ForkJoinPool(1), kMeans, features);
        Segmentation threeThreads = fitIn(new ForkJoinPool(3), kMeans, features);
        Segmentation commonPool = kMeans.fit(features);

        assertSameFit(oneThread, threeThreads);
        assertArrayEquals(oneThread.labels(), commonPool.labels());
    }

    @Test
    void theStartingCentresAreThePlainKMeansPlusPlusDrawOfEachRestart() {
        double[][] x = KMeansData.mallStandardised();

        double[][][] starts = KMeans.withK(5).restarts(4).seed(7).startingCentres(x);

        SplittableRandom master = new SplittableRandom(7);
        assertEquals(4, starts.length);
        for (double[][] start : starts) {
            assertArrayEquals(LloydKMeans.kMeansPlusPlus(x, 5, master.split()), start);
        }
    }

    @Test
    void lloydFromTheBestOfTheStartingCentresReachesTheFitsSegments() {
        double[][] x = KMeansData.mallStandardised();
        FeatureMatrix features = Points.of(x);
        Segmentation fit = KMeans.withK(5).restarts(10).seed(42).fit(features);

        Segmentation best = null;
        for (double[][] start : KMeans.withK(5).restarts(10).seed(42).startingCentres(x)) {
            Segmentation run = LloydKMeans.fromCentres(features, start, KMeans.DEFAULT_MAX_ITERATIONS,
                    KMeans.DEFAULT_TOLERANCE);
            if (best == null || run.wcss() < best.wcss()) {
                best = run;
            }
        }

        assertArrayEquals(fit.labels(), best.labels());
        assertEquals(fit.wcss(), best.wcss(), 1e-9 * fit.wcss());
    }

    @Test
    void mallIncomeAndScoreWithTheChapterSettings() {
        assertSameAsLloyd(KMeansData.mall(), 5, 10, 42);
    }

    @Test
    void mallStandardisedForEveryKOfTheElbowCurve() {
        for (int k = 1; k <= 10; k++) {
            assertSameAsLloyd(KMeansData.mallStandardised(), k, 10, 7);
        }
    }

    @Test
    void overlappingBlobsSpreadOverManyRowBlocks() {
        assertSameAsLloyd(KMeansData.blobs(20_000, 5, 6, 3, 21), 6, 3, 5);
    }

    @Test
    void duplicatePointsOnAnIntegerGrid() {
        double[][] x = new RandomPoints(22).integers(2000, 3, 4);
        for (int k = 2; k <= 6; k++) {
            assertSameAsLloyd(x, k, 4, k);
        }
    }

    @Test
    void asManySegmentsAsDistinctPoints() {
        assertSameAsLloyd(KMeansData.distinctLine(40), 40, 2, 9);
    }

    @Test
    void theSameSeedGivesTheSameSegmentsWhateverTheNumberOfThreadsOnLargeData() throws Exception {
        // 30,000 rows: 8 row blocks worked on in parallel, within restarts that run in parallel too.
        assertSameWhateverTheThreads(KMeans.withK(8).restarts(2).seed(11),
                Points.of(KMeansData.blobs(30_000, 10, 8, 3, 23)));
    }

    @Test
    void theSameSeedGivesTheSameSegmentsWhateverTheNumberOfThreadsOnSmallData() throws Exception {
        // 2,000 rows: one row block, so only the restarts run in parallel.
        assertSameWhateverTheThreads(KMeans.withK(5).restarts(10).seed(12),
                Points.of(KMeansData.blobs(2000, 3, 5, 4, 24)));
    }
}
