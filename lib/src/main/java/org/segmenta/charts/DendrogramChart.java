package org.segmenta.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.clustering.MergeTree;
import org.segmenta.clustering.Segmentation;

/**
 * The dendrogram of a hierarchical clustering, cut into k segments. Each merge is drawn as a "⊓" joining two branches
 * at the merge height (y, a distance in the scaled feature space); leaves are in the tree's order, so no lines cross.
 * Branches below the cut are coloured by segment, with the same numbers and colours as {@link MergeTree#cut(int)} and
 * the other charts ({@link Palette#segmentColor(int)}); the merges above the cut, which the cut undoes, are in ink; the
 * cut itself is a dashed horizontal line.
 *
 * <p>Read it from the top: the higher a merge, the more different the two groups it joins. A cut where the branches
 * are long (a big gap between consecutive merge heights) separates groups that are clearly apart; a cut through a
 * dense band of short branches splits groups that are barely different.
 *
 * <pre>{@code
 * XYChart full = DendrogramChart.of(tree, 5);                 // every customer a leaf
 * XYChart top = DendrogramChart.truncated(tree, 5, 20);       // the last 20 merges, 21 leaves
 * }</pre>
 */
public final class DendrogramChart {

    /**
     * Above this many leaves their labels are left out: they would overlap. Up to it, every leaf is labelled when the
     * labels fit side by side (about 40 at the default size), otherwise every second one.
     */
    public static final int MAX_LABELLED_LEAVES = 60;

