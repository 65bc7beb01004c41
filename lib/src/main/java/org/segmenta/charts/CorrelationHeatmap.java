package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.segmenta.exploring.CorrelationMatrix;

/**
 * The correlation matrix as a heat map: blue for negative, white for none, orange for positive correlation, with the
 * value printed in each cell. Read it to find features that move together (strongly correlated features count twice
 * in a distance-based segmentation: consider keeping only one) and features unrelated to the rest.
 */
public final class CorrelationHeatmap {

    private CorrelationHeatmap() {
    }

    /** @return the heat map of {@code correlations}, colour scale fixed at −1..+1 */
    public static HeatMapChart of(CorrelationMatrix correlations) {
        List<String> names = correlations.names();
        int size = names.size();
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title("Pearson correlations").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setRangeColors(DivergingColors.range());
        chart.getStyler().setMin(-1);
        chart.getStyler().setMax(1);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setValueFontColor(Palette.INK);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setXAxisLabelRotation(size > 4 ? 45 : 0);
        chart.getStyler().setPlotContentSize(0.95);
        chart.getStyler().setLegendVisible(true);
        double[][] r = correlations.values();
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                // y runs bottom-up in XChart; reverse it so the matrix reads top-down like the table.
                cells.add(new Number[] {x, size - 1 - y, r[y][x]});
            }
        }
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        chart.addSeries("correlation", names, reversed, cells);
        return chart;
    }
}
