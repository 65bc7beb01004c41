package org.segmenta.charts;

import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.choosingk.GapStatistic;

/**
 * The gap statistic by k with ±s_k error bars, as in figure 1 of Tibshirani, Walther &amp; Hastie (2001), and the k
 * the gap rule picks. Read it from the left: the rule stops at the first k whose gap is at least the next gap minus
 * that gap's error bar, i.e. where adding a segment no longer clearly widens the gap.
 *
 * <pre>{@code
 * Show.chart(GapChart.of(selection.gap()));
 * }</pre>
 */
public final class GapChart {

    private GapChart() {
    }

    /** @return series "Gap(k) ± s(k)" and, if the rule picks a k, "Gap rule: k = …" */
    public static XYChart of(GapStatistic gap) {
        OptionalInt chosen = gap.chosenK();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Gap statistic by number of segments (B = " + gap.references() + " reference sets)"
                        + (chosen.isPresent() ? "" : ", rule found no k"))
                .xAxisTitle("Number of segments k")
                .yAxisTitle("Gap(k) = mean log W*(k) − log W(k)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        double[] ks = IntStream.of(gap.ks()).asDoubleStream().toArray();
        XYSeries series = chart.addSeries("Gap(k) ± s(k)", ks, gap.gaps(), gap.standardErrors());
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(Palette.segmentColor(0));
        series.setMarkerColor(Palette.segmentColor(0));
        series.setMarker(SeriesMarkers.CIRCLE);
        if (chosen.isPresent()) {
            int k = chosen.getAsInt();
            XYSeries marked = chart.addSeries("Gap rule: k = " + k, new double[] {k}, new double[] {gap.gap(k)});
            marked.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            marked.setMarker(SeriesMarkers.DIAMOND);
            marked.setMarkerColor(Palette.HIGHLIGHT);
            marked.setLineStyle(SeriesLines.NONE);
        }
        return chart;
    }
}
