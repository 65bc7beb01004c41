package org.segmenta.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.clustering.Segmentation;
import org.segmenta.exploring.NumericColumns;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * A scatter-plot matrix: for p columns, a p × p grid where the cell in row i, column j plots column j (x) against
 * column i (y), and the diagonal shows each column's histogram. Read it to see every pair at once: groups visible in
 * some pair are candidate segments; a straight-line cloud is a strong correlation. Coloured by segment, it shows which
 * pairs of features separate the segments.
 */
public final class ScatterMatrix {

    private static final int CELL = 260;

    private ScatterMatrix() {
    }

    /** @return the scatter matrix of numeric columns of {@code table}, one colour */
    public static ChartGrid of(Table table, String... columns) {
        return build(table, null, columns);
    }

    /** @return the scatter matrix coloured by segment (the table must be the one the segmentation was made from) */
    public static ChartGrid of(Table customers, Segmentation segmentation, String... columns) {
        segmentation.requireRowsOf(customers);
        return build(customers, segmentation, columns);
    }

    private static ChartGrid build(Table table, Segmentation segmentation, String... columns) {
        if (columns.length < 2) {
            throw new IllegalArgumentException("a scatter matrix needs at least two numeric columns; numeric columns of '"
                    + table.name() + "': " + NumericColumns.names(table));
        }
        NumericColumn<?>[] numeric = new NumericColumn<?>[columns.length];
        for (int j = 0; j < columns.length; j++) {
            numeric[j] = NumericColumns.get(table, columns[j]);
        }
        List<Chart<?, ?>> cells = new ArrayList<>();
        for (int row = 0; row < columns.length; row++) {
            for (int column = 0; column < columns.length; column++) {
                if (row == column) {
                    cells.add(diagonal(table, columns[row]));
                } else {
                    cells.add(scatter(numeric[column], numeric[row], segmentation));
                }
            }
        }
        String title = "Scatter matrix of " + String.join(", ", columns)
                + (segmentation == null ? "" : ", coloured by segment");
        return new ChartGrid(title, cells, columns.length);
    }

    private static XYChart scatter(NumericColumn<?> x, NumericColumn<?> y, Segmentation segmentation) {
        XYChart chart = new XYChartBuilder().width(CELL).height(CELL).xAxisTitle(x.name()).yAxisTitle(y.name()).build();
        style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        int groups = segmentation == null ? 1 : segmentation.k();
        for (int s = 0; s < groups; s++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                boolean inGroup = segmentation == null || segmentation.segmentOf(i) == s;
                if (inGroup && !x.isMissing(i) && !y.isMissing(i)) {
                    xs.add(x.getDouble(i));
                    ys.add(y.getDouble(i));
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(segmentation == null ? "customers" : Segmentation.segmentLabel(s), xs,
                    ys);
            series.setMarkerColor(Palette.segmentColor(s));
            series.setMarker(segmentation == null ? SeriesMarkers.CIRCLE : Palette.segmentMarker(s));
        }
        return chart;
    }

    private static Chart<?, ?> diagonal(Table table, String column) {
        CategoryChart histogram = HistogramChart.of(table, column);
        return resized(histogram, column);
    }

    private static Chart<?, ?> resized(CategoryChart histogram, String column) {
        // Rebuild at cell size: XChart fixes a chart's size when it is built.
        CategoryChart small = new CategoryChartBuilder().width(CELL).height(CELL)
                .xAxisTitle(column).yAxisTitle("Customers").build();
        style(small);
        small.getStyler().setAvailableSpaceFill(0.98);
        small.getStyler().setXAxisLabelRotation(90);
        small.getStyler().setXAxisDecimalPattern("0.#");
        CategorySeries series = histogram.getSeriesMap().values().iterator().next();
        small.addSeries(column, new ArrayList<>(series.getXData()), new ArrayList<>(series.getYData()))
                .setFillColor(Palette.segmentColor(0));
        return small;
    }

    private static void style(Chart<?, ?> chart) {
        if (chart.getStyler() instanceof AxesChartStyler styler) {
            ChartStyle.apply(styler);
            styler.setLegendVisible(false);
            styler.setChartTitleVisible(false);
            styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        }
    }
}
