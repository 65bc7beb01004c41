package org.segmenta.charts;

import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.projection.PcaProjection;
import org.segmenta.testing.MallData;

class PcaSegmentMapTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            Scaling.STANDARD, "Age", "Annual Income (k$)", "Spending Score (1-100)");
    private static final Segmentation SEGMENTS = KMeans.withK(5).seed(42).fit(MALL);
    private static final PcaProjection PCA = PcaProjection.of(MALL);


    @Test
    void axisTitlesGiveEachComponentsShareOfVariance() {
        XYChart chart = PcaSegmentMap.of(SEGMENTS, PCA);

        // scikit-learn 1.2.1: PCA().fit(StandardScaler().fit_transform(mall[[Age, Income, Score]]))
        //   .explained_variance_ratio_ -> [0.44266, 0.33308, 0.22425]
        assertEquals("PC1 (44.3 % of variance)", chart.getXAxisTitle());
        assertEquals("PC2 (33.3 % of variance)", chart.getYAxisTitle());
    }

    @Test
    void hasOneSeriesPerSegmentHoldingItsCustomersPlusCentroids() {
        XYChart chart = PcaSegmentMap.of(SEGMENTS, PCA);

        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(SEGMENTS.k() + 1, names.size());
        assertEquals("Centroids", names.get(SEGMENTS.k()));
        for (int s = 0; s < SEGMENTS.k(); s++) {
            String name = "Segment " + (s + 1) + " (" + SEGMENTS.size(s) + ")";
            assertEquals(name, names.get(s));
            assertEquals(SEGMENTS.size(s), chart.getSeriesMap().get(name).getXData().length);
        }
    }

    @Test
    void customersSitAtTheirPrincipalComponentCoordinates() {
        XYChart chart = PcaSegmentMap.of(SEGMENTS, PCA);

        int first = 0;
        while (SEGMENTS.segmentOf(first) != 0) {
            first++;
        }
        String name = "Segment 1 (" + SEGMENTS.size(0) + ")";
        assertEquals(PCA.coordinates(first)[0], chart.getSeriesMap().get(name).getXData()[0], 1e-12);
        assertEquals(PCA.coordinates(first)[1], chart.getSeriesMap().get(name).getYData()[0], 1e-12);
    }

    @Test
    void centroidsAreTheProjectedSegmentCentroids() {
        XYChart chart = PcaSegmentMap.of(SEGMENTS, PCA);

        double[][] expected = PCA.centroids(SEGMENTS);
        for (int s = 0; s < SEGMENTS.k(); s++) {
            assertArrayEquals(expected[s], new double[] {chart.getSeriesMap().get("Centroids").getXData()[s],
                chart.getSeriesMap().get("Centroids").getYData()[s]}, 1e-12);
        }
    }

    @Test
    void rendersEverySegmentInItsPaletteColour() throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(PcaSegmentMap.of(SEGMENTS, PCA), BitmapEncoder.BitmapFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertEquals(ChartStyle.WIDTH, image.getWidth());
        for (int s = 0; s < SEGMENTS.k(); s++) {
            assertTrue(pixelsOf(image, Palette.segmentColor(s)) > 50, "segment " + (s + 1) + " colour missing");
        }
    }

    @Test
    void aOneComponentProjectionIsRefused() {
        PcaProjection line = PcaProjection.of(MALL, 1);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PcaSegmentMap.of(SEGMENTS, line));

        assertTrue(error.getMessage().contains("two principal components"), error.getMessage());
    }
}
