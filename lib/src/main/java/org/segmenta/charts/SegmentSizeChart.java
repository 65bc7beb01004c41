package org.segmenta.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.segmenta.clustering.Segmentation;
import org.segmenta.naming.SegmentNames;

/**
 * Segment sizes as bars: one bar per segment, in its {@link Palette} colour, its height the segment's share of all
 * customers, labelled with that share in %. The legend gives each segment's name and number of customers.
 *
 * <p>Read it for balance: a segment of a few percent may be too small to address on its own (or a group of
 * outliers); one very large segment may hide sub-groups worth splitting.
 */
public final class SegmentSizeChart {

    private SegmentSizeChart() {
    }

    /** @return the size chart with segments labelled "Segment n" */
    public static CategoryChart of(Segmentation segmentation) {
        return of(segmentation, SegmentNames.generic(segmentation.k()));
    }

    /**
     * @param segmentation the segments to count
     * @param names segment names, shown in the legend
     * @return the chart; series "n · name (size)" per segment, each with its share (%) on its own category
     *     "Segment n" and no value elsewhere
     * @throws IllegalArgumentException if the names do not fit the segments
     */
    public static CategoryChart of(Segmentation segmentation, SegmentNames names) {
        int k = segmentation.k();
        if (names.k() != k) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + k
                    + " segments; name the segments of this segmentation.");
        }
        int customers = segmentation.features().rows();
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Segment sizes (" + customers + " customers)")
                .xAxisTitle("Segment")
                .yAxisTitle("Share of customers (%)")
                .build();
        ChartStyle.apply(chart.getStyler());
        // One series per segment so that each bar gets its segment's colour; stacking puts each on its own category,
        // and the missing (null) values elsewhere draw nothing.
        chart.getStyler().setStacked(true);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Palette.INK);
        chart.getStyler().setLabelsPosition(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0' %'");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(k > 1);
        List<String> categories = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            categories.add("Segment " + (s + 1));
        }
        for (int s = 0; s < k; s++) {
            List<Double> shares = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                shares.add(c == s ? 100.0 * segmentation.size(s) / customers : null);
            }
            CategorySeries series = chart.addSeries(names.numbered(s) + " (" + segmentation.size(s) + ")",
                    categories, shares);
            series.setFillColor(Palette.segmentColor(s));
            series.setLineColor(Palette.segmentColor(s));
        }
        return chart;
    }
}
