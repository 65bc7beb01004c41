package org.segmenta.charts;

import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.choosingk.ElbowCurve;

/**
 * The elbow chart: WCSS (y) against the number of segments k (x), one point per k. Read it from left to right: where
 * the curve stops falling steeply and bends into a flatter line is the elbow, a candidate k.
 */
public final class ElbowChart {

    private ElbowChart() {
    }

    /** @return the elbow chart of {@code curve}, without a highlighted k */
    public static XYChart of(ElbowCurve curve) {
        return of(curve, 0);
    }

    /**
     * @param curve the WCSS values to draw
     * @param chosenK a k to mark (e.g. the one the study picks), or 0 for none
     * @return the elbow chart
     */
    public static XYChart of(ElbowCurve curve, int chosenK) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Elbow method: WCSS by number of segments")
                .xAxisTitle("Number of segments k")
                .yAxisTitle("Within-cluster sum of squares (WCSS)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setMarkerSize(9);
        double[] ks = Arrays.stream(curve.ks()).asDoubleStream().toArray();
        XYSeries line = chart.addSeries("WCSS (best of restarts)", ks, curve.wcssValues());
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setLineColor(Palette.segmentColor(0));
        line.setMarkerColor(Palette.segmentColor(0));
        line.setMarker(SeriesMarkers.CIRCLE);
        if (chosenK > 0) {
            if (chosenK > curve.maxK()) {
                throw new IllegalArgumentException("chosen k = " + chosenK + " is outside the swept range 1.."
                        + curve.maxK());
            }
            XYSeries chosen = chart.addSeries("chosen k = " + chosenK, new double[] {chosenK},
                    new double[] {curve.wcss(chosenK)});
            chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            chosen.setMarker(SeriesMarkers.DIAMOND);
            chosen.setMarkerColor(Palette.HIGHLIGHT);
            chosen.setLineStyle(SeriesLines.NONE);
        }
        return chart;
    }
}
