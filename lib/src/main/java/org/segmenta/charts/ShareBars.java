package org.segmenta.charts;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * The empty "share of customers" bar chart that segment-size charts fill: one stacked series per segment, so that each
 * bar gets its segment's colour (stacking puts each on its own category, and the missing values elsewhere draw
 * nothing), with the share in % printed on top of the bar.
 */
final class ShareBars {

    private ShareBars() {
    }

    /** @return a category chart with the house style, the y axis in % from 0, labels on the bars */
    static CategoryChart chart(String title) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title)
                .xAxisTitle("Segment")
                .yAxisTitle("Share of customers (%)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Palette.INK);
        chart.getStyler().setLabelsPosition(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0' %'");
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }
}
