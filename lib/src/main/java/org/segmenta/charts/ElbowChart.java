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
     * The elbow chart of WCSS values computed elsewhere, e.g. by a k sweep on Spark
     * ({@code org.segmenta.spark.clustering.SparkKSweep}, whose {@code ks()} and {@code wcssValues()} fit here).
     *
     * @param ks consecutive ascending values of k, at least two
     * @param wcss the WCSS of each k, as many values as ks, finite
     * @param chosenK a k of {@code ks} to mark, or 0 for none
     * @return the elbow chart
     * @throws IllegalArgumentException if the arrays differ in length, ks are not consecutive and ascending, a WCSS is
     *     not finite, or chosenK is neither 0 nor one of ks
     */
    public static XYChart of(int[] ks, double[] wcss, int chosenK) {
        if (ks.length != wcss.length || ks.length < 2) {
            throw new IllegalArgumentException("an elbow chart needs one WCSS per k and at least two ks; got "
                    + ks.length + " ks and " + wcss.length + " WCSS values");
        }
        for (int i = 0; i < ks.length; i++) {
            if (i > 0 && ks[i] != ks[i - 1] + 1) {
                throw new IllegalArgumentException("the ks must be consecutive and ascending, got "
                        + Arrays.toString(ks));
            }
            if (!Double.isFinite(wcss[i])) {
                throw new IllegalArgumentException("WCSS at k = " + ks[i] + " is " + wcss[i] + "; give finite values");
            }
        }
        if (chosenK != 0 && (chosenK < ks[0] || chosenK > ks[ks.length - 1])) {
            throw new IllegalArgumentException("chosen k = " + chosenK + " is outside the swept range " + ks[0] + ".."
                    + ks[ks.length - 1]);
        }
        return wcssByK("Elbow method: WCSS by number of segments", ks.clone(), wcss.clone(), chosenK,
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
