package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;
import tech.tablesaw.api.Table;

/**
 * The R × FM grid of RFM segmentation: recency score across (1 = longest since the last purchase, 5 = most recent),
 * frequency–monetary score up (5 = most orders and spend), one square per cell, filled with the colour of the named
 * segment that owns the cell ({@link RfmSegmentMap}) and labelled with that name, the number of customers in the cell
 * and their share of all customers.
 *
 * <pre>{@code
 * Table scored = RfmScores.score(customers);
 * XYChart grid = RfmGridChart.of(scored);                          // the standard segments
 * XYChart mine = RfmGridChart.of(scored, myMap);
 * }</pre>
 *
 * <p>Read it in two ways. By colour: the segments are blocks of cells, best customers top right, lost ones bottom left,
 * and the customers worth winning back top left. By count: where the customers actually are — with ties sharing
 * scores (see {@link RfmScores}), the cells are far from equal, and a big block of one-time buyers at FM 1–2 is the
 * usual picture of an online shop.
 *
 * <p>The chart is an XChart {@link XYChart} with one filled square per cell (series named
 * "R r · FM f: segment, n customers", not shown in a legend) and the labels as text annotations.
 */
public final class RfmGridChart {

    private static final int SIDE = 5;
    private static final double HALF_GAP = 0.02;

    private RfmGridChart() {
    }

    /** @return the grid of the {@link RfmSegmentMap#standard() standard} segments */
    public static XYChart of(Table scored) {
        return of(scored, RfmSegmentMap.standard());
    }

    /**
     * @param scored customers with the columns {@value RfmScores#R_SCORE} and {@value RfmScores#FM_SCORE}
     * @param map the named segments; cells no rule covers are drawn pale grey and labelled
     *     {@value RfmSegmentMap#UNASSIGNED}
     * @return the chart: 25 series, one per cell, in order of R then FM
     * @throws IllegalArgumentException if a score column is missing or holds a value that is not a score 1..5
     */
    public static XYChart of(Table scored, RfmSegmentMap map) {
        int[][] counts = RfmScores.cellCounts(scored);
        int n = scored.rowCount();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.WIDTH * 3 / 4)
                .title(String.format(Locale.ROOT, "RFM segments: customers per cell (%,d customers)", n))
                .xAxisTitle("Recency score (5 = bought most recently)")
                .yAxisTitle("Frequency–monetary score (5 = most orders and spend)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setAxisTicksLineVisible(false);
        chart.getStyler().setXAxisMin(0.5);
        chart.getStyler().setXAxisMax(SIDE + 0.5);
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(SIDE + 0.5);
        chart.getStyler().setPlotTicksMarksVisible(false);
        chart.getStyler().setAxisTickMarksColor(Color.WHITE);
        chart.getStyler().setXAxisTickMarkSpacingHint(60);
        chart.getStyler().setYAxisTickMarkSpacingHint(60);
        chart.setCustomXAxisTickLabelsFormatter(RfmGridChart::scoreLabel);
        chart.setCustomYAxisTickLabelsFormatter(RfmGridChart::scoreLabel);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setAnnotationTextFontColor(Palette.INK);
        List<String> segments = map.segments();
        for (int r = 1; r <= SIDE; r++) {
            for (int fm = 1; fm <= SIDE; fm++) {
                String segment = map.segmentOf(r, fm);
                int count = counts[r - 1][fm - 1];
                Color fill = segment.equals(RfmSegmentMap.UNASSIGNED) ? RfmColors.UNASSIGNED
                        : RfmColors.of(segment, segments.indexOf(segment));
                double low = HALF_GAP;
                double high = 1 - HALF_GAP;
                XYSeries cell = chart.addSeries(String.format(Locale.ROOT, "R %d · FM %d: %s, %d customers", r, fm,
                                segment, count),
                        new double[] {r - 0.5 + low, r - 0.5 + high, r - 0.5 + high, r - 0.5 + low},
                        new double[] {fm - 0.5 + low, fm - 0.5 + low, fm - 0.5 + high, fm - 0.5 + high});
                cell.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                cell.setFillColor(fill);
                cell.setLineColor(fill);
                cell.setMarker(SeriesMarkers.NONE);
                cell.setLineStyle(SeriesLines.SOLID);
                cell.setLineWidth(1f);
                cell.setShowInLegend(false);
                chart.addAnnotation(new AnnotationText(segment, r, fm + 0.13, false));
                chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%,d · %.1f %%", count,
                        n == 0 ? 0.0 : 100.0 * count / n), r, fm - 0.13, false));
            }
        }
        return chart;
    }

    /**
     * Whole scores label the axes; the in-between ticks XChart places (every half score) get blank labels. XChart
     * hides all tick labels when two are equal, so each blank is a different number of spaces.
     */
    static String scoreLabel(double value) {
        long rounded = Math.round(value);
        if (Math.abs(value - rounded) < 1e-9 && rounded >= 1 && rounded <= SIDE) {
            return Long.toString(rounded);
        }
        return " ".repeat(1 + (int) Math.max(0, Math.round(2 * value)));
    }
}
