package org.segmenta.charts;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.style.BoxStyler;
import org.segmenta.clustering.Segmentation;
import org.segmenta.exploring.NumericColumns;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Box plots: the box spans the first to third quartile (the middle half of customers), the line inside is the
 * median, whiskers reach the furthest values within 1.5 × IQR of the box (Tukey 1977), dots beyond are outliers.
 * Quartiles are interpolated linearly between order statistics (position (n − 1)·i/4, numpy's default). Read
 * them to compare typical values and spread across columns or across segments. (XChart 3.8.8 draws every box in its
 * own fixed colours, so boxes are told apart by their labels, not by the segment palette.)
 */
public final class BoxPlotChart {

    private BoxPlotChart() {
    }

    /**
     * One box per column: use it for columns on a comparable scale (e.g. amounts in the same currency).
     *
     * @param table the customer table
     * @param columns numeric columns; missing values are left out
     */
    public static BoxChart of(Table table, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("name at least one numeric column; numeric columns of '"
                    + table.name() + "': " + NumericColumns.names(table));
        }
        BoxChart chart = chart(columns.length == 1 ? "Distribution of " + columns[0] : "Distributions", "",
                columns.length == 1 ? columns[0] : "Value");
        for (String column : columns) {
            chart.addSeries(column, NumericColumns.presentValues(table, column));
        }
        return chart;
    }

    /**
     * One box per segment for one column, in the segments' colours: how the segments differ in that column.
     *
     * @param customers the table the segmentation was made from (same rows)
     * @param segmentation the segments
     * @param column a numeric column of {@code customers}; it need not be a clustering feature
     */
    public static BoxChart bySegment(Table customers, Segmentation segmentation, String column) {
        segmentation.requireRowsOf(customers);
        NumericColumn<?> values = NumericColumns.get(customers, column);
        BoxChart chart = chart(column + " by segment", "Segment", column);
        for (int s = 0; s < segmentation.k(); s++) {
            int segment = s;
            double[] inSegment = java.util.stream.IntStream.range(0, values.size())
                    .filter(i -> segmentation.segmentOf(i) == segment && !values.isMissing(i))
                    .mapToDouble(values::getDouble).toArray();
            if (inSegment.length == 0) {
                continue;
            }
            chart.addSeries(Segmentation.segmentLabel(s), inSegment);
        }
        return chart;
    }

    private static BoxChart chart(String title, String xTitle, String yTitle) {
        BoxChart chart = new BoxChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        BoxStyler styler = chart.getStyler();
        ChartStyle.apply(styler);
        styler.setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        styler.setLegendVisible(false);
        styler.setMarkerSize(5);
        return chart;
    }
}
