package org.segmenta.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.segmenta.clustering.Segmentation;
import org.segmenta.projection.PcaProjection;

/**
 * The segment map: every customer placed on the first two principal components (PC1 across, PC2 up), coloured and
 * shaped by segment, each centroid marked by a black cross labelled with its segment number. Use it when there are
 * more than two features, so no single pair of features shows the segments. The axis titles say how much of the
 * variance each component carries: together they tell how faithful the flat picture is (segments that overlap on
 * the map may still be apart in the dimensions left out). The loadings ({@link PcaProjection#loadingsTable()}) say
 * which features each axis stands for.
 *
 * <pre>{@code
 * Show.chart(PcaSegmentMap.of(segments, PcaProjection.of(segments.features())));
 * }</pre>
 */
public final class PcaSegmentMap {

    private PcaSegmentMap() {
    }

    /**
     * @param segmentation the segments to draw
     * @param projection a projection of the segmentation's own features with at least two components
     * @return the chart; series "Segment s (n)" per segment and "Centroids"
     * @throws IllegalArgumentException if the projection keeps fewer than two components or was made on other
     *     features
     */
    public static XYChart of(Segmentation segmentation, PcaProjection projection) {
        if (projection.components() < 2) {
            throw new IllegalArgumentException("a map needs two principal components but the projection keeps "
                    + projection.components() + "; use PcaProjection.of(features), which keeps two.");
        }
        double[][] centroids = projection.centroids(segmentation);
        double[][] coordinates = projection.coordinates();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(segmentation.method() + " segments (k = " + segmentation.k()
                        + ") on the first two principal components")
                .xAxisTitle(projection.axisTitle(0))
                .yAxisTitle(projection.axisTitle(1))
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        for (int s = 0; s < segmentation.k(); s++) {
            double[] xs = new double[segmentation.size(s)];
            double[] ys = new double[segmentation.size(s)];
            int next = 0;
            for (int i = 0; i < coordinates.length; i++) {
                if (segmentation.segmentOf(i) == s) {
                    xs[next] = coordinates[i][0];
                    ys[next] = coordinates[i][1];
                    next++;
                }
            }
            XYSeries series = chart.addSeries(Segmentation.segmentLabel(s) + " (" + segmentation.size(s) + ")", xs, ys);
            series.setMarkerColor(Palette.segmentColor(s));
            series.setMarker(Palette.segmentMarker(s));
        }
        double[] cx = Arrays.stream(centroids).mapToDouble(c -> c[0]).toArray();
        double[] cy = Arrays.stream(centroids).mapToDouble(c -> c[1]).toArray();
        XYSeries centres = chart.addSeries("Centroids", cx, cy);
        centres.setMarker(SeriesMarkers.CROSS);
        centres.setMarkerColor(Color.BLACK);
        // The segment number just above and right of its centroid, so the map reads without the legend.
        double dx = 0.025 * range(coordinates, 0);
        double dy = 0.04 * range(coordinates, 1);
        for (int s = 0; s < centroids.length; s++) {
            chart.addAnnotation(new AnnotationText(String.valueOf(s + 1), cx[s] + dx, cy[s] + dy, false));
        }
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        return chart;
    }

    private static double range(double[][] rows, int column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : rows) {
            min = Math.min(min, row[column]);
            max = Math.max(max, row[column]);
        }
        return max - min;
    }
}
