package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.choosingk.Silhouette;
import org.segmenta.clustering.Segmentation;

/**
 * The silhouette plot (Rousseeuw 1987; laid out as scikit-learn's "silhouette analysis" example): one horizontal bar
 * per customer, as long as its silhouette width s(i), sorted within each segment and the segments stacked (Segment 1
 * on top) with a small gap between them, in the segment colours; a dashed vertical line marks the mean silhouette.
 *
 * <p>Read it for three things: segments whose bars mostly stop short of the dashed line are weak; bars to the left of
 * 0 are customers closer to another segment than to their own; very unequal thicknesses mean very unequal sizes.
 *
 * <pre>{@code
 * Show.chart(SilhouettePlot.of(Silhouette.of(segments)));
 * }</pre>
 */
public final class SilhouettePlot {

    private SilhouettePlot() {
    }

    /**
     * @return series "Segment s (n, mean m)" per segment with scored customers (filled polygons tracing the bars)
     *     and "Mean silhouette m" (the dashed line)
     */
    public static XYChart of(Silhouette silhouette) {
        Segmentation segmentation = silhouette.segmentation();
        int k = segmentation.k();
        int scored = silhouette.rows().length;
        int gap = Math.max(2, (int) Math.round(0.02 * scored));
        double[] all = silhouette.values();
        double low = Math.min(-0.1, Arrays.stream(all).min().orElse(0) - 0.05);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(String.format(Locale.ROOT, "Silhouette plot: %s, k = %d (mean %.3f%s)", segmentation.method(),
                        k, silhouette.mean(), silhouette.isSampled() ? ", sample of " + scored : ""))
                .xAxisTitle("Silhouette width s(i) (−1 to 1, no unit)")
                .yAxisTitle("Customers, sorted within segment")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setXAxisMin(low);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        int height = 0;
        for (int s = 0; s < k; s++) {
            height += silhouette.segmentValuesDescending(s).length;
        }
        double top = height + gap * (k + 1.0);
        double y = top - gap;
        for (int s = 0; s < k; s++) {
            double[] values = silhouette.segmentValuesDescending(s);
            if (values.length == 0) {
                continue;
            }
            XYSeries bars = chart.addSeries(String.format(Locale.ROOT, "%s (%d, mean %.2f)",
                    Segmentation.segmentLabel(s), values.length, silhouette.segmentMean(s)), outlineX(values), outlineY(values, y));
            bars.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            bars.setFillColor(Palette.segmentColor(s));
            bars.setLineColor(Palette.segmentColor(s));
            bars.setMarker(SeriesMarkers.NONE);
            chart.addAnnotation(new AnnotationText(String.valueOf(s + 1), low / 2, y - values.length / 2.0, false));
            y -= values.length + gap;
        }
        XYSeries mean = chart.addSeries(String.format(Locale.ROOT, "Mean silhouette %.3f", silhouette.mean()),
                new double[] {silhouette.mean(), silhouette.mean()}, new double[] {0, top});
        mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        mean.setLineColor(Color.BLACK);
        mean.setLineStyle(SeriesLines.DASH_DASH);
        mean.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** x of the outline of stacked bars: 0, v0, v0, v1, v1, …, v(m−1), v(m−1), 0. */
    private static double[] outlineX(double[] values) {
        double[] x = new double[2 * values.length + 2];
        for (int i = 0; i < values.length; i++) {
            x[2 * i + 1] = values[i];
            x[2 * i + 2] = values[i];
        }
        return x;
    }

    /** y of the same outline: bar i spans [top − i − 1, top − i]. */
    private static double[] outlineY(double[] values, double top) {
        double[] y = new double[2 * values.length + 2];
        y[0] = top;
        for (int i = 0; i < values.length; i++) {
            y[2 * i + 1] = top - i;
            y[2 * i + 2] = top - i - 1;
        }
        y[y.length - 1] = top - values.length;
        return y;
    }
}
