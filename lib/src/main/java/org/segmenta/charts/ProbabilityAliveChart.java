package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.segmenta.lifetime.ProbabilityAliveGrid;

/**
 * P(alive) over frequency × recency for customers of one age T, as a heat map (lifetimes'
 * {@code plot_probability_alive_matrix}): white for customers surely gone, blue for customers surely alive; rows are
 * frequencies (bottom x = 0), columns recencies (right: last purchase at T). Read it from the top-right corner (many
 * purchases, the last one recent: alive) to the top-left (many purchases, the last one long ago: probably gone);
 * frequent buyers who stopped buying are judged lost sooner than rare buyers with the same silence. The bottom row is
 * all blue: a customer who never bought again cannot have dropped out in the BG/NBD model.
 */
public final class ProbabilityAliveChart {

    /** Colour of P(alive) = 1: Okabe–Ito blue. */
    static final Color ALIVE = DivergingColors.NEGATIVE;

    private ProbabilityAliveChart() {
    }

    /** @return the heat map of {@code grid}, colour scale fixed at 0..1 */
    public static HeatMapChart of(ProbabilityAliveGrid grid) {
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(String.format(Locale.ROOT, "Probability alive by frequency and recency (T = %.4g)", grid.age()))
                .xAxisTitle("Recency t_x: time of the last purchase since the first")
                .yAxisTitle("Frequency x: repeat purchases").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setChartFontColor(Palette.INK);
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, ALIVE});
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(1);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setPlotContentSize(1.0);
        double[] recencies = grid.recencies();
        int[] frequencies = grid.frequencies();
        List<String> xLabels = new ArrayList<>();
        for (double t : recencies) {
            xLabels.add(String.format(Locale.ROOT, "%.3g", t));
        }
        List<Integer> yLabels = new ArrayList<>();
        for (int x : frequencies) {
            yLabels.add(x);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int j = 0; j < recencies.length; j++) {
            for (int x = 0; x < frequencies.length; x++) {
                cells.add(new Number[] {j, x, grid.probability(x, j)});
            }
        }
        chart.addSeries("P(alive)", xLabels, yLabels, cells);
        chart.getStyler().setXAxisLabelRotation(recencies.length > 12 ? 90 : 0);
        return chart;
    }
}
