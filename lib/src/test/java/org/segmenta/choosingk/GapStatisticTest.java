package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;

class GapStatisticTest {

    private static final KMeansSettings FIVE_RESTARTS = KMeans.settings().restarts(5);

    /** 50 points around each of three far-apart centres (sd 0.5), seeded. */
    private static FeatureMatrix threeBlobs(long seed) {
        return Points.of(new RandomPoints(seed).blobs(150, new double[][] {{0, 0}, {10, 0}, {5, 9}}, 0.5));
    }

    @Test
    void gapIsTheMeanReferenceLogWMinusTheObservedLogW() {
        // log W = 4, 2, 1.5; reference log W* (B = 2) = {4.5, 3.5, 3.0} and {4.5, 3.7, 3.2}
        // mean log W* = 4.5, 3.6, 3.1 → Gap = 0.5, 1.6, 1.6
        GapStatistic gap = GapStatistic.fromWcss(new int[] {1, 2, 3}, exp(4, 2, 1.5),
                new double[][] {exp(4.5, 3.5, 3.0), exp(4.5, 3.7, 3.2)});

        assertArrayEquals(new double[] {0.5, 1.6, 1.6}, gap.gaps(), 1e-12);
        assertEquals(3.6, gap.expectedLogW(2), 1e-12);
        assertEquals(2.0, gap.logW(2), 1e-12);
    }

    @Test
    void standardErrorIsThePopulationSdTimesTheSquareRootOfOnePlusOneOverB() {
        // sd_2 = sqrt(((3.5 − 3.6)² + (3.7 − 3.6)²) / 2) = 0.1; s_2 = 0.1 · sqrt(1 + 1/2)
        GapStatistic gap = GapStatistic.fromWcss(new int[] {1, 2, 3}, exp(4, 2, 1.5),
                new double[][] {exp(4.5, 3.5, 3.0), exp(4.5, 3.7, 3.2)});

        assertEquals(0.1, gap.referenceSd(2), 1e-12);
        assertEquals(0.1 * Math.sqrt(1.5), gap.standardError(2), 1e-12);
        assertEquals(0.0, gap.standardError(1), 1e-12);
    }

    @Test
    void ruleChoosesTheSmallestKWhoseGapIsWithinOneStandardErrorOfTheNext() {
        // Gap = 0.5, 1.6, 1.6 with s = 0, 0.1225, 0.1225: k = 1 fails (0.5 < 1.6 − 0.12), k = 2 holds (1.6 ≥ 1.48).
        GapStatistic gap = GapStatistic.fromWcss(new int[] {1, 2, 3}, exp(4, 2, 1.5),
                new double[][] {exp(4.5, 3.5, 3.0), exp(4.5, 3.7, 3.2)});

        assertEquals(2, gap.chosenK().orElseThrow());
    }

    @Test
    void ruleFindsNoKWhenTheGapKeepsRisingBeyondTheStandardError() {
        // Gap = 1, 2, 3, no spread in the references: Gap(k) < Gap(k+1) for every k checked.
        GapStatistic gap = GapStatistic.fromWcss(new int[] {2, 3, 4}, exp(4, 3, 2),
                new double[][] {exp(5, 5, 5), exp(5, 5, 5)});

        assertTrue(gap.chosenK().isEmpty());
    }

    @Test
    void observedLogWOfATinyDataSetIsTheLogOfItsWcss() {
        // Customers 0, 1, 10, 11 (mean 5.5): W_1 = 5.5² + 4.5² + 4.5² + 5.5² = 101; W_2 = 4 · 0.5² = 1
        FeatureMatrix tiny = Points.line(0, 1, 10, 11);

        GapStatistic gap = GapStatistic.compute(tiny, 1, 2, FIVE_RESTARTS.seed(1), 3);

        assertEquals(Math.log(101), gap.logW(1), 1e-12);
        assertEquals(0.0, gap.logW(2), 1e-12);
        assertEquals(3, gap.references());
    }

    @Test
    void referenceDataFillTheBoundingBoxOfTheScaledFeatures() {
        FeatureMatrix blobs = threeBlobs(1);
        double[][] x = blobs.values();

        double[][] reference = UniformReference.draw(blobs, new SplittableRandom(5)).values();

        assertEquals(x.length, reference.length);
        for (int j = 0; j < 2; j++) {
            int column = j;
            double min = java.util.Arrays.stream(x).mapToDouble(r -> r[column]).min().orElseThrow();
            double max = java.util.Arrays.stream(x).mapToDouble(r -> r[column]).max().orElseThrow();
            double refMin = java.util.Arrays.stream(reference).mapToDouble(r -> r[column]).min().orElseThrow();
            double refMax = java.util.Arrays.stream(reference).mapToDouble(r -> r[column]).max().orElseThrow();
            double refMean = java.util.Arrays.stream(reference).mapToDouble(r -> r[column]).average().orElseThrow();
            assertTrue(refMin >= min && refMax <= max, "reference leaves the box in column " + j);
            // 150 uniform draws: the extremes come within 10 % of the box edges, the mean within 3 sd of the centre.
            assertTrue(refMin < min + 0.1 * (max - min) && refMax > max - 0.1 * (max - min), "box not filled");
            double sdOfMean = (max - min) / Math.sqrt(12 * 150.0);
            assertEquals((min + max) / 2, refMean, 3 * sdOfMean);
        }
    }

