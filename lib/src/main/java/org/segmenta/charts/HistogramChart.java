package org.segmenta.charts;

import java.util.Arrays;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.Histogram;
import org.segmenta.exploring.NumericColumns;
import tech.tablesaw.api.Table;

/**
 * A histogram of one numeric column: the range split into equal-width bins, bar height = customers per bin. Read it for
 * shape: one hump or several (several humps hint at segments), symmetric or skewed (a long right tail is typical of
 * income and spend, and suggests a log transform), and outliers far from the rest.
 */
public final class HistogramChart {

    private HistogramChart() {
    }

    /** @return a histogram with Sturges' number of bins, {@code ⌈log₂ n⌉ + 1} (Sturges 1926) */
    public static CategoryChart of(Table table, String column) {
        int n = NumericColumns.presentValues(table, column).length;
        return of(table, column, sturgesBins(n));
    }

    /**
     * @param table the customer table
     * @param column a numeric column; missing values are left out (and counted in the title)
     * @param bins the number of equal-width bins, at least 1
     */
    public static CategoryChart of(Table table, String column, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        double[] values = NumericColumns.presentValues(table, column);
        if (values.length == 0) {
            throw new IllegalArgumentException("column '" + column + "' of table '" + table.name()
                    + "' has no values to draw");
        }
        int missing = table.column(column).size() - values.length;
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        if (min == max) {
            max = min + 1;
        }
        Histogram histogram = new Histogram(Arrays.stream(values).boxed().toList(), bins, min, max);
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Distribution of " + column + (missing > 0 ? " (" + missing + " missing left out)" : ""))
                .xAxisTitle(column + " (bin centre)")
                .yAxisTitle("Customers")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.98);
        chart.getStyler().setXAxisDecimalPattern(decimalPattern(max - min, bins));
        chart.getStyler().setXAxisLabelRotation(bins > 12 ? 45 : 0);
        CategorySeries series = chart.addSeries(column, histogram.getxAxisData(), histogram.getyAxisData());
        series.setFillColor(Palette.segmentColor(0));
        return chart;
    }

    static int sturgesBins(int n) {
        return n <= 1 ? 1 : (int) Math.ceil(Math.log(n) / Math.log(2)) + 1;
    }

    private static String decimalPattern(double range, int bins) {
        double width = range / bins;
        return width >= 10 ? "#,##0" : width >= 1 ? "0.#" : "0.###";
    }
}
