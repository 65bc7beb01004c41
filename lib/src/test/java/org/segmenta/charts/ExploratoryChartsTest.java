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
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.exploring.CorrelationMatrix;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.Table;

class ExploratoryChartsTest {

    private static final Table MALL = CustomerData.mallCustomers(MallData.FILE);
    private static final String AGE = "Age";
    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";


    @Test
    void histogramCountsMatchNumpy() throws IOException {
        CategoryChart chart = HistogramChart.of(MALL, AGE);

        // 200 values -> Sturges: ceil(log2 200) + 1 = 9 bins over [18, 70]. numpy 1.24.2:
        // np.histogram(d['Age'], bins=9, range=(18, 70))[0] -> [31, 24, 43, 26, 13, 27, 12, 10, 14]
        List<Double> counts = chart.getSeriesMap().get(AGE).getYData().stream().map(Number::doubleValue).toList();
        assertEquals(List.of(31.0, 24.0, 43.0, 26.0, 13.0, 27.0, 12.0, 10.0, 14.0), counts);
        png(chart);
    }

    @Test
    void sturgesRuleGivesTheTextbookBinCounts() {
        assertEquals(1, HistogramChart.sturgesBins(1));
        assertEquals(9, HistogramChart.sturgesBins(200));
        assertEquals(13, HistogramChart.sturgesBins(2240));
    }

    @Test
    void boxPlotsBySegmentHaveOneBoxPerSegmentWithItsCustomers() throws IOException {
        Segmentation segments = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(MALL, INCOME, SCORE));

        BoxChart chart = BoxPlotChart.bySegment(MALL, segments, AGE);

        assertEquals(5, chart.getSeriesMap().size());
        for (int s = 0; s < 5; s++) {
            assertEquals(segments.size(s), chart.getSeriesMap().get("Segment " + (s + 1)).getYData().size());
        }
        png(chart);
    }

    @Test
    void boxPlotsOfColumnsHaveOneBoxPerColumn() throws IOException {
        BoxChart chart = BoxPlotChart.of(MALL, INCOME, SCORE);

        assertEquals(List.of(INCOME, SCORE), List.copyOf(chart.getSeriesMap().keySet()));
        png(chart);
    }

    @Test
    void categoryCountsAreOrderedByFrequencyWithShares() throws IOException {
        CategoryChart chart = CategoryCountChart.of(MALL, "Gender");

        // data/README.md: 112 Female / 88 Male.
        var series = chart.getSeriesMap().get("Gender");
        assertEquals(List.of("Female (56 %)", "Male (44 %)"), List.copyOf(series.getXData()));
        assertEquals(List.of(112, 88), List.copyOf(series.getYData()));
        png(chart);
    }

    @Test
    void categoryCountsShowMissingValuesAsTheirOwnBar() {
        Table table = Table.create("t", tech.tablesaw.api.StringColumn.create("c", "a", "", "a"));

        var series = CategoryCountChart.of(table, "c").getSeriesMap().get("c");

        assertEquals(List.of("a (67 %)", CategoryCountChart.MISSING + " (33 %)"), List.copyOf(series.getXData()));
    }

    @Test
    void correlationHeatmapUsesTheDivergingScaleAndRenders() throws IOException {
        HeatMapChart chart = CorrelationHeatmap.of(CorrelationMatrix.of(MALL, AGE, INCOME, SCORE));

        BufferedImage image = png(chart);
        assertEquals(-1.0, chart.getStyler().getMin());
        assertEquals(1.0, chart.getStyler().getMax());
        assertEquals(9, chart.getHeatMapSeries().getHeatData().size());
        assertTrue(image.getWidth() > 0);
    }

    @Test
    void scatterMatrixIsASquareGridWithHistogramsOnTheDiagonal() {
        ChartGrid grid = ScatterMatrix.of(MALL, AGE, INCOME, SCORE);

        assertEquals(3, grid.columns());
        assertEquals(3, grid.rows());
        assertTrue(grid.cells().get(0) instanceof CategoryChart);
        assertTrue(grid.cells().get(4) instanceof CategoryChart);
        BufferedImage image = grid.toImage();
        assertEquals(3 * grid.cells().get(1).getWidth(), image.getWidth());
    }

    @Test
    void scatterMatrixBySegmentHasOneSeriesPerSegmentInEachScatterCell() {
        Segmentation segments = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(MALL, INCOME, SCORE));

        ChartGrid grid = ScatterMatrix.of(MALL, segments, INCOME, SCORE);

        assertEquals(5, grid.cells().get(1).getSeriesMap().size());
        assertEquals(5, grid.cells().get(2).getSeriesMap().size());
    }

    @Test
    void unknownColumnsAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HistogramChart.of(MALL, "Income"));

        assertTrue(error.getMessage().contains("'Income'"), error.getMessage());
    }
}
