package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.segmenta.choosingk.KSelection;
import org.segmenta.clustering.KMeans;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;

class KSelectionChartTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");
    private static final KSelection SELECTION = KSelection.sweep(MALL, 1, 10, KMeans.settings().restarts(10).seed(42));

    @Test
    void elbowChartMarksTheKneeOnTheWcssCurve() throws IOException {
        XYChart chart = KSelectionChart.elbowWithKnee(SELECTION);

        XYSeries curve = chart.getSeriesMap().get("WCSS (best of restarts)");
        XYSeries knee = chart.getSeriesMap().get("Elbow (Kneedle): k = 5");
        assertEquals(10, curve.getXData().length);
        assertArrayEquals(SELECTION.wcssValues(), curve.getYData());
        assertEquals(5.0, knee.getXData()[0]);
        assertEquals(SELECTION.wcss(5), knee.getYData()[0]);
        assertEquals("Number of segments k", chart.getXAxisTitle());
        RenderedChart image = RenderedChart.of(chart);
        assertTrue(image.pixelsOf(Palette.HIGHLIGHT) > 20, "the knee marker is not drawn");
        assertTrue(image.pixelsOf(Palette.segmentColor(0)) > 200, "the WCSS curve is not drawn");
    }

    @Test
    void elbowChartSaysWhenThereIsNoKnee() {
        // Only k = 1..3: the threshold (maximum difference − S/(n − 1) = maximum − 1/2) lies below the whole
        // difference curve, so Kneedle declares no elbow.
        double[] line = new double[40];
        for (int i = 0; i < line.length; i++) {
            line[i] = i;
        }
        KSelection noElbow = KSelection.sweep(Points.line(line), 1, 3, KMeans.settings().seed(1));

        XYChart chart = KSelectionChart.elbowWithKnee(noElbow);

        assertFalse(noElbow.elbow().found());
        assertEquals(1, chart.getSeriesMap().size());
        assertTrue(chart.getTitle().endsWith("(no elbow found)"), chart.getTitle());
    }

    @Test
    void criteriaChartShowsEachCriterionRescaledWithItsChoiceAndTheRecommendedK() throws IOException {
        XYChart chart = KSelectionChart.criteria(SELECTION);

        List<String> legend = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getName).toList();
        assertEquals(List.of("Silhouette (best k = 5)", "Calinski–Harabasz (best k = 9)",
                "Davies–Bouldin, inverted (best k = 5)", "Gap (rule picks k = " + SELECTION.gap().chosenK().getAsInt()
                        + ")", "Recommended k = 5"), legend);
        XYSeries silhouette = chart.getSeriesMap().get("Silhouette (best k = 5)");
        assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7, 8, 9, 10}, silhouette.getXData());
        assertEquals(1.0, silhouette.getYData()[3], 1e-12);
        XYSeries daviesBouldin = chart.getSeriesMap().get("Davies–Bouldin, inverted (best k = 5)");
        assertEquals(1.0, daviesBouldin.getYData()[3], 1e-12);
        assertArrayEquals(new double[] {5, 5}, chart.getSeriesMap().get("Recommended k = 5").getXData());
        RenderedChart image = RenderedChart.of(chart);
        for (int c = 0; c < 4; c++) {
            assertTrue(image.pixelsOf(Palette.segmentColor(c)) > 100, "criterion " + c + " is not drawn");
        }
    }

    @Test
    void rescalingMapsTheBestValueToOneAndTheWorstToZero() {
        assertArrayEquals(new double[] {0, 0.5, 1}, KSelectionChart.rescaled(new double[] {2, 3, 4}, false));
        assertArrayEquals(new double[] {1, 0.5, 0}, KSelectionChart.rescaled(new double[] {2, 3, 4}, true));
        assertArrayEquals(new double[] {1, 1}, KSelectionChart.rescaled(new double[] {7, 7}, false));
    }

    @Test
    void gapChartDrawsGapsWithTheirStandardErrorsAndTheRulesK() throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        double[][] rows = new double[150][];
        double[][] centres = {{0, 0}, {10, 0}, {5, 9}};
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {centres[i / 50][0] + random.nextDouble(), centres[i / 50][1] + random.nextDouble()};
        }
        KSelection blobs = KSelection.sweep(Points.of(rows), 1, 6, KMeans.settings().restarts(5).seed(1));

        XYChart chart = GapChart.of(blobs.gap());

        XYSeries gaps = chart.getSeriesMap().get("Gap(k) ± s(k)");
        assertArrayEquals(blobs.gap().gaps(), gaps.getYData());
        assertArrayEquals(blobs.gap().standardErrors(), gaps.getExtraValues());
        assertEquals(3.0, chart.getSeriesMap().get("Gap rule: k = 3").getXData()[0]);
        RenderedChart image = RenderedChart.of(chart);
        assertTrue(image.pixelsOf(Palette.HIGHLIGHT) > 20, "the rule's k is not marked");
        assertTrue(image.pixelsOf(Palette.segmentColor(0)) > 200, "the gap curve is not drawn");
    }
}
