package org.segmenta.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.choosingk.Criterion;
import org.segmenta.choosingk.KSelection;

/**
 * Charts of a {@link KSelection}: the elbow curve with the knee Kneedle found, and the other criteria side by side.
 *
 * <pre>{@code
 * Show.chart(KSelectionChart.elbowWithKnee(selection));
 * Show.chart(KSelectionChart.criteria(selection));
 * }</pre>
 */
public final class KSelectionChart {

    private KSelectionChart() {
    }

    /**
     * The elbow chart with its knee marked: WCSS (y) by k (x), and a diamond on the knee that Kneedle found (none if
     * it found none, which the title then says).
     *
     * @return series "WCSS (best of restarts)" and, if there is a knee, "Elbow (Kneedle): k = …"
     */
    public static XYChart elbowWithKnee(KSelection selection) {
        OptionalInt knee = selection.bestK(Criterion.ELBOW);
        return ElbowChart.wcssByK("Elbow method: WCSS by number of segments" + (knee.isPresent() ? ""
                : " (no elbow found)"), selection.ks(), selection.wcssValues(), knee.orElse(0),
                "Elbow (Kneedle): k = " + knee.orElse(0));
    }

    /**
     * The silhouette, Calinski–Harabasz, Davies–Bouldin and gap values by k on one scale: each rescaled to [0, 1]
     * over the swept ks so that 1 is that criterion's best value (Davies–Bouldin, where lower is better, is inverted:
     * {@code (max − v)/(max − min)}). A diamond marks the k each criterion prefers (for the gap: the k its rule
     * picks, which need not be the largest gap), and a dashed vertical line the recommended k. Read the shapes, not
     * the heights: the rescaling hides how large the differences are (see {@link KSelection#table()}).
     *
     * @return series "Silhouette (best k = …)", "Calinski–Harabasz (best k = …)", "Davies–Bouldin, inverted (best
     *     k = …)", "Gap (rule picks k = …)" and "Recommended k = …"
     */
    public static XYChart criteria(KSelection selection) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Criteria for the number of segments (recommended k = " + selection.recommendedK() + ")")
                .xAxisTitle("Number of segments k")
                .yAxisTitle("Value rescaled to 0–1 (1 = best)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setMarkerSize(8);
        int[] ks = selection.ks();
        int[] scorable = IntStream.of(ks).filter(k -> k >= 2).toArray();
        addCriterion(chart, 0, "Silhouette", scorable,
                rescaled(IntStream.of(scorable).mapToDouble(selection::meanSilhouette).toArray(), false),
                selection.bestK(Criterion.SILHOUETTE), "best k");
        addCriterion(chart, 1, "Calinski–Harabasz", scorable,
                rescaled(IntStream.of(scorable).mapToDouble(selection::calinskiHarabasz).toArray(), false),
                selection.bestK(Criterion.CALINSKI_HARABASZ), "best k");
        addCriterion(chart, 2, "Davies–Bouldin, inverted", scorable,
                rescaled(IntStream.of(scorable).mapToDouble(selection::daviesBouldin).toArray(), true),
                selection.bestK(Criterion.DAVIES_BOULDIN), "best k");
        addCriterion(chart, 3, "Gap", ks, rescaled(selection.gap().gaps(), false), selection.bestK(Criterion.GAP),
                "rule picks k");
        int recommended = selection.recommendedK();
        XYSeries line = chart.addSeries("Recommended k = " + recommended, new double[] {recommended, recommended},
                new double[] {0, 1});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setLineColor(Color.BLACK);
        line.setLineStyle(SeriesLines.DASH_DASH);
        line.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    private static void addCriterion(XYChart chart, int colour, String name, int[] ks, double[] values,
            OptionalInt best, String bestWording) {
        String label = name + " (" + (best.isPresent() ? bestWording + " = " + best.getAsInt() : "no k") + ")";
        double[] x = IntStream.of(ks).asDoubleStream().toArray();
        XYSeries series = chart.addSeries(label, x, values);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(Palette.segmentColor(colour));
        series.setMarkerColor(Palette.segmentColor(colour));
        series.setMarker(Palette.segmentMarker(colour));
        if (best.isPresent()) {
            int at = Arrays.binarySearch(ks, best.getAsInt());
            XYSeries marked = chart.addSeries(label + ": chosen", new double[] {ks[at]}, new double[] {values[at]});
            marked.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            marked.setMarker(SeriesMarkers.DIAMOND);
            marked.setMarkerColor(Palette.segmentColor(colour));
            marked.setShowInLegend(false);
        }
    }

    /** (v − min)/(max − min), or (max − v)/(max − min) if inverted; all 1 when the values are equal. */
    static double[] rescaled(double[] values, boolean invert) {
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = max == min ? 1 : (invert ? max - values[i] : values[i] - min) / (max - min);
        }
        return out;
    }
}
