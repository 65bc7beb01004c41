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
        if (chosenK > curve.maxK()) {
            throw new IllegalArgumentException("chosen k = " + chosenK + " is outside the swept range 1.."
                    + curve.maxK());
        }
        return wcssByK("Elbow method: WCSS by number of segments", curve.ks(), curve.wcssValues(), chosenK,
                "chosen k = " + chosenK);
    }

    /**
     * The chart both elbow charts draw (this one and {@link KSelectionChart#elbowWithKnee}): the series
     * "WCSS (best of restarts)" by k, and a diamond named {@code markName} on {@code markedK} if it is above 0.
     *
     * @param ks consecutive ascending ks, one per WCSS value
     * @param markedK a k of {@code ks} to mark, or 0 for none
     */
    static XYChart wcssByK(String title, int[] ks, double[] wcss, int markedK, String markName) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title)
                .xAxisTitle("Number of segments k")
                .yAxisTitle("Within-cluster sum of squares (WCSS)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setMarkerSize(9);
        XYSeries line = chart.addSeries("WCSS (best of restarts)", Arrays.stream(ks).asDoubleStream().toArray(), wcss);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setLineColor(Palette.segmentColor(0));
        line.setMarkerColor(Palette.segmentColor(0));
        line.setMarker(SeriesMarkers.CIRCLE);
        if (markedK > 0) {
            XYSeries marked = chart.addSeries(markName, new double[] {markedK},
                    new double[] {wcss[markedK - ks[0]]});
            marked.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            marked.setMarker(SeriesMarkers.DIAMOND);
            marked.setMarkerColor(Palette.HIGHLIGHT);
            marked.setLineStyle(SeriesLines.NONE);
        }
        return chart;
    }
}
