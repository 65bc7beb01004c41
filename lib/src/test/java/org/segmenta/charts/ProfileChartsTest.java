package org.segmenta.charts;

import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class ProfileChartsTest {

    /**
     * Two segments of two customers. "x" = 0, 0 | 2, 2: mean 1, population sd 1, so d = −1 and +1 exactly;
     * "flat" = 5 everywhere: d = 0.
     */
    private static SegmentProfiles twoSegments() {
        Table table = Table.create("two", DoubleColumn.create("x", 0, 0, 2, 2), DoubleColumn.create("flat", 5, 5, 5, 5));
        Segmentation segmentation = Segmentation.of("hand-made", FeatureMatrix.of(table, "x"), new int[] {0, 0, 1, 1},
                Map.of());
        return SegmentProfiles.of(table, segmentation, "x", "flat");
    }



    @Test
    void heatmapHasOneCellPerSegmentAndFeatureHoldingTheStandardisedDifference() {
        HeatMapChart chart = ProfileHeatmapChart.of(twoSegments(), SegmentNames.of(List.of("Zeros", "Twos")));

        assertEquals(List.of("x", "flat"), chart.getHeatMapSeries().getXData());
        assertEquals(List.of("2 · Twos", "1 · Zeros"), chart.getHeatMapSeries().getYData(), "Segment 1 on top");
        List<? extends Number[]> cells = chart.getHeatMapSeries().getHeatData();
        assertEquals(4, cells.size());
        // (feature, row, d); Segment 1 is drawn in row 1 (top), Segment 2 in row 0.
        assertArrayEquals(new Number[] {0, 1, -1.0}, cells.get(0));
        assertArrayEquals(new Number[] {1, 1, 0.0}, cells.get(1));
        assertArrayEquals(new Number[] {0, 0, 1.0}, cells.get(2));
        assertEquals("Feature", chart.getXAxisTitle());
        assertEquals("Segment", chart.getYAxisTitle());
    }

    @Test
    void heatmapScaleIsSymmetricAroundZeroFromBlueThroughWhiteToOrange() {
        HeatMapChart chart = ProfileHeatmapChart.of(twoSegments());

        assertEquals(-1.0, chart.getStyler().getMin());
        assertEquals(1.0, chart.getStyler().getMax());
        assertArrayEquals(new Color[] {ProfileHeatmapChart.BELOW, Color.WHITE, ProfileHeatmapChart.ABOVE},
                chart.getStyler().getRangeColors());
        assertTrue(chart.getStyler().isShowValue(), "cells are annotated with d");
    }

    @Test
    void heatmapPaintsBelowAverageCellsBlueAndAboveAverageCellsOrange() throws IOException {
        BufferedImage image = png(ProfileHeatmapChart.of(twoSegments()));

        // Each cell is about 200 × 200 px; the gradient legend holds only a few pixels of either end colour.
        assertTrue(pixelsOf(image, ProfileHeatmapChart.BELOW) > 5000, "the d = -1 cell is not blue");
        assertTrue(pixelsOf(image, ProfileHeatmapChart.ABOVE) > 5000, "the d = +1 cell is not orange");
    }

    @Test
    void heatmapColourRangeIsTheLargestDifferenceRoundedUpToAHalf() {
        assertEquals(1.5, ProfileHeatmapChart.colourRange(1.33));
        assertEquals(1.0, ProfileHeatmapChart.colourRange(1.0));
        assertEquals(0.5, ProfileHeatmapChart.colourRange(0.0));
    }

    @Test
    void sizeChartHasOneColouredBarPerSegmentAtItsShare() throws IOException {
        Segmentation segmentation = Segmentation.of("hand-made",
                FeatureMatrix.of(Table.create("t", DoubleColumn.create("x", 1, 2, 3, 9)), "x"),
                new int[] {0, 0, 0, 1}, Map.of());

        CategoryChart chart = SegmentSizeChart.of(segmentation, SegmentNames.of(List.of("Many", "One")));

        assertEquals(List.of("1 · Many (3)", "2 · One (1)"), List.copyOf(chart.getSeriesMap().keySet()));
        CategorySeries many = chart.getSeriesMap().get("1 · Many (3)");
        assertEquals(List.of("Segment 1", "Segment 2"), List.copyOf(many.getXData()));
        List<? extends Number> manyShares = new ArrayList<>(many.getYData());
        List<? extends Number> oneShares = new ArrayList<>(chart.getSeriesMap().get("2 · One (1)").getYData());
        assertEquals(75.0, manyShares.get(0).doubleValue(), 1e-12);
        assertNull(manyShares.get(1), "no bar of segment 1 over segment 2");
        assertNull(oneShares.get(0), "no bar of segment 2 over segment 1");
        assertEquals(25.0, oneShares.get(1).doubleValue(), 1e-12);
        assertEquals(Palette.segmentColor(1), chart.getSeriesMap().get("2 · One (1)").getFillColor());
        assertEquals("Share of customers (%)", chart.getYAxisTitle());
        assertTrue(chart.getStyler().isLabelsVisible(), "bars are labelled with their share");
        BufferedImage image = png(chart);
        assertTrue(pixelsOf(image, Palette.segmentColor(0)) > 2000, "segment 1's bar is missing");
        assertTrue(pixelsOf(image, Palette.segmentColor(1)) > 500, "segment 2's bar is missing");
    }

    @Test
    void sizeChartRefusesNamesForAnotherNumberOfSegments() {
        Segmentation segmentation = Segmentation.of("hand-made",
                FeatureMatrix.of(Table.create("t", DoubleColumn.create("x", 1, 2, 3)), "x"), new int[] {0, 0, 1},
                Map.of());

        assertThrows(IllegalArgumentException.class,
                () -> SegmentSizeChart.of(segmentation, SegmentNames.generic(3)));
        assertFalse(SegmentSizeChart.of(segmentation).getSeriesMap().isEmpty());
    }

    @Test
    void sizeChartFromSizesAloneIsTheChartOfThoseSegments() {
        // Sizes 3 and 1 of 4 customers: shares 75 % and 25 %, as the hand-made segmentation above.
        CategoryChart chart = SegmentSizeChart.of(new long[] {3, 1}, SegmentNames.of(List.of("Many", "One")));

        assertEquals("Segment sizes (4 customers)", chart.getTitle());
        assertEquals(List.of("1 · Many (3)", "2 · One (1)"), List.copyOf(chart.getSeriesMap().keySet()));
        List<? extends Number> manyShares = new ArrayList<>(chart.getSeriesMap().get("1 · Many (3)").getYData());
        List<? extends Number> oneShares = new ArrayList<>(chart.getSeriesMap().get("2 · One (1)").getYData());
        assertEquals(75.0, manyShares.get(0).doubleValue(), 1e-12);
        assertNull(manyShares.get(1));
        assertNull(oneShares.get(0));
        assertEquals(25.0, oneShares.get(1).doubleValue(), 1e-12);
        assertEquals(Palette.segmentColor(1), chart.getSeriesMap().get("2 · One (1)").getFillColor());
    }

    @Test
    void sizeChartFromSizesRefusesAnEmptySegmentOrNamesThatDoNotFit() {
        SegmentNames two = SegmentNames.generic(2);

        assertThrows(IllegalArgumentException.class, () -> SegmentSizeChart.of(new long[] {3, 0}, two));
        assertThrows(IllegalArgumentException.class, () -> SegmentSizeChart.of(new long[] {3, 1, 2}, two));
        assertThrows(IllegalArgumentException.class, () -> SegmentSizeChart.of(new long[0], SegmentNames.generic(1)));
    }
}
