package org.segmenta.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.lifetime.CumulativeRepeatPurchases;

/**
 * Cumulative repeat purchases of a cohort over time, actual against the BG/NBD expectation (Fader, Hardie &amp; Lee
 * 2005, Figure 3; lifetimes' {@code plot_cumulative_transactions}). A dashed vertical line marks the end of the
 * calibration period: to its left the model was fitted to these purchases, to its right the expected line is a
 * forecast, and the gap to the actual line is the forecast error.
 */
public final class CumulativePurchasesChart {

    private CumulativePurchasesChart() {
    }

    /**
     * @param curve the actual and expected curves, made from order lines (it knows its unit and calibration end)
     * @return the chart, with the end of the calibration period marked when the curve knows it
     */
    public static XYChart of(CumulativeRepeatPurchases curve) {
        return of(curve, curve.calibrationEnd(), curve.unit().isEmpty() ? "time units" : curve.unit());
    }

    /**
     * @param curve the actual and expected curves
     * @param calibrationEnd the end of the calibration period, in the curve's time unit (NaN for no marker)
     * @param unit the name of the time unit for the axis, e.g. "weeks"
     */
    public static XYChart of(CumulativeRepeatPurchases curve, double calibrationEnd, String unit) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Cumulative repeat purchases: actual vs BG/NBD")
                .xAxisTitle("Time (" + unit + ")")
                .yAxisTitle("Cumulative repeat purchases").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(80);
        double[] times = curve.times();
        XYSeries actual = chart.addSeries("actual", times, curve.actual());
        actual.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        actual.setMarker(SeriesMarkers.NONE);
        actual.setLineColor(Palette.INK);
        XYSeries expected = chart.addSeries("BG/NBD expected", times, curve.expected());
        expected.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        expected.setMarker(SeriesMarkers.NONE);
        expected.setLineColor(Palette.HIGHLIGHT);
        expected.setLineStyle(SeriesLines.DASH_DASH);
        if (!Double.isNaN(calibrationEnd)) {
            double top = Math.max(max(curve.actual()), max(curve.expected()));
            XYSeries end = chart.addSeries("end of calibration", new double[] {calibrationEnd, calibrationEnd},
                    new double[] {0, top});
            end.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            end.setMarker(SeriesMarkers.NONE);
            end.setLineColor(new java.awt.Color(0x888888));
            end.setLineStyle(SeriesLines.DOT_DOT);
        }
        return chart;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
