package org.segmenta.charts;

import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.stability.BootstrapStability;
import org.segmenta.stability.StabilityAssessment;
import org.segmenta.testing.MallData;

class StabilityChartTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            Scaling.STANDARD, "Annual Income (k$)", "Spending Score (1-100)");
    private static final Segmentation SEGMENTS = KMeans.withK(5).seed(42).fit(MALL);
    private static final StabilityAssessment STABILITY = BootstrapStability.of(KMeans.withK(5)).samples(30)
            .assess(SEGMENTS);

    @Test
    void hasOneBarPerSegmentAtItsOwnCategoryHoldingTheMeanJaccard() {
        CategoryChart chart = StabilityChart.of(STABILITY);

        for (int s = 0; s < 5; s++) {
            CategorySeries bar = chart.getSeriesMap().get("Segment " + (s + 1) + " (" + SEGMENTS.size(s) + ")");
            List<?> categories = List.copyOf(bar.getXData());
            List<? extends Number> values = bar.getYData().stream().toList();   // holds nulls: not List.copyOf
            assertEquals("Segment " + (s + 1), categories.get(s));
            assertEquals(STABILITY.segment(s).meanJaccard(), values.get(s).doubleValue(), 1e-15);
            for (int other = 0; other < 5; other++) {
                if (other != s) {
                    assertNull(values.get(other), "bar " + s + " at category " + other);
                }
            }
            assertEquals(Palette.segmentColor(s), bar.getFillColor());
        }
    }

    @Test
    void drawsHennigsThresholdsOfTheMeanAsLines() {
        CategoryChart chart = StabilityChart.of(STABILITY);

        // No 0.5 line: "dissolved" is an event of one resample, not a level of the mean.
        List<String> thresholds = List.of("0.85: highly stable", "0.75: stable", "0.6: doubtful below");
        List<Double> levels = List.of(0.85, 0.75, 0.6);
        for (int t = 0; t < 3; t++) {
            CategorySeries line = chart.getSeriesMap().get(thresholds.get(t));
            assertEquals(CategorySeries.CategorySeriesRenderStyle.Line, line.getChartCategorySeriesRenderStyle());
            for (Number value : line.getYData()) {
                assertEquals(levels.get(t), value.doubleValue(), 0.0);
            }
        }
        assertEquals(8, chart.getSeriesMap().size());
    }

    @Test
    void titlesSayWhatIsMeasured() {
        CategoryChart chart = StabilityChart.of(STABILITY);

        assertEquals("Segment stability: mean Jaccard over 30 bootstrap resamples", chart.getTitle());
        assertEquals("Segment", chart.getXAxisTitle());
        assertTrue(chart.getYAxisTitle().startsWith("Mean Jaccard similarity"), chart.getYAxisTitle());
    }

    @Test
    void rendersBarsInThePaletteColoursAndTheThresholdLines() throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(StabilityChart.of(STABILITY), BitmapEncoder.BitmapFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertEquals(ChartStyle.WIDTH, image.getWidth());
        for (int s = 0; s < 5; s++) {
            assertTrue(pixelsOf(image, Palette.segmentColor(s)) > 1000,
                    "bar of segment " + (s + 1) + " missing");
        }
        assertTrue(pixelsOf(image, StabilityChart.THRESHOLD) > 300, "threshold lines missing");
    }
}
