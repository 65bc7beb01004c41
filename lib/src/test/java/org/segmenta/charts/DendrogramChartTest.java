package org.segmenta.charts;

import static org.segmenta.testing.ChartImages.pixelsOf;
import static org.segmenta.testing.ChartImages.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.segmenta.clustering.HierarchicalClustering;
import org.segmenta.clustering.Linkage;
import org.segmenta.clustering.MergeTree;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The dendrogram chart. Layout references from SciPy 1.10.1's {@code dendrogram(Z, no_plot=True)} (Debian's
 * python3-scipy under {@code /usr/bin/python3}); SciPy puts leaf i at x = 10·i + 5, the layout here at x = i.
 */
class DendrogramChartTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");
    private static final MergeTree MALL_WARD = HierarchicalClustering.fit(MALL, Linkage.WARD);

    /** Nine points in the plane without tied distances; the same as in HierarchicalClusteringTest. */
    private static final MergeTree PLANE_COMPLETE = HierarchicalClustering.fit(plane(), Linkage.COMPLETE);

    private static FeatureMatrix plane() {
        double[] a = {0.0, 1.0, 0.4, 5.0, 5.9, 6.3, 10.2, 9.1, 3.1};
        double[] b = {0.0, 0.3, 1.1, 5.2, 4.65, 6.1, 0.4, 1.3, 2.9};
        return FeatureMatrix.of(Table.create("plane", DoubleColumn.create("a", a), DoubleColumn.create("b", b)),
                "a", "b");
    }



    private static Set<Color> paletteColoursOfSeries(XYChart chart) {
        Set<Color> palette = new HashSet<>();
        for (int s = 0; s < 8; s++) {
            palette.add(Palette.segmentColor(s));
        }
        Set<Color> used = new HashSet<>();
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (palette.contains(series.getLineColor())) {
                used.add(series.getLineColor());
            }
        }
        return used;
    }

    /**
     * @return the leaf positions (whole x) where a series touches the ground (y = 0): the leaves it stands on; merges
     *     of identical customers also lie at y = 0, but midway between leaves
     */
    private static Set<Double> leavesUnder(XYSeries series) {
        Set<Double> xs = new TreeSet<>();
        for (int i = 0; i < series.getXData().length; i++) {
            if (series.getYData()[i] == 0 && series.getXData()[i] == Math.rint(series.getXData()[i])) {
                xs.add(series.getXData()[i]);
            }
        }
        return xs;
    }

    @Test
    void rendersThePngWithExactlyTheKSegmentColours() throws IOException {
        BufferedImage image = png(DendrogramChart.of(MALL_WARD, 5));

        for (int s = 0; s < 5; s++) {
            assertTrue(pixelsOf(image, Palette.segmentColor(s)) > 50, "segment " + (s + 1) + " colour missing");
        }
        assertEquals(0, pixelsOf(image, Palette.segmentColor(5)), "a sixth segment colour is drawn");
        assertTrue(pixelsOf(image, Palette.INK) > 50, "the merges above the cut are not drawn");
    }

    @Test
    void seriesUseExactlyTheFirstKPaletteColours() {
        XYChart chart = DendrogramChart.of(MALL_WARD, 4);

        assertEquals(Set.of(Palette.segmentColor(0), Palette.segmentColor(1), Palette.segmentColor(2),
                Palette.segmentColor(3)), paletteColoursOfSeries(chart));
    }

    @Test
    void seriesAreTheSegmentsThenTheMergesAboveAndTheCut() {
        Segmentation five = MALL_WARD.cut(5);

        XYChart chart = DendrogramChart.of(MALL_WARD, 5);

        assertEquals(List.of("Segment 1 (" + five.size(0) + ")", "Segment 2 (" + five.size(1) + ")",
                "Segment 3 (" + five.size(2) + ")", "Segment 4 (" + five.size(3) + ")",
                "Segment 5 (" + five.size(4) + ")", "Merges above the cut", "cut: 5 segments"),
                List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void eachSegmentsBranchesStandOnExactlyItsCustomers() {
        Segmentation five = MALL_WARD.cut(5);
        int[] order = MALL_WARD.leafOrder();

        XYChart chart = DendrogramChart.of(MALL_WARD, 5);

        for (int s = 0; s < 5; s++) {
            Set<Double> expected = new TreeSet<>();
            for (int position = 0; position < order.length; position++) {
                if (five.segmentOf(order[position]) == s) {
                    expected.add((double) position);
                }
            }
            XYSeries series = chart.getSeriesMap().get("Segment " + (s + 1) + " (" + five.size(s) + ")");
            assertEquals(Palette.segmentColor(s), series.getLineColor());
            assertEquals(expected, leavesUnder(series), "segment " + (s + 1));
        }
    }

    @Test
    void cutIsADashedLineAtTheHeightForK() {
        XYChart chart = DendrogramChart.of(MALL_WARD, 5);

        XYSeries cut = chart.getSeriesMap().get("cut: 5 segments");

        double height = MALL_WARD.heightForK(5);
        assertArrayEquals(new double[] {height, height}, Arrays.copyOf(cut.getYData(), 2));
        assertTrue(cut.getLineStyle().getDashArray() != null, "the cut line is not dashed");
    }

    @Test
    void axesNameTheLinkageAndTheFeatureSpace() {
        XYChart chart = DendrogramChart.of(MALL_WARD, 5);

        assertEquals("Ward linkage height: distance in the unscaled feature space", chart.getYAxisTitle());
        assertEquals("Dendrogram: Ward linkage, cut into 5 segments", chart.getTitle());
    }

    @Test
    void leafLabelsAreLeftOutAboveSixtyLeaves() {
        assertFalse(DendrogramChart.of(MALL_WARD, 5).getStyler().isXAxisTicksVisible());
        assertTrue(DendrogramChart.truncated(MALL_WARD, 5, 40).getStyler().isXAxisTicksVisible());
    }

    @Test
    void smallTreeLeavesAreLabelledWithRowNumbersInSciPysOrder() {
        // dendrogram(linkage(X, 'complete'), no_plot=True)['ivl'] → ['8', '0', '1', '2', '6', '7', '5', '3', '4']
        XYChart chart = DendrogramChart.of(PLANE_COMPLETE, 3);

        List<String> labels = new ArrayList<>();
        for (int position = 0; position < 9; position++) {
            labels.add(chart.getStyler().getxAxisTickLabelsFormattingFunction().apply((double) position));
        }
        assertEquals(List.of("8", "0", "1", "2", "6", "7", "5", "3", "4"), labels);
    }

    @Test
    void linksAreWhereSciPysDendrogramDrawsThem() {
        // d = dendrogram(linkage(X, 'complete'), no_plot=True); icoord → x, dcoord → y, one ⊓ per merge
        double[][] icoord = {{25.0, 25.0, 35.0, 35.0}, {15.0, 15.0, 30.0, 30.0}, {5.0, 5.0, 22.5, 22.5},
            {45.0, 45.0, 55.0, 55.0}, {75.0, 75.0, 85.0, 85.0}, {65.0, 65.0, 80.0, 80.0}, {50.0, 50.0, 72.5, 72.5},
            {13.75, 13.75, 61.25, 61.25}};
        double[][] dcoord = {{0.0, 1.0, 1.0, 0.0}, {0.0, 1.1704699910719625, 1.1704699910719625, 1.0},
            {0.0, 4.244997055358225, 4.244997055358225, 1.1704699910719625},
            {0.0, 1.4212670403551895, 1.4212670403551895, 0.0}, {0.0, 1.0547511554864495, 1.0547511554864495, 0.0},
            {0.0, 1.5811388300841893, 1.5811388300841893, 1.0547511554864495},
            {1.4212670403551895, 7.076722405181652, 7.076722405181652, 1.5811388300841893},
            {4.244997055358225, 10.207840124139876, 10.207840124139876, 7.076722405181652}};
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < icoord.length; i++) {
            expected.add(link((icoord[i][0] - 5) / 10, dcoord[i][0], (icoord[i][3] - 5) / 10, dcoord[i][3],
                    dcoord[i][1]));
        }

        Set<String> drawn = new TreeSet<>();
        for (DendrogramLayout.Link link : DendrogramLayout.of(PLANE_COMPLETE, 8).links()) {
            drawn.add(link(link.leftX(), link.leftY(), link.rightX(), link.rightY(), link.height()));
        }

        assertEquals(expected, drawn);
    }

    private static String link(double leftX, double leftY, double rightX, double rightY, double height) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.9f,%.6f,%.9f,%.9f", leftX, leftY, rightX, rightY, height);
    }

    @Test
    void leafOrderIsAPermutationOfTheCustomers() {
        int[] order = DendrogramLayout.of(MALL_WARD, MALL_WARD.merges()).shownLeaves();

        int[] sorted = order.clone();
        Arrays.sort(sorted);
        int[] expected = new int[200];
        Arrays.setAll(expected, i -> i);
        assertArrayEquals(expected, sorted);
        assertArrayEquals(MALL_WARD.leafOrder(), order);
    }

    @Test
    void truncatedViewShowsLastMergesPlusOneLeavesLabelledAsSciPy() {
        // dendrogram(linkage(X_mall, 'ward'), no_plot=True, truncate_mode='lastp', p=12)['ivl']
        List<String> scipy = List.of("(21)", "(12)", "(11)", "(36)", "(6)", "(43)", "(3)", "(6)", "(14)", "(16)", "(23)",
                "(9)");

        DendrogramLayout layout = DendrogramLayout.of(MALL_WARD, 11);

        assertEquals(scipy, layout.labels());
        assertEquals(11, layout.links().size());
    }

    @Test
    void truncatedViewMixesRowsAndBranchSizesAsSciPy() {
        // dendrogram(linkage(X, 'complete'), no_plot=True, truncate_mode='lastp', p=4)['ivl']
        assertEquals(List.of("8", "(3)", "(2)", "(3)"), DendrogramLayout.of(PLANE_COMPLETE, 3).labels());
    }

    @Test
    void truncatedChartDrawsTheLastMergesAndColoursEverySegment() throws IOException {
        XYChart chart = DendrogramChart.truncated(MALL_WARD, 5, 11);

        assertEquals("Dendrogram (last 11 merges): Ward linkage, cut into 5 segments", chart.getTitle());
        assertEquals(5, paletteColoursOfSeries(chart).size());
        assertEquals("(21)", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(0.0));
        assertEquals("(9)", chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(11.0));
        BufferedImage image = png(chart);
        for (int s = 0; s < 5; s++) {
            assertTrue(pixelsOf(image, Palette.segmentColor(s)) > 20, "segment " + (s + 1) + " colour missing");
        }
    }

    @Test
    void truncatedViewMustShowTheMergesTheCutUndoes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DendrogramChart.truncated(MALL_WARD, 5, 3));

        assertTrue(error.getMessage().contains("from 4"), error.getMessage());
    }

    @Test
    void repeatedBranchLabelsStayDistinctForXChart() {
        LeafTickLabels labels = new LeafTickLabels(List.of("(3)", "(2)", "8", "(3)"));

        Set<String> ticks = new HashSet<>();
        for (int position = -2; position <= 5; position++) {
            ticks.add(labels.apply((double) position));
        }

        assertEquals(8, ticks.size());
        assertEquals("(3)", labels.apply(3.0).strip());
        assertEquals("", labels.apply(0.5));
    }

    @Test
    void cutIntoOneSegmentColoursTheWholeTree() {
        XYChart chart = DendrogramChart.of(PLANE_COMPLETE, 1);

        assertEquals(List.of("Segment 1 (9)", "cut: 1 segment"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void largeDataIsDrawnInSeconds() throws IOException {
        // 2,240 customers: every merge is a line, one series per segment.
        FeatureMatrix features = FeatureMatrix.of(
                CustomerData.customerPersonality(java.nio.file.Path.of("../data/marketing_campaign.csv")),
                org.segmenta.features.Scaling.STANDARD, "MntWines", "MntMeatProducts", "Recency");
        MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
        long start = System.nanoTime();

        BufferedImage image = png(DendrogramChart.of(tree, 6));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(pixelsOf(image, Palette.segmentColor(5)) > 20, "segment 6 colour missing");
        assertTrue(seconds < 10, "took " + seconds + " s");
    }
}
