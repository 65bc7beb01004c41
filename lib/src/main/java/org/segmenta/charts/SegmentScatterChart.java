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
import org.segmenta.features.FeatureMatrix;

/**
 * A scatter of customers on two features, coloured (and shaped) by segment, with each segment's centroid marked by a
 * black cross and labelled with the segment number. Axes are in the features' original units. Read it for separation: compact groups far from each other
 * are well-defined segments; groups that touch or overlap share a border where the assignment is close.
 */
public final class SegmentScatterChart {

    private SegmentScatterChart() {
    }

    /**
     * @param segmentation the segments to draw
     * @param xFeature the feature on the horizontal axis (one of the segmentation's features)
     * @param yFeature the feature on the vertical axis
     * @return the chart; series "Segment s (n)" per segment and "Centroids"
     */
    public static XYChart of(Segmentation segmentation, String xFeature, String yFeature) {
        FeatureMatrix features = segmentation.features();
        int xColumn = features.indexOf(xFeature);
        int yColumn = features.indexOf(yFeature);
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(segmentation.method() + " segments (k = " + segmentation.k() + ")")
                .xAxisTitle(xFeature)
                .yAxisTitle(yFeature)
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(8);
        for (int s = 0; s < segmentation.k(); s++) {
            double[] xs = new double[segmentation.size(s)];
            double[] ys = new double[segmentation.size(s)];
            int next = 0;
            for (int i = 0; i < features.rows(); i++) {
                if (segmentation.segmentOf(i) == s) {
                    xs[next] = features.originalValue(i, xColumn);
                    ys[next] = features.originalValue(i, yColumn);
                    next++;
                }
            }
            XYSeries series = chart.addSeries(Segmentation.segmentLabel(s) + " (" + segmentation.size(s) + ")", xs, ys);
            series.setMarkerColor(Palette.segmentColor(s));
            series.setMarker(Palette.segmentMarker(s));
        }
        double[][] centroids = segmentation.centroids();
        double[] cx = new double[centroids.length];
        double[] cy = new double[centroids.length];
        for (int s = 0; s < centroids.length; s++) {
            cx[s] = centroids[s][xColumn];
            cy[s] = centroids[s][yColumn];
        }
        XYSeries centres = chart.addSeries("Centroids", cx, cy);
        centres.setMarker(SeriesMarkers.CROSS);
        centres.setMarkerColor(Color.BLACK);
        // The segment number just above and right of its centroid, so the map reads without the legend.
        double dx = 0.025 * range(features.originalColumn(xFeature));
        double dy = 0.04 * range(features.originalColumn(yFeature));
        for (int s = 0; s < centroids.length; s++) {
            chart.addAnnotation(new AnnotationText(String.valueOf(s + 1), cx[s] + dx, cy[s] + dy, false));
        }
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getStyler().setAnnotationTextFontColor(Color.BLACK);
        return chart;
    }

    private static double range(double[] values) {
        return Arrays.stream(values).max().orElse(0) - Arrays.stream(values).min().orElse(0);
    }
}
