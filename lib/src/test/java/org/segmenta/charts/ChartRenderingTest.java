package org.segmenta.charts;

import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.segmenta.choosingk.ElbowCurve;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;

class ChartRenderingTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";
    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), INCOME, SCORE);



    @Test
    void elbowChartDrawsOnePointPerKAndMarksTheChosenK() throws IOException {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 8, KMeans.settings().seed(42));

        XYChart chart = ElbowChart.of(elbow, 5);

        assertEquals(8, chart.getSeriesMap().get("WCSS (best of restarts)").getXData().length);
        assertEquals(5.0, chart.getSeriesMap().get("chosen k = 5").getXData()[0]);
        assertEquals("Number of segments k", chart.getXAxisTitle());
        BufferedImage image = png(chart);
        assertEquals(800, image.getWidth());
        assertTrue(pixelsOf(image, Palette.HIGHLIGHT) > 20, "the chosen-k marker is not drawn");
        assertTrue(pixelsOf(image, Palette.segmentColor(0)) > 200, "the WCSS curve is not drawn");
    }

    @Test
    void elbowChartRefusesAChosenKOutsideTheSweep() {
        ElbowCurve elbow = ElbowCurve.sweep(MALL, 4, KMeans.settings().seed(42));

        assertThrows(IllegalArgumentException.class, () -> ElbowChart.of(elbow, 9));
    }

    @Test
    void elbowChartOfValuesComputedElsewhereDrawsThemAndMarksTheChosenK() throws IOException {
        // WCSS of the mall data (income, score) for k = 2..4 as another engine reports them: any values will do.
        int[] ks = {2, 3, 4};
        double[] wcss = {181363.6, 106348.4, 73679.8};

        XYChart chart = ElbowChart.of(ks, wcss, 3);

        assertEquals(List.of(2.0, 3.0, 4.0), java.util.Arrays.stream(chart.getSeriesMap()
                .get("WCSS (best of restarts)").getXData()).boxed().toList());
        assertEquals(106348.4, chart.getSeriesMap().get("chosen k = 3").getYData()[0]);
        assertTrue(pixelsOf(png(chart), Palette.HIGHLIGHT) > 20, "the chosen-k marker is not drawn");
        assertThrows(IllegalArgumentException.class, () -> ElbowChart.of(new int[] {2, 4}, new double[] {1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> ElbowChart.of(ks, wcss, 5));
        assertThrows(IllegalArgumentException.class, () -> ElbowChart.of(ks, new double[] {1, Double.NaN, 2}, 0));
    }

    @Test
    void segmentScatterHasOneColouredSeriesPerSegmentPlusCentroids() throws IOException {
        Segmentation segments = KMeans.withK(5).seed(42).fit(MALL);

        XYChart chart = SegmentScatterChart.of(segments, INCOME, SCORE);

        assertEquals(List.of("Segment 1 (81)", "Segment 2 (39)", "Segment 3 (35)", "Segment 4 (23)", "Segment 5 (22)",
                "Centroids"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(INCOME, chart.getXAxisTitle());
        assertEquals(SCORE, chart.getYAxisTitle());
        int points = 0;
        for (int s = 0; s < 5; s++) {
            points += chart.getSeriesMap().get("Segment " + (s + 1) + " (" + segments.size(s) + ")").getXData().length;
        }
        assertEquals(200, points);
        BufferedImage image = png(chart);
        for (int s = 0; s < 5; s++) {
            assertTrue(pixelsOf(image, Palette.segmentColor(s)) > 50, "segment " + (s + 1) + " colour missing");
        }
    }

    @Test
    void segmentScatterPlacesCentroidsAtTheSegmentMeans() {
        Segmentation segments = KMeans.withK(5).seed(42).fit(MALL);

        XYChart chart = SegmentScatterChart.of(segments, SCORE, INCOME);

        double[] x = chart.getSeriesMap().get("Centroids").getXData();
        double[] y = chart.getSeriesMap().get("Centroids").getYData();
        for (int s = 0; s < 5; s++) {
            assertEquals(segments.centroid(s)[1], x[s], 1e-12);
            assertEquals(segments.centroid(s)[0], y[s], 1e-12);
        }
    }

    @Test
    void segmentScatterNamesAnUnknownFeature() {
        Segmentation segments = KMeans.withK(2).seed(42).fit(MALL);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SegmentScatterChart.of(segments, "Age", SCORE));

        assertTrue(error.getMessage().contains("'Age'"), error.getMessage());
    }

    @Test
    void paletteColoursAreDistinctForEightSegments() {
        for (int a = 0; a < 8; a++) {
            for (int b = a + 1; b < 8; b++) {
                assertTrue(!Palette.segmentColor(a).equals(Palette.segmentColor(b)), a + " and " + b);
            }
        }
    }
}