    /** Merges above the cut (undone by it). */
    private static final Color ABOVE_CUT = Palette.INK;
    /** The cut line: a neutral grey, so it is not mistaken for a segment's colour. */
    private static final Color CUT_LINE = new Color(0x555555);
    private static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10.0f,
            new float[] {8.0f, 6.0f}, 0.0f);

    private DendrogramChart() {
    }

    /**
     * The whole dendrogram: every customer is a leaf (labelled with its row number when there are at most
     * {@value #MAX_LABELLED_LEAVES}).
     *
     * @param tree the merge tree to draw
     * @param k the number of segments to cut it into, from 1 to the number of customers
     * @return the chart; series "Segment s (size)" per segment, "Merges above the cut" and "cut: k segments"
     * @throws IllegalArgumentException if k is outside 1..n
     */
    public static XYChart of(MergeTree tree, int k) {
        return draw(tree, k, tree.merges(), "Dendrogram");
    }

    /**
     * The top of the dendrogram: only the last {@code lastMerges} merges, so {@code lastMerges + 1} leaves, as SciPy's
     * {@code dendrogram(Z, truncate_mode='lastp', p=lastMerges + 1)}. A leaf formed by earlier merges is labelled with
     * its number of customers, e.g. "(23)"; a single customer with its row number. Use it when n is too large for
     * every leaf to be seen.
     *
     * @param tree the merge tree to draw
     * @param k the number of segments to cut it into
     * @param lastMerges how many merges to show, from k − 1 (so every segment is visible) to n − 1
     * @return the chart, with the same series as {@link #of(MergeTree, int)}
     * @throws IllegalArgumentException if k is outside 1..n or lastMerges outside k − 1 .. n − 1 (and at least 1)
     */
    public static XYChart truncated(MergeTree tree, int k, int lastMerges) {
        if (lastMerges < Math.max(1, k - 1) || lastMerges > tree.merges()) {
            throw new IllegalArgumentException("lastMerges = " + lastMerges + " cannot be shown for a cut into k = "
                    + k + " segments of a tree with " + tree.merges() + " merges: choose lastMerges from "
                    + Math.max(1, k - 1) + " (the k - 1 merges the cut undoes) to " + tree.merges() + ".");
        }
        return draw(tree, k, lastMerges, "Dendrogram (last " + lastMerges + " merges)");
    }

    private static XYChart draw(MergeTree tree, int k, int shownMerges, String titleStart) {
        Segmentation segments = tree.cut(k);
        DendrogramLayout layout = DendrogramLayout.of(tree, shownMerges);
        int n = tree.leaves();
        int leafCount = shownMerges + 1;
        double cutHeight = cutLineHeight(tree, k);
        int[] segmentOf = segmentOfEveryCluster(tree, segments, k);

        List<List<double[]>> segmentLines = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            segmentLines.add(new ArrayList<>());
        }
        List<double[]> aboveCut = new ArrayList<>();
        for (DendrogramLayout.Link link : layout.links()) {
            int merge = link.merge();
            if (merge < n - k) {
                segmentLines.get(segmentOf[n + merge]).add(new double[] {link.leftX(), link.leftY(), link.leftX(),
                    link.height(), link.rightX(), link.height(), link.rightX(), link.rightY()});
                continue;
            }
            // A merge the cut undoes: each leg standing on a segment is in the segment's colour up to the cut line.
            double leftFoot = legFoot(link.leftY(), segmentOf[tree.left(merge)], cutHeight, link.leftX(), segmentLines);
            double rightFoot = legFoot(link.rightY(), segmentOf[tree.right(merge)], cutHeight, link.rightX(),
                    segmentLines);
            aboveCut.add(new double[] {link.leftX(), leftFoot, link.leftX(), link.height(), link.rightX(),
                link.height(), link.rightX(), rightFoot});
        }

        String cutLabel = "cut: " + k + (k == 1 ? " segment" : " segments");
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(titleStart + ": " + tree.linkage().displayName() + ", cut into " + k
                        + (k == 1 ? " segment" : " segments"))
                .xAxisTitle(xAxisTitle(n, leafCount, shownMerges < tree.merges()))
                .yAxisTitle(tree.linkage().displayName() + " height: distance in the "
                        + scalingWords(tree) + " feature space")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisMin(-0.5);
        chart.getStyler().setXAxisMax(leafCount - 0.5);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        if (leafCount <= MAX_LABELLED_LEAVES) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(new LeafTickLabels(layout.labels()));
            chart.getStyler().setXAxisTickMarkSpacingHint(8);
            chart.getStyler().setXAxisLabelRotation(90);
            chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, leafCount > 30 ? 9 : 11));
        } else {
            chart.getStyler().setXAxisTicksVisible(false);
        }

        for (int s = 0; s < k; s++) {
            addLines(chart, Segmentation.segmentLabel(s) + " (" + segments.size(s) + ")", segmentLines.get(s),
                    Palette.segmentColor(s), SeriesLines.SOLID);
        }
        if (!aboveCut.isEmpty()) {
            addLines(chart, "Merges above the cut", aboveCut, ABOVE_CUT, SeriesLines.SOLID);
        }
        addLines(chart, cutLabel, List.of(new double[] {-0.5, cutHeight, leafCount - 0.5, cutHeight}), CUT_LINE,
                DASHED);
        double top = Math.max(tree.height(tree.merges() - 1), cutHeight);
        chart.addAnnotation(new AnnotationText(cutLabel, 0.06 * leafCount, cutHeight + 0.03 * top, false));
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setAnnotationTextFontColor(CUT_LINE);
        return chart;
    }

    /**
     * Draws the coloured part of a leg that stands on a segment (from its foot up to the cut line) and returns where
     * the ink part starts.
     */
    private static double legFoot(double foot, int segment, double cutHeight, double x, List<List<double[]>> lines) {
        if (segment < 0 || foot >= cutHeight) {
            return foot;
        }
        lines.get(segment).add(new double[] {x, foot, x, cutHeight});
        return cutHeight;
    }

    /**
     * The segment of every cluster of the tree below the cut (leaves and the first n − k merges), −1 for the merges
     * above it. Segments are the {@link Segmentation}'s numbers, so colours match the other charts.
     */
    private static int[] segmentOfEveryCluster(MergeTree tree, Segmentation segments, int k) {
        int n = tree.leaves();
        int[] segment = new int[2 * n - 1];
        for (int leaf = 0; leaf < n; leaf++) {
            segment[leaf] = segments.segmentOf(leaf);
        }
        for (int merge = 0; merge < n - 1; merge++) {
            segment[n + merge] = merge < n - k ? segment[tree.left(merge)] : -1;
        }
        return segment;
    }

    /**
     * The cut line's height: midway between the last merge kept and the first merge undone (as
     * {@link MergeTree#heightForK(int)}, and at the tied height when both are equal); above the top for k = 1.
     */
    private static double cutLineHeight(MergeTree tree, int k) {
        int n = tree.leaves();
        if (k == 1) {
            return 1.05 * tree.height(n - 2);
        }
        double kept = k == n ? 0 : tree.height(n - k - 1);
        return (kept + tree.height(n - k)) / 2;
    }

    /** Adds polylines as one series, separated by NaN points (where XChart lifts the pen). */
    private static void addLines(XYChart chart, String name, List<double[]> polylines, Color color,
            BasicStroke stroke) {
        int points = polylines.stream().mapToInt(line -> line.length / 2 + 1).sum();
        double[] xs = new double[points];
        double[] ys = new double[points];
        int next = 0;
        for (double[] line : polylines) {
            for (int i = 0; i < line.length; i += 2) {
                xs[next] = line[i];
                ys[next++] = line[i + 1];
            }
            xs[next] = line[line.length - 2];
            ys[next++] = Double.NaN;
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
    }

    private static String xAxisTitle(int n, int leafCount, boolean truncated) {
        if (leafCount > MAX_LABELLED_LEAVES) {
            return (truncated ? leafCount + " branches of " : "") + n + " customers, in dendrogram order";
        }
        return truncated ? "Customer row, or (number of customers) in a collapsed branch"
                : "Customer row (0-based), in dendrogram order";
    }

    private static String scalingWords(MergeTree tree) {
        return switch (tree.features().scaling()) {
            case NONE -> "unscaled";
            case STANDARD -> "standard-scaled";
            case MIN_MAX -> "min-max-scaled";
            case ROBUST -> "robust-scaled";
        };
    }
}
