package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.Partitions.assertSamePartition;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import org.segmenta.data.Fix;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.math.MathEx;
import tech.tablesaw.api.Table;

class KMeansTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";

    private static FeatureMatrix mallIncomeAndScore() {
        return FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), INCOME, SCORE);
    }

    @Test
    void mallIncomeAndScoreWithFiveSegmentsMatchesTheScikitLearnOptimum() {
        Segmentation segments = KMeans.withK(5).restarts(10).seed(42).fit(mallIncomeAndScore());

        // Published scikit-learn result for this data: inertia 44448.46 at k = 5, clusters of 81, 39, 35, 23, 22.
        assertEquals(44448.46, segments.wcss(), 44448.46 * 0.001);
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, segments.sizes());
    }

    @Test
    void wcssEqualsTheSumOfSquaredDistancesToSegmentMeansComputedIndependently() {
        Segmentation segments = KMeans.withK(5).seed(7).fit(mallIncomeAndScore());

        double reference = MallData.withinSumOfSquares(MallData.incomeAndScore(), segments.labels());
        assertEquals(reference, segments.wcss(), 1e-9 * reference);
    }

    @Test
    void findsTheSameOptimumAsSmilesIndependentImplementation() {
        double[][] x = MallData.incomeAndScore();
        MathEx.setSeed(19650218);
        CentroidClustering<double[], double[]> reference =
                Clustering.run(20, () -> smile.clustering.KMeans.lloyd(x, 5, 100));
        int[] smileLabels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            smileLabels[i] = reference.group(i);
        }
        double smileWcss = MallData.withinSumOfSquares(x, smileLabels);

        Segmentation ours = KMeans.withK(5).seed(3).fit(mallIncomeAndScore());

        assertEquals(smileWcss, ours.wcss(), 1e-9 * smileWcss);
        assertSamePartition(smileLabels, ours.labels());
    }

    @Test
    void separatesTwoObviousGroupsWorkedOutByHand() {
        // {1, 2, 3} and {10, 11, 12}: centroids 2 and 11, WCSS = (1 + 0 + 1) + (1 + 0 + 1) = 4.
        FeatureMatrix points = Points.of(new double[][] {{1}, {10}, {2}, {11}, {3}, {12}});

        Segmentation segments = KMeans.withK(2).seed(1).fit(points);

        assertEquals(4.0, segments.wcss(), 1e-12);
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, segments.labels());
        assertArrayEquals(new double[] {2.0}, segments.centroid(0), 1e-12);
        assertArrayEquals(new double[] {11.0}, segments.centroid(1), 1e-12);
    }

    @Test
    void oneSegmentHoldsEveryoneAndItsWcssIsTheTotalSumOfSquares() {
        double[][] x = MallData.incomeAndScore();

        Segmentation one = KMeans.withK(1).fit(mallIncomeAndScore());

        assertArrayEquals(new int[] {200}, one.sizes());
        assertEquals(MallData.totalSumOfSquares(x), one.wcss(), 1e-9 * one.wcss());
    }

    @Test
    void everyCustomerEndsNearestToItsOwnCentroid() {
        double[][] x = KMeansData.blobs(300, 3, 4, 20, 11);
        Segmentation segments = KMeans.withK(4).seed(5).fit(Points.of(x));

        double[][] centroids = segments.centroids();
        for (int i = 0; i < x.length; i++) {
            double own = Segmentation.squaredDistance(x[i], centroids[segments.segmentOf(i)]);
            for (double[] other : centroids) {
                assertTrue(own <= Segmentation.squaredDistance(x[i], other) + 1e-9,
                        "customer " + i + " is closer to another centroid: not a Lloyd fixed point");
            }
        }
    }

    @Test
    void moreRestartsNeverGiveAWorseOptimum() {
        FeatureMatrix x = Points.of(KMeansData.blobs(400, 2, 8, 20, 23));

        double one = KMeans.withK(8).restarts(1).seed(9).fit(x).wcss();
        double ten = KMeans.withK(8).restarts(10).seed(9).fit(x).wcss();

        assertTrue(ten <= one, "10 restarts gave " + ten + ", worse than the first restart's " + one);
    }

    @Test
    void theSameSeedGivesTheSameSegments() {
        FeatureMatrix x = Points.of(KMeansData.blobs(500, 3, 6, 20, 31));

        Segmentation first = KMeans.withK(6).restarts(3).seed(123).fit(x);
        Segmentation second = KMeans.withK(6).restarts(3).seed(123).fit(x);

        assertArrayEquals(first.labels(), second.labels());
        assertEquals(first.wcss(), second.wcss());
    }

    @Test
    void centroidsAreReportedInTheOriginalUnitsWhenFeaturesAreScaled() {
        Table table = CustomerData.mallCustomers(MallData.FILE);
        FeatureMatrix scaled = FeatureMatrix.of(table, Scaling.STANDARD, INCOME, SCORE);

        Segmentation segments = KMeans.withK(5).seed(42).fit(scaled);

        double[][] x = MallData.incomeAndScore();
        for (int s = 0; s < segments.k(); s++) {
            double[] mean = new double[2];
            for (int i = 0; i < x.length; i++) {
                if (segments.segmentOf(i) == s) {
                    mean[0] += x[i][0] / segments.size(s);
                    mean[1] += x[i][1] / segments.size(s);
                }
            }
            assertArrayEquals(mean, segments.centroid(s), 1e-9);
        }
    }

    @Test
    void parametersRecordTheSettingsAndTheRunItsFacts() {
        Segmentation segments = KMeans.withK(3).restarts(4).seed(77).maxIterations(50).fit(mallIncomeAndScore());

        assertEquals("k-means", segments.method());
        assertEquals(List.of("k", "initialisation", "restarts", "seed", "maxIterations", "tolerance"),
                List.copyOf(segments.parameters().keySet()));
        assertEquals(Map.of("k", 3, "initialisation", "k-means++ (greedy)", "restarts", 4, "seed", 77L,
                "maxIterations", 50, "tolerance", KMeans.DEFAULT_TOLERANCE), segments.parameters());
        assertTrue(segments.iterative());
        assertTrue(segments.converged());
        assertTrue(segments.iterations() >= 1 && segments.iterations() <= 50, "iterations " + segments.iterations());
        assertEquals(List.of(), segments.warnings());
    }

    @Test
    void aFitStoppedByTheIterationCapIsNotConvergedAndWarnsWhatToDo() {
        // Points 0, 1, 9, 10 with k = 2: k-means++ starts from two of the points. Whichever two, one segment holds at
        // least two points and its mean is none of them, so after the first assignment the centres move by at least
        // 0.5² = 0.25 (squared), far above the tolerance 1e-4 · 20.5 (the variance): one iteration cannot converge.
        FeatureMatrix points = Points.of(new double[][] {{0}, {1}, {9}, {10}});

        Segmentation segments = KMeans.withK(2).restarts(3).seed(5).maxIterations(1).fit(points);

        assertFalse(segments.converged());
        assertEquals(1, segments.iterations());
        assertEquals(1, segments.warnings().size(), segments.warnings().toString());
        SegmentationWarning warning = segments.warnings().get(0);
        assertEquals("k-means did not converge: the best of 3 restarts was still moving when it reached the iteration "
                + "cap of 1 iteration, so its segments may not be final.", warning.problem());
        // Twice the cap, but at least the default cap of 300.
        assertEquals(new Fix("Raise the iteration cap (or loosen the tolerance, now 1.0E-4)",
                Fix.Setting.MAX_ITERATIONS, "300"), warning.fix());
        assertEquals(warning.problem() + " Raise the iteration cap (or loosen the tolerance, now 1.0E-4) with "
                + ".maxIterations(300).", warning.java());
        assertTrue(segments.toString().contains(System.lineSeparator() + "Warning: " + warning.java()),
                segments.toString());
    }

    @Test
    void theSameFitWithRoomToIterateConvergesWithoutWarning() {
        // From any two of the points 0, 1, 9, 10, Lloyd's algorithm reaches {0, 1} and {9, 10} (worst start 0 and 1:
        // {0}, {1, 9, 10}; then {0, 1}, {9, 10}; then no change: three assignments), WCSS = 4 · 0.5² = 1.
        FeatureMatrix points = Points.of(new double[][] {{0}, {1}, {9}, {10}});

        Segmentation segments = KMeans.withK(2).restarts(3).seed(5).fit(points);

        assertTrue(segments.converged());
        assertTrue(segments.iterations() <= 3, "iterations " + segments.iterations());
        assertEquals(1.0, segments.wcss(), 1e-12);
        assertEquals(List.of(), segments.warnings());
        assertFalse(segments.toString().contains("Warning"), segments.toString());
    }

    @Test
    void kLargerThanTheNumberOfDistinctCustomersIsRefusedWithTheLimit() {
        FeatureMatrix points = Points.of(new double[][] {{1}, {1}, {2}, {2}, {3}});

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KMeans.withK(4).fit(points));

        assertTrue(error.getMessage().contains("only 3 distinct"), error.getMessage());
        assertTrue(error.getMessage().contains("k ≤ 3"), error.getMessage());
    }

    @Test
    void startingCentresRefuseTooFewDistinctRowsRaggedRowsAndGapsNamingTheRow() {
        KMeans four = KMeans.withK(4);

        String tooFew = assertThrows(IllegalArgumentException.class,
                () -> four.startingCentres(new double[][] {{1}, {1}, {2}, {2}, {3}})).getMessage();
        String ragged = assertThrows(IllegalArgumentException.class,
                () -> four.startingCentres(new double[][] {{1, 2}, {3, 4}, {5}})).getMessage();
        String gap = assertThrows(IllegalArgumentException.class,
                () -> four.startingCentres(new double[][] {{1, 2}, {3, Double.NaN}})).getMessage();

        assertTrue(tooFew.contains("only 3 distinct") && tooFew.contains("k ≤ 3"), tooFew);
        assertTrue(ragged.startsWith("row 2 has 1 values but row 0 has 2"), ragged);
        assertTrue(gap.startsWith("row 1 has NaN in column 1"), gap);
    }

    @Test
    void kEqualToTheNumberOfDistinctCustomersGivesZeroWcss() {
        FeatureMatrix points = Points.of(new double[][] {{1}, {1}, {2}, {2}, {3}});

        Segmentation segments = KMeans.withK(3).fit(points);

        assertEquals(0.0, segments.wcss(), 1e-12);
        assertArrayEquals(new int[] {2, 2, 1}, segments.sizes());
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KMeans.withK(0));
        assertThrows(IllegalArgumentException.class, () -> KMeans.withK(2).restarts(0));
        assertThrows(IllegalArgumentException.class, () -> KMeans.withK(2).maxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> KMeans.withK(2).tolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> KMeans.withK(2).tolerance(Double.NaN));
    }

}
