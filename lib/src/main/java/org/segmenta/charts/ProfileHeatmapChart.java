package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;

/**
 * The profile heatmap: one row per segment, one column per profiled numeric feature, each cell coloured by the
 * segment's standardised difference from the average customer, {@code d = (segment mean − overall mean) ÷ overall sd}
 * (see {@link org.segmenta.profiling.NumericFeatureProfile}), and annotated with d. The scale runs symmetrically from
 * {@code -r} to {@code +r}, r being the largest |d| rounded up to a multiple of 0.5.
 *
 * <p>The colour scale diverges from white at d = 0 to {@link #BELOW} (blue) for below-average and {@link #ABOVE}
 * (orange) for above-average segments, symmetric around 0 so that equal differences get equally strong colours. Blue
 * and orange come from the Okabe–Ito palette and stay distinct for the common forms of colour blindness (unlike
 * red–green).
 *
 * <p>Read it row by row to describe a segment ("much higher spending, lower age"), and column by column to see which
 * segments a feature separates: a column of pale cells is a feature on which segments barely differ.
 */
public final class ProfileHeatmapChart {

    /** Colour of the most below-average cells: Okabe–Ito blue. */
    public static final Color BELOW = DivergingColors.NEGATIVE;
    /** Colour of average cells (d = 0). */
    public static final Color AVERAGE = DivergingColors.NEUTRAL;
    /** Colour of the most above-average cells: Okabe–Ito orange. */
    public static final Color ABOVE = DivergingColors.POSITIVE;

    private ProfileHeatmapChart() {
    }

    /** @return the heatmap with segments labelled "Segment n" */
    public static HeatMapChart of(SegmentProfiles profiles) {
        return of(profiles, SegmentNames.generic(profiles.k()));
    }

    /**
     * @param profiles the profiles to draw; every profiled numeric column becomes a column of cells
     * @param names segment names, shown as "n · name" on the vertical axis
     * @return the heatmap; its single series holds (feature index, row, d) triples, Segment 1 in the top row
     * @throws IllegalArgumentException if no numeric column was profiled or the names do not fit the segments
     */
    public static HeatMapChart of(SegmentProfiles profiles, SegmentNames names) {
        List<String> features = profiles.numericColumns();
        if (features.isEmpty()) {
            throw new IllegalArgumentException("the profiles have no numeric column to draw; profile at least one "
                    + "numeric column with SegmentProfiles.of.");
        }
        if (names.k() != profiles.k()) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + profiles.k()
                    + " segments; name the segments that were profiled.");
        }
        int k = profiles.k();
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < k; row++) {
            rows.add(names.numbered(k - 1 - row)); // XChart draws row 0 at the bottom
        }
        List<Number[]> cells = new ArrayList<>();
        double largest = 0;
        for (int s = 0; s < k; s++) {
            for (int f = 0; f < features.size(); f++) {
                double d = profiles.profile(s).numeric(features.get(f)).standardisedDifference();
                if (!Double.isNaN(d)) {
                    cells.add(new Number[] {f, k - 1 - s, d});
                    largest = Math.max(largest, Math.abs(d));
                }
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Segment profiles: difference from the average customer (in sd)")
                .xAxisTitle("Feature")
                .yAxisTitle("Segment")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.addSeries("Difference from average (sd)", features, rows, cells);
        double range = colourRange(largest);
        chart.getStyler().setMin(-range);
        chart.getStyler().setMax(range);
        chart.getStyler().setRangeColors(DivergingColors.range());
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("+0.0;-0.0");
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setValueFontColor(Palette.INK);
        chart.getStyler().setPlotContentSize(1.0);
        int longestLabel = features.stream().mapToInt(String::length).max().orElse(0);
        if (features.size() * longestLabel > 40) {
            chart.getStyler().setXAxisLabelRotation(25);
        }
        return chart;
    }

    /**
     * The colour scale runs from {@code -range} to {@code +range}: the largest |d| rounded up to a multiple of 0.5
     * (at least 0.5), so the legend shows round numbers and a uniform profile is not painted in full colour.
     */
    static double colourRange(double largest) {
        return Math.max(0.5, Math.ceil(largest * 2) / 2);
    }
}
