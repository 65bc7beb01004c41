package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;
import tech.tablesaw.api.Table;

class KSelectionTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");
    private static final KMeansSettings SEED_42 = KMeans.settings().restarts(10).seed(42);
    private static final KSelection MALL_SELECTION = KSelection.sweep(MALL, 1, 10, SEED_42);

    @Test
    void scoresEachKWithTheIndicesOfItsKMeansFit() {
        // At k = 5 our k-means finds scikit-learn's partition (WCSS 44448.4554479337, KMeans(5, n_init=10,
        // random_state=42)); scikit-learn 1.2.1 scores it: silhouette_score 0.553931997444648,
        // calinski_harabasz_score 247.35899338037282, davies_bouldin_score 0.5725628995597083.
        assertEquals(44448.4554479337, MALL_SELECTION.wcss(5), 1e-6);
        assertEquals(0.553931997444648, MALL_SELECTION.meanSilhouette(5), 1e-12);
        assertEquals(247.35899338037282, MALL_SELECTION.calinskiHarabasz(5), 1e-9);
        assertEquals(0.5725628995597083, MALL_SELECTION.daviesBouldin(5), 1e-12);
    }

    @Test
    void oneSegmentHasNoSilhouetteCalinskiHarabaszOrDaviesBouldin() {
        assertTrue(Double.isNaN(MALL_SELECTION.meanSilhouette(1)));
        assertTrue(Double.isNaN(MALL_SELECTION.calinskiHarabasz(1)));
        assertTrue(Double.isNaN(MALL_SELECTION.daviesBouldin(1)));
        assertThrows(IllegalArgumentException.class, () -> MALL_SELECTION.silhouette(1));
    }

    @Test
    void mallIncomeAndScoreGetFiveSegments() {
        // scikit-learn on the same data (see KneedleTest, CalinskiHarabaszTest): the elbow, the largest silhouette
        // (0.554 at k = 5, next 0.540) and the smallest Davies–Bouldin (0.573 at k = 5, next 0.652) are all at k = 5,
        // while Calinski–Harabasz keeps rising to k = 9 (270.96).
        assertEquals(5, MALL_SELECTION.bestK(Criterion.ELBOW).orElseThrow());
        assertEquals(5, MALL_SELECTION.bestK(Criterion.SILHOUETTE).orElseThrow());
        assertEquals(5, MALL_SELECTION.bestK(Criterion.DAVIES_BOULDIN).orElseThrow());
        assertEquals(9, MALL_SELECTION.bestK(Criterion.CALINSKI_HARABASZ).orElseThrow());
        assertEquals(5, MALL_SELECTION.recommendedK());
        assertTrue(MALL_SELECTION.explanation().startsWith(
                "k = 5: the elbow, silhouette and Davies–Bouldin agree (3 of 5 criteria)."),
                MALL_SELECTION.explanation());
        assertTrue(MALL_SELECTION.explanation().contains("Calinski–Harabasz prefers k = 9."),
                MALL_SELECTION.explanation());
    }

    @Test
    void theGapCriterionIsTheGapRuleOfTheSweptGapStatistic() {
        assertEquals(MALL_SELECTION.gap().chosenK(), MALL_SELECTION.bestK(Criterion.GAP));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, MALL_SELECTION.gap().ks());
        assertEquals(10, MALL_SELECTION.gap().references());
    }

    @Test
    void tableHasOneReadableRowPerK() {
        Table table = MALL_SELECTION.table();

        assertEquals(List.of("k", "WCSS", "Mean silhouette", "Calinski–Harabasz", "Davies–Bouldin", "Gap", "Gap s(k)",
                "Preferred by"), table.columnNames());
        assertEquals(10, table.rowCount());
        assertTrue(table.doubleColumn("Mean silhouette").isMissing(0));
        assertEquals("the elbow, silhouette, Davies–Bouldin", table.stringColumn("Preferred by").get(4));
        assertEquals("0.554", table.doubleColumn("Mean silhouette").getString(4));
        assertEquals("44,448.46", table.doubleColumn("WCSS").getString(4));
    }

    @Test
    void criteriaTableListsEachCriterionsChoice() {
        Table table = MALL_SELECTION.criteriaTable();

        assertEquals(5, table.rowCount());
        assertEquals("Calinski–Harabasz", table.stringColumn("Criterion").get(2));
        assertEquals(9, table.intColumn("Preferred k").getInt(2));
    }

    @Test
    void eachKIsTheFitTheSameSettingsGiveOnTheirOwn() {
        for (int k = 1; k <= 10; k++) {
            assertArrayEquals(SEED_42.withK(k).fit(MALL).labels(), MALL_SELECTION.fit(k).labels(), "k = " + k);
        }
    }

    @Test
    void theSameSeedGivesTheSameTable() {
        KSelection again = KSelection.sweep(MALL, 1, 10, SEED_42);

        assertEquals(MALL_SELECTION.table().print(), again.table().print());
    }

    @Test
    void threeWellSeparatedBlobsGetThreeSegmentsFromEveryCriterion() {
        SplittableRandom random = new SplittableRandom(4);
        double[][] centres = {{0, 0}, {10, 0}, {5, 9}};
        double[][] rows = new double[150][];
        for (int i = 0; i < rows.length; i++) {
            double[] c = centres[i / 50];
            rows[i] = new double[] {c[0] + random.nextDouble() - 0.5, c[1] + random.nextDouble() - 0.5};
        }

        KSelection selection = KSelection.sweep(Points.of(rows), 1, 8, KMeans.settings().restarts(5).seed(1));

        assertEquals(3, selection.recommendedK());
        assertEquals(5, selection.recommendation().supporters().size(), selection.explanation());
    }

    @Test
    void aSilhouetteSampleIsUsedForEveryKAndReported() {
        KSelection sampled = KSelection.sweep(MALL, 2, 5, SEED_42.seed(7),
                KSelectionOptions.defaults().silhouetteSampleSize(100).gapReferences(3));

        assertTrue(sampled.silhouette(3).isSampled());
        assertEquals("estimated on a random sample of 100 of 200 customers (seed 7)",
                sampled.silhouette(5).description());
        assertArrayEquals(sampled.silhouette(2).rows(), sampled.silhouette(5).rows());
        assertEquals(3, sampled.gap().references());
    }

    @Test
    void theExactSilhouetteIsTheDefault() {
        assertFalse(MALL_SELECTION.silhouette(4).isSampled());
    }

    @Test
    void tooShortARangeIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KSelection.sweep(MALL, 2, 3, SEED_42));

        assertTrue(error.getMessage().contains("minK = 2, maxK = 3"), error.getMessage());
    }

    @Test
    void aRangeBeyondTheDistinctCustomersIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> KSelection.sweep(Points.line(0, 1, 2, 3, 4), 1, 5, SEED_42));
    }

    @Test
    void manyCustomersWithoutASilhouetteSampleAreRefusedBeforeAnyWork() {
        double[][] rows = new double[Silhouette.MAX_EXACT_ROWS + 1][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i};
        }

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KSelection.sweep(Points.of(rows), 1, 5, SEED_42));

        assertTrue(error.getMessage().contains("silhouetteSampleSize"), error.getMessage());
    }
}
