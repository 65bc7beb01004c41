package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.segmenta.choosingk.Silhouette;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;

class SilhouettePlotTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");

    @Test
    void hasOneFilledSeriesPerSegmentAndTheDashedMean() throws IOException {
        Silhouette silhouette = Silhouette.of(KMeans.withK(5).seed(42).fit(MALL));

        XYChart chart = SilhouettePlot.of(silhouette);

        assertEquals(List.of("Segment 1 (81, mean 0.60)", "Segment 2 (39, mean 0.51)", "Segment 3 (35, mean 0.50)",
                "Segment 4 (23, mean 0.51)", "Segment 5 (22, mean 0.60)", "Mean silhouette 0.554"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries mean = chart.getSeriesMap().get("Mean silhouette 0.554");
        assertArrayEquals(new double[] {silhouette.mean(), silhouette.mean()}, mean.getXData());
        RenderedChart image = RenderedChart.of(chart);
        assertEquals(800, image.width());
        for (int s = 0; s < 5; s++) {
            // A filled block, not a thin outline: at least a pixel per customer and more.
            assertTrue(image.pixelsOf(Palette.segmentColor(s)) > 20 * silhouette.segmentValuesDescending(s).length,
                    "segment " + (s + 1) + " is not filled");
        }
        assertTrue(image.pixelsOf(Color.BLACK) > 100, "the mean line is not drawn");
    }

    @Test
    void barsTraceEachCustomersWidthLargestFirst() {
        // Five customers: widths 14/19, 4/5, 9/13 (Segment 1) and 19/22, 22/25 (Segment 2), worked out in
        // SilhouetteTest.
        Segmentation segments = Points.segmented(Points.line(0, 2, 3, 9, 10), 0, 0, 0, 1, 1);

        XYChart chart = SilhouettePlot.of(Silhouette.of(segments));

        XYSeries first = chart.getSeriesMap().get("Segment 1 (3, mean 0.74)");
        assertArrayEquals(new double[] {0, 4.0 / 5, 4.0 / 5, 14.0 / 19, 14.0 / 19, 9.0 / 13, 9.0 / 13, 0},
                first.getXData(), 1e-15);
        double[] y = first.getYData();
        assertEquals(1.0, y[1] - y[2], 1e-12, "each customer's bar is one unit high");
        assertEquals(y[0], y[1]);
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, first.getXYSeriesRenderStyle());
        XYSeries second = chart.getSeriesMap().get("Segment 2 (2, mean 0.87)");
        double lowestOfFirst = Arrays.stream(y).min().orElseThrow();
        double highestOfSecond = Arrays.stream(second.getYData()).max().orElseThrow();
        assertTrue(highestOfSecond < lowestOfFirst, "Segment 2 must sit below Segment 1, with a gap");
    }

    @Test
    void aSampledSilhouetteSaysSoInTheTitle() {
        Silhouette sample = Silhouette.ofSample(KMeans.withK(5).seed(42).fit(MALL), 100, 3);

        XYChart chart = SilhouettePlot.of(sample);

        assertTrue(chart.getTitle().contains("sample of 100"), chart.getTitle());
        int bars = chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith("Segment"))
                .mapToInt(s -> (s.getXData().length - 2) / 2).sum();
        assertEquals(100, bars);
    }

    @Test
    void axesAreTitledAndTheWidthAxisReachesOne() {
        XYChart chart = SilhouettePlot.of(Silhouette.of(KMeans.withK(3).seed(42).fit(MALL)));

        assertEquals("Silhouette width s(i) (−1 to 1, no unit)", chart.getXAxisTitle());
        assertEquals("Customers, sorted within segment", chart.getYAxisTitle());
        assertEquals(1.0, chart.getStyler().getXAxisMax());
        assertTrue(chart.getStyler().getXAxisMin() <= -0.1);
        assertEquals(4, chart.getSeriesMap().size());
    }
}
