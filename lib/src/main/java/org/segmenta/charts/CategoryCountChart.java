package org.segmenta.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Bars of how many customers have each value of a categorical column (e.g. Gender, Education), most frequent first,
 * with the share of all customers in the category label. Missing values get their own bar, "(missing)", so gaps are
 * seen rather than hidden.
 */
public final class CategoryCountChart {

    /** Label of the bar that counts missing values. */
    public static final String MISSING = "(missing)";

    private CategoryCountChart() {
    }

    /**
     * @param table the customer table
     * @param column any column; its values are used as categories (numbers as text)
     */
    public static CategoryChart of(Table table, String column) {
        if (!table.containsColumn(column)) {
            throw new IllegalArgumentException("unknown column '" + column + "' in table '" + table.name()
                    + "'. Columns available: " + table.columnNames());
        }
        Map<String, Integer> counts = counts(table.column(column));
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int total = table.rowCount();
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ordered) {
            labels.add(entry.getKey() + " (" + Math.round(100.0 * entry.getValue() / total) + " %)");
            values.add(entry.getValue());
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Customers by " + column).xAxisTitle(column).yAxisTitle("Customers").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(labels.size() > 6 ? 45 : 0);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        CategorySeries series = chart.addSeries(column, labels, values);
        series.setFillColor(Palette.segmentColor(0));
        return chart;
    }

    static Map<String, Integer> counts(Column<?> column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < column.size(); i++) {
            String key = column.isMissing(i) ? MISSING : column.getString(i);
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
