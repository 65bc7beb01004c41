package org.segmenta.charts;

import org.segmenta.clustering.Segmentation;
import org.segmenta.projection.PcaProjection;
import tech.tablesaw.columns.Column;
import tech.tablesaw.plotly.components.Figure;

/**
 * The interactive segment map: customers on the first two principal components, one Plotly trace per segment in the
 * {@link Palette} colours plus a "Centroids" trace, axis titles giving each component's share of the variance.
 * Hovering a point shows the customer (id or row) and the segment. The static counterpart, and how to read the map,
 * is {@link PcaSegmentMap}.
 *
 * <p>{@code html(...)} returns an HTML fragment, a {@code <div>} and a {@code <script>}, that does not load
 * plotly.js: the page must include it once (see {@link InteractiveSegmentScatter} for the plotly.js versions and how
 * the div id is derived from the name).
 *
 * <pre>{@code
 * PcaProjection pca = PcaProjection.of(segments.features());
 * Show.html(InteractivePcaMap.html(segments, pca, mall.column("CustomerID"), "mall PCA map"));
 * }</pre>
 */
public final class InteractivePcaMap {

    private InteractivePcaMap() {
    }

    /**
     * @param segmentation the segments to draw
     * @param projection a projection of the segmentation's own features with at least two components
     * @param name the chart's name on the page, from which the div id is derived; needs a letter or digit
     * @return the HTML fragment; hover text names customers by their 1-based row
     * @throws IllegalArgumentException if the projection keeps fewer than two components or was made on other
     *     features, or the name has no letter or digit
     */
    public static String html(Segmentation segmentation, PcaProjection projection, String name) {
        return PlotlySegmentFigure.html(figure(segmentation, projection), name);
    }

    /**
     * As {@link #html(Segmentation, PcaProjection, String)}, with hover text naming customers by {@code ids}.
     *
     * @param ids one id per customer, in table row order (e.g. the {@code CustomerID} column)
     * @throws IllegalArgumentException also if {@code ids} does not have one value per customer
     */
    public static String html(Segmentation segmentation, PcaProjection projection, Column<?> ids, String name) {
        return PlotlySegmentFigure.html(figure(segmentation, projection, ids), name);
    }

    /** @return the Plotly figure, to change before rendering it; customers are named by row */
    public static Figure figure(Segmentation segmentation, PcaProjection projection) {
        return build(segmentation, projection, null);
    }

    /** @return the Plotly figure, to change before rendering it; customers are named by {@code ids} */
    public static Figure figure(Segmentation segmentation, PcaProjection projection, Column<?> ids) {
        return build(segmentation, projection, ids);
    }

    private static Figure build(Segmentation segmentation, PcaProjection projection, Column<?> ids) {
        if (projection.components() < 2) {
            throw new IllegalArgumentException("a map needs two principal components but the projection keeps "
                    + projection.components() + "; use PcaProjection.of(features), which keeps two.");
        }
        double[][] centroids = projection.centroids(segmentation);
        double[][] coordinates = projection.coordinates();
        double[] x = new double[coordinates.length];
        double[] y = new double[coordinates.length];
        for (int i = 0; i < coordinates.length; i++) {
            x[i] = coordinates[i][0];
            y[i] = coordinates[i][1];
        }
        return PlotlySegmentFigure.of(segmentation, x, y, centroids,
                PlotlySegmentFigure.customerNames(segmentation, ids),
                segmentation.method() + " segments (k = " + segmentation.k() + ") on the first two principal components",
                projection.axisTitle(0), projection.axisTitle(1));
    }
}
