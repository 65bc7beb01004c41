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
        int[] sizes = new int[segmentation.k()];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = segmentation.size(s);
        }
        return of(sizes, names);
    }

    /**
     * The chart from the sizes alone, e.g. of segments made on Spark, whose customers never come to one machine.
     *
     * @param sizes the number of customers of each segment, Segment 1 first (long, as an engine counts them)
     * @param names segment names, shown in the legend
     * @return the chart, as {@link #of(Segmentation, SegmentNames)} draws it for segments of these sizes
     * @throws IllegalArgumentException if there are no sizes, a size is below 1, or the names do not fit the sizes
     */
    public static CategoryChart of(long[] sizes, SegmentNames names) {
        int k = sizes.length;
        if (k == 0) {
            throw new IllegalArgumentException("there are no segment sizes; give one size per segment, Segment 1 "
                    + "first.");
        }
        if (names.k() != k) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + k
                    + " segments; name the segments of this segmentation.");
        }
        long customers = 0;
        for (int s = 0; s < k; s++) {
            if (sizes[s] < 1) {
                throw new IllegalArgumentException("Segment " + (s + 1) + " has " + sizes[s] + " customers; every "
                        + "segment needs at least one.");
            }
            customers += sizes[s];
        }
        CategoryChart chart = ShareBars.chart("Segment sizes (" + customers + " customers)");
        chart.getStyler().setLegendVisible(k > 1);
        List<String> categories = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            categories.add(Segmentation.segmentLabel(s));
        }
        for (int s = 0; s < k; s++) {
            List<Double> shares = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                shares.add(c == s ? 100.0 * sizes[s] / customers : null);
            }
            CategorySeries series = chart.addSeries(names.numbered(s) + " (" + sizes[s] + ")", categories, shares);
            series.setFillColor(Palette.segmentColor(s));
            series.setLineColor(Palette.segmentColor(s));
        }
        return chart;
    }

    private static CategoryChart of(int[] sizes, SegmentNames names) {
        return of(java.util.Arrays.stream(sizes).asLongStream().toArray(), names);
    }
}
