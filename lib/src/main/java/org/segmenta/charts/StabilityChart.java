package org.segmenta.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.clustering.Segmentation;
import org.segmenta.stability.SegmentStability;
import org.segmenta.stability.StabilityAssessment;
import org.segmenta.stability.StabilityVerdict;

/**
 * Segment stability at a glance: one bar per segment, its mean Jaccard similarity over the bootstrap resamples
 * ({@link StabilityAssessment}), in the segment's {@link Palette} colour with the value written on top, and Hennig's
 * (2007) thresholds of the mean as grey lines: 0.85 (highly stable, solid), 0.75 (stable, dashed) and 0.6 (doubtful
 * below, dotted). Read it bar by bar: a bar above the 0.75 line is a segment to rely on; one between 0.6 and 0.75 shows
 * a pattern whose members are uncertain; one below 0.6 should not be trusted. The chart shows means only: "dissolved"
 * (Jaccard ≤ 0.5) is an event of one resample, counted in {@link StabilityAssessment#table()}, and dissolutions can
 * lower a verdict below what the bar's height suggests ({@link StabilityVerdict}).
 *
 * <pre>{@code
 * Show.chart(StabilityChart.of(BootstrapStability.of(KMeans.withK(5)).assess(segments)));
 * }</pre>
 */
public final class StabilityChart {

    /** Colour of the threshold lines: reference marks, not data. */
    static final Color THRESHOLD = new Color(0x666666);

    private StabilityChart() {
    }

    /**
     * @param assessment the bootstrap result to draw
     * @return the chart; a series "Segment s (n)" per segment and one per threshold, e.g. "0.85: highly stable"
     */
    public static CategoryChart of(StabilityAssessment assessment) {
        List<SegmentStability> segments = assessment.segments();
        int k = segments.size();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Segment stability: mean Jaccard over " + assessment.samples() + " bootstrap resamples")
                .xAxisTitle("Segment")
                .yAxisTitle("Mean Jaccard similarity (0 = never found again, 1 = always)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.00");   // also the format of the values written on the bars
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(true);   // light text on dark bars, dark on light
        chart.getStyler().setLabelsPosition(0.93);
        List<String> categories = new ArrayList<>();
        for (SegmentStability s : segments) {
            categories.add(Segmentation.segmentLabel(s.segment()));
        }
        for (int s = 0; s < k; s++) {
            // One series per segment, present only at its own category, so each bar gets its segment's colour.
            List<Double> values = new ArrayList<>(Collections.nCopies(k, (Double) null));
            values.set(s, segments.get(s).meanJaccard());
            CategorySeries bar = chart.addSeries(
                    Segmentation.segmentLabel(s) + " (" + segments.get(s).customers() + ")", categories, values);
            bar.setFillColor(Palette.segmentColor(s));
        }
        addThreshold(chart, categories, StabilityVerdict.HIGHLY_STABLE_FROM, "0.85: highly stable", new float[0]);
        addThreshold(chart, categories, StabilityVerdict.STABLE_FROM, "0.75: stable", new float[] {8, 5});
        addThreshold(chart, categories, StabilityVerdict.DOUBTFUL_FROM, "0.6: doubtful below", new float[] {2, 4});
        return chart;
    }

    private static void addThreshold(CategoryChart chart, List<String> categories, double value, String name,
            float[] dashes) {
        Double[] level = new Double[categories.size()];
        Arrays.fill(level, value);
        CategorySeries line = chart.addSeries(name, categories, Arrays.asList(level));
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setLineColor(THRESHOLD);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineStyle(dashes.length == 0 ? new BasicStroke(1.5f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dashes, 0f));
    }
}