    @Test
    void referenceDataDependOnlyOnTheSeed() {
        FeatureMatrix blobs = threeBlobs(1);

        double[][] first = UniformReference.draw(blobs, new SplittableRandom(5)).values();
        double[][] again = UniformReference.draw(blobs, new SplittableRandom(5)).values();
        double[][] other = UniformReference.draw(blobs, new SplittableRandom(6)).values();

        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.deepEquals(first, other));
    }

    @Test
    void ruleFindsThreeSegmentsInThreeWellSeparatedBlobs() {
        for (long seed = 1; seed <= 3; seed++) {
            GapStatistic gap = GapStatistic.compute(threeBlobs(seed), 1, 6, FIVE_RESTARTS.seed(seed), 10);

            assertEquals(3, gap.chosenK().orElseThrow(), "blobs with seed " + seed);
        }
    }

    @Test
    void ruleFindsNoSegmentsInUniformData() {
        FeatureMatrix uniform = Points.of(new RandomPoints(11).uniform(150, 2));

        GapStatistic gap = GapStatistic.compute(uniform, 1, 6, FIVE_RESTARTS.seed(3), 10);

        assertEquals(1, gap.chosenK().orElseThrow());
    }

    @Test
    void sameSeedGivesTheSameGaps() {
        FeatureMatrix blobs = threeBlobs(2);

        GapStatistic first = GapStatistic.compute(blobs, 1, 4, FIVE_RESTARTS.seed(9), 5);
        GapStatistic again = GapStatistic.compute(blobs, 1, 4, FIVE_RESTARTS.seed(9), 5);
        GapStatistic other = GapStatistic.compute(blobs, 1, 4, FIVE_RESTARTS.seed(10), 5);

        assertArrayEquals(first.gaps(), again.gaps());
        assertFalse(java.util.Arrays.equals(first.gaps(), other.gaps()));
    }

    @Test
    void referenceSetsAreDrawnFromTheSettingsSeedSplitOncePerSet() {
        // The documented derivation, assembled from its parts: W_k from settings.withK(k) on the customers; set b
        // drawn from the b-th split of new SplittableRandom(seed) and segmented with the same settings.
        FeatureMatrix blobs = threeBlobs(2);
        KMeansSettings settings = FIVE_RESTARTS.seed(9);
        SplittableRandom master = new SplittableRandom(9);
        double[] observed = new double[4];
        double[][] reference = new double[3][4];
        for (int b = 0; b < 3; b++) {
            FeatureMatrix set = UniformReference.draw(blobs, master.split());
            for (int k = 1; k <= 4; k++) {
                reference[b][k - 1] = settings.withK(k).fit(set).wcss();
                observed[k - 1] = settings.withK(k).fit(blobs).wcss();
            }
        }

        GapStatistic gap = GapStatistic.compute(blobs, 1, 4, settings, 3);

        assertArrayEquals(GapStatistic.fromWcss(new int[] {1, 2, 3, 4}, observed, reference).gaps(), gap.gaps());
    }

    @Test
    void aRangeReachingTheNumberOfDistinctCustomersIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GapStatistic.compute(Points.line(0, 1, 10, 11), 1, 4, FIVE_RESTARTS, 3));

        assertTrue(error.getMessage().contains("maxK ≤ 3"), error.getMessage());
    }

    @Test
    void fewerThanTwoReferenceSetsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GapStatistic.compute(Points.line(0, 1, 10, 11), 1, 2, FIVE_RESTARTS, 1));
    }

    @Test
    void nonConsecutiveKsOrAZeroWcssAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GapStatistic.fromWcss(new int[] {1, 3}, exp(2, 1),
                new double[][] {exp(3, 2), exp(3, 2)}));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GapStatistic.fromWcss(new int[] {1, 2}, new double[] {5, 0}, new double[][] {exp(3, 2), exp(3, 2)}));
        assertTrue(error.getMessage().contains("k = 2"), error.getMessage());
    }

    private static double[] exp(double... logs) {
        double[] values = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            values[i] = Math.exp(logs[i]);
        }
        return values;
    }
}
