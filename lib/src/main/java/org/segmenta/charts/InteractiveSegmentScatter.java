package org.segmenta.charts;

import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.columns.Column;
import tech.tablesaw.plotly.components.Figure;

/**
 * The interactive segment scatter: customers on two features (original units), one Plotly trace per segment in the
 * {@link Palette} colours plus a "Centroids" trace. Hovering a point shows the customer (id or row), the segment and
 * the two values; clicking a legend entry hides or shows a segment; dragging zooms. The static counterpart is
 * {@link SegmentScatterChart}.
 *
 * <p>{@code html(...)} returns an HTML fragment, a {@code <div>} and a {@code <script>}, for
 * {@code Show.html(...)} or a report page. It does not load plotly.js: the page must include it once (the report
 * pipeline inlines it; the fragment is written in the plotly.js 1.x attribute style of tablesaw-jsplot 0.44.4, which
 * plotly.js 1.x and 2.x accept). The div id is derived from the caller's name ({@code "Mall income × score"} becomes
 * {@code segmenta_mall_income_score}), so the same call always gives the same fragment; give each chart on a page
 * its own name.
 *
 * <pre>{@code
 * Show.html(InteractiveSegmentScatter.html(segments, "Annual Income (k$)", "Spending Score (1-100)",
 *         mall.column("CustomerID"), "mall income × score"));
 * }</pre>
 */
public final class InteractiveSegmentScatter {

    private InteractiveSegmentScatter() {
    }

    /**
     * @param segmentation the segments to draw
     * @param xFeature the feature across (one of the segmentation's features)
     * @param yFeature the feature up
     * @param name the chart's name on the page, from which the div id is derived; needs a letter or digit
     * @return the HTML fragment; hover text names customers by their 1-based row
     * @throws IllegalArgumentException if a feature is unknown or the name has no letter or digit
     */
    public static String html(Segmentation segmentation, String xFeature, String yFeature, String name) {
        return PlotlySegmentFigure.html(figure(segmentation, xFeature, yFeature), name);
    }

    /**
     * As {@link #html(Segmentation, String, String, String)}, with hover text naming customers by {@code ids}.
     *
     * @param ids one id per customer, in table row order (e.g. the {@code CustomerID} column)
     * @throws IllegalArgumentException also if {@code ids} does not have one value per customer
     */
    public static String html(Segmentation segmentation, String xFeature, String yFeature, Column<?> ids,
            String name) {
        return PlotlySegmentFigure.html(figure(segmentation, xFeature, yFeature, ids), name);
    }

    /** @return the Plotly figure, to change before rendering it; customers are named by row */
    public static Figure figure(Segmentation segmentation, String xFeature, String yFeature) {
        return build(segmentation, xFeature, yFeature, null);
    }

    /** @return the Plotly figure, to change before rendering it; customers are named by {@code ids} */
    public static Figure figure(Segmentation segmentation, String xFeature, String yFeature, Column<?> ids) {
        return build(segmentation, xFeature, yFeature, ids);
    }

    private static Figure build(Segmentation segmentation, String xFeature, String yFeature, Column<?> ids) {
        FeatureMatrix features = segmentation.features();
        int xColumn = features.indexOf(xFeature);
        int yColumn = features.indexOf(yFeature);
        double[][] centroids = segmentation.centroids();
        double[][] centres = new double[centroids.length][];
        for (int s = 0; s < centroids.length; s++) {
            centres[s] = new double[] {centroids[s][xColumn], centroids[s][yColumn]};
        }
        return PlotlySegmentFigure.of(segmentation, features.originalColumn(xFeature),
                features.originalColumn(yFeature), centres, PlotlySegmentFigure.customerNames(segmentation, ids),
                segmentation.method() + " segments (k = " + segmentation.k() + ")", xFeature, yFeature);
    }
}
