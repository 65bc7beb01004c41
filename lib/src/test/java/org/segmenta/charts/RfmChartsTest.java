package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;
import org.segmenta.rfm.RfmSegmentRule;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class RfmChartsTest {

    /**
     * Ten scored customers, cells (R, FM): (5,1) ×2, (4,1), (3,2), (3,3) ×2, (2,4) ×2, (1,5) ×2; in the standard map
     * New / Recent ×2, Promising, Need Attention, Potential Loyalists ×2, At Risk ×2, Can't Lose Them ×2.
     */
    private static Table scored() {
        return Table.create("ten",
                IntColumn.create(RfmScores.R_SCORE, 5, 5, 4, 3, 3, 3, 2, 2, 1, 1),
                IntColumn.create(RfmScores.FM_SCORE, 1, 1, 1, 2, 3, 3, 4, 4, 5, 5));
    }

    private static Table segmented(RfmSegmentMap map) {
        return map.apply(scored());
    }

    @Test
    void gridHasOneSquarePerCellNamedAfterItsSegmentAndCount() {
        XYChart chart = RfmGridChart.of(scored());

        assertEquals(25, chart.getSeriesMap().size());
        assertTrue(chart.getSeriesMap().containsKey("R 5 · FM 1: New / Recent, 2 customers"));
        assertTrue(chart.getSeriesMap().containsKey("R 1 · FM 5: Can't Lose Them, 2 customers"));
        assertTrue(chart.getSeriesMap().containsKey("R 3 · FM 3: Potential Loyalists, 2 customers"));
        assertTrue(chart.getSeriesMap().containsKey("R 5 · FM 5: Champions, 0 customers"));
        XYSeries champions = chart.getSeriesMap().get("R 5 · FM 5: Champions, 0 customers");
        assertEquals(RfmColors.of("Champions", 0), champions.getFillColor());
        // the square spans the cell, less a small gap on each side
        assertEquals(4.5, champions.getXMin(), 0.05);
        assertEquals(5.5, champions.getXMax(), 0.05);
        assertEquals(4.5, champions.getYMin(), 0.05);
        assertEquals(5.5, champions.getYMax(), 0.05);
    }

    @Test
    void gridPaintsEachSegmentInItsColour() {
        BufferedImage image = png(RfmGridChart.of(scored()));

        // a cell is about 130 × 90 px: Champions hold three cells, Lost one
        int champions = pixelsOf(image, RfmColors.of("Champions", 0));
        int lost = pixelsOf(image, RfmColors.of("Lost", 10));
        assertTrue(champions > 3 * 8000, "Champions cells: " + champions + " px");
        assertTrue(lost > 8000 && lost < 2 * 12000, "Lost cell: " + lost + " px");
    }

    @Test
    void gridPaintsUnassignedCellsPaleGrey() {
        RfmSegmentMap partial = RfmSegmentMap.of(RfmSegmentRule.of("Best", 4, 5, 4, 5, "The best."));

        XYChart chart = RfmGridChart.of(scored(), partial);

        assertTrue(chart.getSeriesMap().containsKey("R 1 · FM 1: Unassigned, 0 customers"));
        assertEquals(RfmColors.UNASSIGNED, chart.getSeriesMap().get("R 1 · FM 1: Unassigned, 0 customers")
                .getFillColor());
        assertTrue(pixelsOf(png(chart), RfmColors.UNASSIGNED) > 21 * 8000);
    }

    @Test
    void gridAxesAreLabelledWithWholeScoresOnly() {
        assertEquals("3", RfmGridChart.scoreLabel(3.0));
        assertTrue(RfmGridChart.scoreLabel(2.5).isBlank());
        assertTrue(RfmGridChart.scoreLabel(0.0).isBlank());
        assertNotEquals(RfmGridChart.scoreLabel(2.5), RfmGridChart.scoreLabel(3.5), "XChart hides repeated labels");
    }

    @Test
    void gridRefusesATableWithoutScores() {
        Table unscored = Table.create("t", IntColumn.create("recency_days", 1, 2, 3, 4, 5));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmGridChart.of(unscored));

        assertTrue(e.getMessage().contains("RfmScores.score"), e.getMessage());
    }

    @Test
    void sizeChartHasOneBarPerSegmentOfTheMapAtItsShare() {
        CategoryChart chart = RfmSegmentSizeChart.of(segmented(RfmSegmentMap.standard()), RfmSegmentMap.standard());

        List<String> names = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(11, names.size());
        assertEquals(List.of("Champions (0)", "Loyal (0)", "Potential Loyalists (2)", "New / Recent (2)",
                "Promising (1)", "Need Attention (1)", "About to Sleep (0)", "At Risk (2)", "Can't Lose Them (2)",
                "Hibernating (0)", "Lost (0)"), names);
        CategorySeries promising = chart.getSeriesMap().get("Promising (1)");
        List<? extends Number> shares = new ArrayList<>(promising.getYData());
        assertEquals(10.0, shares.get(4).doubleValue(), 1e-12);
        assertNull(shares.get(0));
        assertNull(new ArrayList<>(chart.getSeriesMap().get("Champions (0)").getYData()).get(0),
                "an empty segment keeps its place without a bar");
        assertEquals(RfmColors.of("At Risk", 7), chart.getSeriesMap().get("At Risk (2)").getFillColor());
        assertTrue(pixelsOf(png(chart), RfmColors.of("At Risk", 7)) > 2000, "the At Risk bar is missing");
    }

    @Test
    void sizeChartAddsABarForUnassignedCustomers() {
        RfmSegmentMap partial = RfmSegmentMap.of(RfmSegmentRule.of("Slipping", 1, 2, 4, 5, "Stopped buying."));

        CategoryChart chart = RfmSegmentSizeChart.of(segmented(partial), partial);

        assertEquals(List.of("Slipping (4)", "Unassigned (6)"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void sizeChartRefusesSegmentsOfAnotherMap() {
        Table segmented = segmented(RfmSegmentMap.standard());
        RfmSegmentMap other = RfmSegmentMap.of(RfmSegmentRule.of("Best", 5, 5, 5, 5, "The best."));

        assertThrows(IllegalArgumentException.class, () -> RfmSegmentSizeChart.of(segmented, other));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentSizeChart.of(scored(), other));
    }
}
