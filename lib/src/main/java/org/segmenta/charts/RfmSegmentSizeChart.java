package org.segmenta.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.segmenta.rfm.RfmSegmentMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sizes of the named RFM segments as bars: one bar per segment of the map, in the order of the map (for the standard
 * map Champions first, Lost last), in the segment's colour on the {@link RfmGridChart}, its height the segment's share
 * of all customers, labelled with that share; segments without customers keep their place with no bar, and customers
 * in cells no rule covers get a last bar {@value RfmSegmentMap#UNASSIGNED}.
 *
 * <pre>{@code
 * CategoryChart sizes = RfmSegmentSizeChart.of(RfmSegmentMap.standard().apply(scored), RfmSegmentMap.standard());
 * }</pre>
 */
public final class RfmSegmentSizeChart {

    private RfmSegmentSizeChart() {
    }

    /**
     * @param segmented customers with the column {@value RfmSegmentMap#SEGMENT_COLUMN}
     * @param map the map that named them
     * @return the chart: one series per segment, named "segment (n)", with its share (%) on its own category
     * @throws IllegalArgumentException if the segment column is missing or names a segment the map does not have
     */
    public static CategoryChart of(Table segmented, RfmSegmentMap map) {
        if (!segmented.containsColumn(RfmSegmentMap.SEGMENT_COLUMN)
                || !(segmented.column(RfmSegmentMap.SEGMENT_COLUMN) instanceof StringColumn)) {
            throw new IllegalArgumentException("table '" + segmented.name() + "' has no text column '"
                    + RfmSegmentMap.SEGMENT_COLUMN + "'; name the segments first with map.apply(scored).");
        }
        StringColumn column = segmented.stringColumn(RfmSegmentMap.SEGMENT_COLUMN);
        List<String> segments = new ArrayList<>(map.segments());
        int[] counts = new int[segments.size() + 1];
        for (int i = 0; i < column.size(); i++) {
            String name = column.get(i);
            int index = name.equals(RfmSegmentMap.UNASSIGNED) ? segments.size() : segments.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("row " + i + " is in segment '" + name + "', which is not a "
                        + "segment of " + map + "; draw with the map that named the segments.");
            }
            counts[index]++;
        }
        if (counts[segments.size()] > 0) {
            segments.add(RfmSegmentMap.UNASSIGNED);
        }
        int n = column.size();
        CategoryChart chart = ShareBars.chart(String.format(Locale.ROOT, "RFM segment sizes (%,d customers)", n));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        for (int s = 0; s < segments.size(); s++) {
            List<Double> shares = new ArrayList<>();
            for (int c = 0; c < segments.size(); c++) {
                shares.add(c == s && counts[s] > 0 ? 100.0 * counts[s] / n : null);
            }
            String name = segments.get(s);
            CategorySeries series = chart.addSeries(name + " (" + counts[s] + ")", segments, shares);
            java.awt.Color fill = name.equals(RfmSegmentMap.UNASSIGNED) ? RfmColors.UNASSIGNED
                    : RfmColors.of(name, s);
            series.setFillColor(fill);
            series.setLineColor(fill.darker());
        }
        return chart;
    }
}
