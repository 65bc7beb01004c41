package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.Table;

class ElbowCurveTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");

    @Test
    void sweepsKFromOneToTheMaximum() {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 6, KMeans.settings().seed(42));

        assertEquals(6, elbow.maxK());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, elbow.ks());
        for (int k = 1; k <= 6; k++) {
            assertEquals(k, elbow.fit(k).k());
        }
    }

    @Test
    void wcssAtOneSegmentIsTheTotalSumOfSquares() {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 3, KMeans.settings().seed(42));

        double total = MallData.totalSumOfSquares(MallData.incomeAndScore());
        assertEquals(total, elbow.wcss(1), 1e-9 * total);
    }

    @Test
    void wcssFallsAsKGrowsOnTheMallData() {
        double[] wcss = ElbowCurve.sweep(MALL, 10, KMeans.settings().seed(42)).wcssValues();

        for (int i = 1; i < wcss.length; i++) {
            assertTrue(wcss[i] < wcss[i - 1], "WCSS rose from k=" + i + " to k=" + (i + 1));
        }
    }

    @Test
    void fiveSegmentsReachThePublishedOptimum() {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 10, KMeans.settings().restarts(10).seed(42));

        assertEquals(44448.46, elbow.wcss(5), 44448.46 * 0.001);
    }

    @Test
    void eachKIsTheFitTheSameSettingsGiveOnTheirOwn() {
        KMeansSettings settings = KMeans.settings().restarts(3).seed(7);

        ElbowCurve elbow = ElbowCurve.sweep(MALL, 4, settings);

        for (int k = 1; k <= 4; k++) {
            assertArrayEquals(settings.withK(k).fit(MALL).labels(), elbow.fit(k).labels(), "k = " + k);
        }
    }

    @Test
    void tableShowsTheRelativeDropFromThePreviousK() {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 3, KMeans.settings().seed(42));

        Table table = elbow.table();

        assertEquals(3, table.rowCount());
        assertTrue(table.doubleColumn("Drop from k-1 (%)").isMissing(0));
        double expected = 100 * (elbow.wcss(1) - elbow.wcss(2)) / elbow.wcss(1);
        assertEquals(expected, table.doubleColumn("Drop from k-1 (%)").getDouble(1), 1e-9);
    }

    @Test
    void aMaximumBeyondTheDistinctCustomersOrBelowTwoIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ElbowCurve.sweep(MALL, 1, KMeans.settings()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ElbowCurve.sweep(MALL, 500, KMeans.settings()));
        assertTrue(error.getMessage().contains("distinct"), error.getMessage());
    }
}
