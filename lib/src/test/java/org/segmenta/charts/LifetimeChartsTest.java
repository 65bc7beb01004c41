package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.CumulativeRepeatPurchases;
import org.segmenta.lifetime.HoldoutFrequencyFit;
import org.segmenta.lifetime.ProbabilityAliveGrid;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;

/** The lifetime validation charts draw the numbers of their results (a tiny hand-made cohort keeps them checkable). */
class LifetimeChartsTest {

    private static final BgNbdModel MODEL = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private static final RepeatPurchaseSummary COHORT = RepeatPurchaseSummary.of(TimeUnit.WEEKS,
            new int[] {0, 0, 1, 2, 3}, new double[] {0, 0, 10, 20, 30}, new double[] {38, 30, 35, 38, 38})
            .withHoldout(new int[] {0, 1, 1, 2, 4}, 39);

    @Test
    void holdoutChartDrawsActualAndExpectedMeansPerGroup() {
        HoldoutFrequencyFit fit = HoldoutFrequencyFit.of(MODEL, COHORT, 2);
        CategoryChart chart = HoldoutPurchasesChart.of(fit);

        CategorySeries actual = chart.getSeriesMap().get("actual");
        CategorySeries expected = chart.getSeriesMap().get("BG/NBD expected");
        assertEquals(List.of("0 (2)", "1 (1)", "2+ (2)"), List.copyOf(actual.getXData()));
        assertEquals(List.of(0.5, 1.0, 3.0), List.copyOf(actual.getYData()));
        assertEquals(fit.expectedMean()[2], expected.getYData().stream().toList().get(2).doubleValue(), 0);
        assertTrue(pixelsOf(png(chart), Palette.HIGHLIGHT) > 50);
    }

    @Test
    void cumulativeChartMarksTheEndOfCalibration() {
        CumulativeRepeatPurchases curve = CumulativeRepeatPurchases.of(MODEL, new double[] {0, 2, 5},
                new double[] {3, 8, 8, 20, 45}, 1, 60);
        XYChart chart = CumulativePurchasesChart.of(curve, 39, "weeks");

        XYSeries actual = chart.getSeriesMap().get("actual");
        assertEquals(60, actual.getXData().length);
        assertEquals(4.0, actual.getYData()[38], 0);   // purchases at 3, 8, 8, 20 by week 39
        assertEquals(5.0, actual.getYData()[59], 0);
        XYSeries end = chart.getSeriesMap().get("end of calibration");
        assertEquals(39.0, end.getXData()[0], 0);
        assertEquals("Time (weeks)", chart.getXAxisTitle());
        assertTrue(pixelsOf(png(chart), Palette.INK) > 50);
    }

    @Test
    void aCurveMadeFromArraysHasNoCalibrationMarker() {
        CumulativeRepeatPurchases curve = CumulativeRepeatPurchases.of(MODEL, new double[] {0, 2, 5},
                new double[] {3, 8, 8, 20, 45}, 1, 60);
        XYChart chart = CumulativePurchasesChart.of(curve);

        assertEquals(false, chart.getSeriesMap().containsKey("end of calibration"));
        assertEquals("Time (time units)", chart.getXAxisTitle());
    }

    @Test
    void probabilityAliveHeatMapHasOneCellPerFrequencyAndRecency() {
        ProbabilityAliveGrid grid = ProbabilityAliveGrid.of(MODEL, 10, 39, 14);
        HeatMapChart chart = ProbabilityAliveChart.of(grid);

        assertEquals(11 * 14, chart.getHeatMapSeries().getHeatData().size());
        Number[] last = chart.getHeatMapSeries().getHeatData().get(11 * 14 - 1);
        assertEquals(13, last[0].intValue());
        assertEquals(10, last[1].intValue());
        assertEquals(grid.probability(10, 13), last[2].doubleValue(), 0);
        png(chart);
    }
}
