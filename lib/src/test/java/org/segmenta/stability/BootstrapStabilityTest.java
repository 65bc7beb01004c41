package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class BootstrapStabilityTest {

    /** 1, 2, ..., 20 on one feature; segments {1..5} (label 1 after renumbering by size) and {6..20} (label 0). */
    private static final FeatureMatrix LINE = Points.of(
            IntStream.rangeClosed(1, 20).mapToObj(v -> new double[] {v}).toArray(double[][]::new));
    private static final Segmentation LINE_SEGMENTS = Segmentation.of("threshold", LINE,
            IntStream.rangeClosed(1, 20).map(v -> v <= 5 ? 1 : 0).toArray(), Map.of());

    private static Segmentation everyoneTogether(FeatureMatrix features) {
        return Segmentation.of("one segment", features, new int[features.rows()], Map.of());
    }

    @Test
    void wellSeparatedBlobsAreAllHighlyStable() {
        FeatureMatrix blobs = Points.of(new RandomPoints(3).blobs(4 * 50, Points.corners(10), 0.7));
        Segmentation segments = KMeans.withK(4).seed(1).fit(blobs);

        StabilityAssessment stability = BootstrapStability.of(KMeans.withK(4)).seed(7).assess(segments);

        for (SegmentStability segment : stability.segments()) {
            assertTrue(segment.meanJaccard() > StabilityVerdict.HIGHLY_STABLE_FROM, segment.toString());
            assertEquals(StabilityVerdict.HIGHLY_STABLE, segment.verdict());
        }
    }

    @Test
    void uniformNoiseCutIntoFiveSegmentsHasASegmentThatIsNotStable() {
        // No structure at all: 200 points uniform in the 4-D unit cube.
        FeatureMatrix noise = Points.of(new RandomPoints(1).uniform(200, 4));
        Segmentation segments = KMeans.withK(5).seed(1).fit(noise);

        StabilityAssessment stability = BootstrapStability.of(KMeans.withK(5)).assess(segments);

        assertTrue(stability.minimumMeanJaccard() < StabilityVerdict.STABLE_FROM, stability.toString());
        assertTrue(stability.segments().stream().anyMatch(s -> !s.verdict().trustworthy()), stability.toString());
    }

    @Test
    void eachResampleHoldsEveryDrawnCustomerOnceAndAboutTwoThirdsOfThem() {
        List<Integer> sizes = new ArrayList<>();
        BootstrapStability.of(resampled -> {
            sizes.add(resampled.rows());
            assertEquals(resampled.rows(), resampled.distinctRows(), "a customer appears twice in a resample");
            return everyoneTogether(resampled);
        }).samples(30).assess(LINE_SEGMENTS);

        assertEquals(30, sizes.size());
        // E[distinct] = n(1 − (1 − 1/n)^n) = 20 · 0.6415 ≈ 12.8 for n = 20.
        double mean = sizes.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(mean > 10 && mean < 15.5, "mean resample size " + mean);
        assertTrue(sizes.stream().allMatch(size -> size < 20), "a resample kept every customer: " + sizes);
    }

    @Test
    void resampledCustomersKeepTheCoordinatesTheClusteringSaw() {
        Table table = Table.create("t", DoubleColumn.create("a", 10, 20, 30, 40, 50, 60, 70, 80),
                DoubleColumn.create("b", 1, 5, 2, 8, 3, 9, 4, 7));
        FeatureMatrix scaled = FeatureMatrix.of(table, Scaling.STANDARD, "a", "b");
        Segmentation segments = Segmentation.of("halves", scaled, new int[] {0, 0, 0, 0, 1, 1, 1, 1}, Map.of());
        List<List<Double>> original = Arrays.stream(scaled.values()).map(r -> Arrays.stream(r).boxed().toList())
                .toList();

        BootstrapStability.of(resampled -> {
            assertEquals(List.of("a", "b"), resampled.names());
            for (double[] row : resampled.values()) {
                assertTrue(original.contains(Arrays.stream(row).boxed().toList()), Arrays.toString(row));
            }
            return everyoneTogether(resampled);
        }).samples(10).assess(segments);
    }

    @Test
    void jaccardOfEachSegmentIsComputedOnTheResampledCustomers() {
        // Re-clustering everyone into one segment D = S (the resample) gives, for an original segment C,
        // J = |C ∩ S| / |S|. The test recovers each resample's customers from their values (1..20) and
        // computes that share itself.
        List<double[]> resamples = new ArrayList<>();
        StabilityAssessment stability = BootstrapStability.of(resampled -> {
            resamples.add(Arrays.stream(resampled.values()).mapToDouble(row -> row[0]).toArray());
            return everyoneTogether(resampled);
        }).samples(25).seed(11).assess(LINE_SEGMENTS);

        for (int b = 0; b < resamples.size(); b++) {
            double[] values = resamples.get(b);
            long small = Arrays.stream(values).filter(v -> v <= 5).count();   // customers of {1..5} drawn
            assertEquals((double) (values.length - small) / values.length,
                    stability.segment(0).jaccards()[b], 1e-15, "large segment, resample " + b);
            assertEquals((double) small / values.length, stability.segment(1).jaccards()[b], 1e-15,
                    "small segment, resample " + b);
        }
    }

    @Test
    void aMethodThatFindsTheSamePartitionAgainScoresOneInEveryResample() {
        // 1..40 split at 20.5: a threshold re-creates both halves on any resample, and a resample misses a half
        // with probability 2 · (1/2)^40, so never here.
        FeatureMatrix line = Points.of(
                IntStream.rangeClosed(1, 40).mapToObj(v -> new double[] {v}).toArray(double[][]::new));
        Segmentation halves = Segmentation.of("threshold", line,
                IntStream.rangeClosed(1, 40).map(v -> v <= 20 ? 1 : 0).toArray(), Map.of());

        StabilityAssessment stability = BootstrapStability.of(resampled -> Segmentation.of("threshold", resampled,
                Arrays.stream(resampled.values()).mapToInt(row -> row[0] <= 20 ? 1 : 0).toArray(), Map.of()))
                .samples(50).assess(halves);

        for (SegmentStability segment : stability.segments()) {
            for (double j : segment.jaccards()) {
                assertEquals(1.0, j, 1e-15);
            }
            assertEquals(0, segment.dissolved());
            assertEquals(50, segment.recovered());
        }
    }

    @Test
    void aSegmentWithNoCustomerInTheResampleScoresZeroAsInClusterboot() {
        // Segment {20} alone: absent from about (1 − 1/20)^20 ≈ 36 % of resamples, where it must score 0.
        Segmentation lonely = Segmentation.of("one out", LINE,
                IntStream.rangeClosed(1, 20).map(v -> v == 20 ? 1 : 0).toArray(), Map.of());
        Map<Integer, Boolean> drawn = new HashMap<>();
        StabilityAssessment stability = BootstrapStability.of(resampled -> {
            drawn.put(drawn.size(), Arrays.stream(resampled.values()).anyMatch(row -> row[0] == 20));
            return Segmentation.of("threshold", resampled,
                    Arrays.stream(resampled.values()).mapToInt(row -> row[0] == 20 ? 1 : 0).toArray(), Map.of());
        }).samples(40).assess(lonely);

        double[] jaccards = stability.segment(1).jaccards();
        assertTrue(drawn.containsValue(false), "every resample drew customer 20; pick another seed");
        for (int b = 0; b < jaccards.length; b++) {
            assertEquals(drawn.get(b) ? 1.0 : 0.0, jaccards[b], 1e-15, "resample " + b);
        }
    }

    @Test
    void theSameSeedGivesTheSameAssessment() {
        FeatureMatrix noise = Points.of(new RandomPoints(5).uniform(120, 2));
        Segmentation segments = KMeans.withK(3).seed(2).fit(noise);

        StabilityAssessment first = BootstrapStability.of(KMeans.withK(3).restarts(2)).samples(20).seed(9)
                .assess(segments);
        StabilityAssessment second = BootstrapStability.of(KMeans.withK(3).restarts(2)).samples(20).seed(9)
                .assess(segments);

        for (int s = 0; s < 3; s++) {
            assertArrayEquals(first.segment(s).jaccards(), second.segment(s).jaccards());
        }
    }

    @Test
    void anotherSeedDrawsOtherResamples() {
        FeatureMatrix noise = Points.of(new RandomPoints(5).uniform(120, 2));
        Segmentation segments = KMeans.withK(3).seed(2).fit(noise);

        StabilityAssessment first = BootstrapStability.of(KMeans.withK(3)).samples(20).seed(9).assess(segments);
        StabilityAssessment other = BootstrapStability.of(KMeans.withK(3)).samples(20).seed(10).assess(segments);

        assertFalse(Arrays.equals(first.segment(0).jaccards(), other.segment(0).jaccards()));
    }

    @Test
    void defaultsAreHennigsHundredResamplesAndAFixedSeed() {
        StabilityAssessment stability = BootstrapStability.of(BootstrapStabilityTest::everyoneTogether)
                .assess(LINE_SEGMENTS);

        assertEquals(100, stability.samples());
        assertEquals(100, stability.segment(0).jaccards().length);
        assertEquals(BootstrapStability.DEFAULT_SEED, stability.seed());
    }

    @Test
    void tableHasOneRowPerSegmentWithMeanCountsAndVerdict() {
        FeatureMatrix blobs = Points.of(new RandomPoints(4).blobs(4 * 25, Points.corners(10), 0.7));
        Segmentation segments = KMeans.withK(4).seed(1).fit(blobs);
        StabilityAssessment stability = BootstrapStability.of(KMeans.withK(4)).samples(20).assess(segments);

        Table table = stability.table();

        assertEquals(List.of("Segment", "Customers", "Mean Jaccard", "Dissolved (of 20)", "Recovered (of 20)",
                "Verdict"), table.columnNames());
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3", "Segment 4"),
                table.stringColumn("Segment").asList());
        for (int s = 0; s < 4; s++) {
            assertEquals(segments.size(s), table.intColumn("Customers").get(s));
            assertEquals(stability.segment(s).meanJaccard(), table.doubleColumn("Mean Jaccard").get(s));
            assertEquals(stability.segment(s).verdict().label(), table.stringColumn("Verdict").get(s));
        }
        assertEquals(4, stability.readings().size());
        assertTrue(stability.readings().get(0).startsWith("Segment 1 ("), stability.readings().get(0));
    }

    @Test
    void kMeansWithAnotherKThanTheSegmentationIsRefused() {
        Segmentation segments = KMeans.withK(3).seed(1).fit(Points.of(new RandomPoints(1).uniform(50, 2)));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BootstrapStability.of(KMeans.withK(4)).assess(segments));

        assertTrue(error.getMessage().contains("KMeans.withK(3)"), error.getMessage());
    }

    @Test
    void aMethodThatSegmentsOtherCustomersIsRefusedNamingTheResample() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BootstrapStability.of(resampled -> LINE_SEGMENTS).samples(3).assess(LINE_SEGMENTS));

        assertTrue(error.getMessage().startsWith("bootstrap resample 1 of 3"), error.getMessage());
        assertTrue(error.getMessage().contains("segmentation of 20 customers"), error.getMessage());
    }

    @Test
    void aResampleThatCannotBeClusteredNamesTheResampleAndTheReason() {
        // k = 6 on 6 customers needs all of them, and a resample keeps all six with probability 6!/6^6 ≈ 1.5 %.
        FeatureMatrix pairs = Points.of(new double[][] {{1}, {2}, {3}, {4}, {5}, {6}});
        Segmentation six = KMeans.withK(6).fit(pairs);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BootstrapStability.of(KMeans.withK(6)).assess(six));

        assertTrue(error.getMessage().startsWith("bootstrap resample "), error.getMessage());
        assertTrue(error.getMessage().contains("could not be re-clustered: k = 6 segments cannot be formed"),
                error.getMessage());
    }

    @Test
    void fewerThanOneResampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BootstrapStability.of(KMeans.withK(2)).samples(0));
    }
}
