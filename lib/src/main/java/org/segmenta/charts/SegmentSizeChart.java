package org.segmenta.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
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
        CategoryChart chart = ShareBars.chart("Segment sizes (" + customers + " customers)");
        chart.getStyler().setLegendVisible(k > 1);
        List<String> categories = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            categories.add(Segmentation.segmentLabel(s));
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
