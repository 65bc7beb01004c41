package org.segmenta.charts;

import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.lifetime.HoldoutFrequencyFit;

/**
 * Actual against expected holdout purchases, by the number of repeat purchases in the calibration period (Fader,
 * Hardie &amp; Lee 2005, Figure 4; lifetimes' {@code plot_calibration_purchases_vs_holdout_purchases}). Read it
 * group by group: where the two lines lie close, the model forecasts customers with that history well; a line that
 * stays above the other shows the model under- or over-forecasting that group. Small groups (see the customer counts
 * in the labels) wobble more.
 */
public final class HoldoutPurchasesChart {

    private HoldoutPurchasesChart() {
    }

    /** @return the chart of {@code fit}, one category per calibration frequency group */
    public static CategoryChart of(HoldoutFrequencyFit fit) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Holdout purchases by calibration frequency: actual vs BG/NBD")
                .xAxisTitle("Repeat purchases in the calibration period (customers)")
                .yAxisTitle("Mean purchases per customer in the holdout period").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setOverlapped(true); // both lines at the same category positions
        String[] labels = fit.labels();
        int[] customers = fit.customers();
        List<String> categories = new java.util.ArrayList<>();
        for (int g = 0; g < labels.length; g++) {
            categories.add(labels[g] + " (" + customers[g] + ")");
        }
        CategorySeries actual = chart.addSeries("actual", categories, boxed(fit.actualMean()));
        actual.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        actual.setLineColor(Palette.INK);
        actual.setMarkerColor(Palette.INK);
        actual.setMarker(SeriesMarkers.CIRCLE);
        CategorySeries expected = chart.addSeries("BG/NBD expected", categories, boxed(fit.expectedMean()));
        expected.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        expected.setLineColor(Palette.HIGHLIGHT);
        expected.setMarkerColor(Palette.HIGHLIGHT);
        expected.setMarker(SeriesMarkers.DIAMOND);
        return chart;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
