package org.segmenta.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmenta.clustering.Segmentation;
import tech.tablesaw.columns.Column;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * What the interactive (Plotly) segment charts share: one scatter trace per segment in the {@link Palette} colours,
 * a trace of centroids, hover text naming the customer and the segment, and the HTML fragment with a div id derived
 * from a name.
 *
 * <p>The fragment is a {@code <div>} and a {@code <script>} calling {@code Plotly.newPlot}; it does not load
 * plotly.js, which the page must provide once (the report pipeline inlines it). tablesaw-jsplot 0.44.4 writes the
 * plotly.js 1.x attribute style (titles as plain strings, {@code titlefont}), which plotly.js 1.x and 2.x accept and
 * 3.x does not. Because plotly.js 1.x hovers on every point with the same x unless told otherwise, and
 * tablesaw-jsplot leaves the default out of the layout, the script sets {@code hovermode: 'closest'} itself.
 */
final class PlotlySegmentFigure {

    /** Prefix of every div id, so ids never start with a digit and never clash with the page's own ids. */
    static final String DIV_PREFIX = "segmenta_";

    private PlotlySegmentFigure() {
    }

    /**
     * Turns a caller-given name into a div id that is also a JavaScript identifier (tablesaw-jsplot declares a
     * variable {@code target_<id>}): {@code "Mall: PCA map"} becomes {@code "segmenta_mall_pca_map"}.
     *
     * @throws IllegalArgumentException if the name has no letter or digit
     */
    static String divId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the chart name '" + name + "' has no letter or digit to make a div id "
                    + "from; give a name such as \"mall-pca-map\", unique on the page.");
        }
        return DIV_PREFIX + slug;
    }

    /** @return the {@code <div>} and {@code <script>} that draw {@code figure} into a div named after {@code name} */
    static String html(Figure figure, String name) {
        String id = divId(name);
        return figure.divString(id) + figure.asJavascript(id);
    }

    /**
     * Builds the figure: a trace per segment with its customers at {@code (x[i], y[i])}, then a "Centroids" trace.
     *
     * @param customerNames how each customer is named in its hover text, by row
     */
    static Figure of(Segmentation segmentation, double[] x, double[] y, double[][] centroids, String[] customerNames,
            String title, String xTitle, String yTitle) {
        List<Trace> traces = new ArrayList<>();
        for (int s = 0; s < segmentation.k(); s++) {
            int size = segmentation.size(s);
            double[] xs = new double[size];
            double[] ys = new double[size];
            String[] text = new String[size];
            int next = 0;
            for (int i = 0; i < x.length; i++) {
                if (segmentation.segmentOf(i) == s) {
                    xs[next] = x[i];
                    ys[next] = y[i];
                    text[next] = customerNames[i] + "<br>" + Segmentation.segmentLabel(s);
                    next++;
                }
            }
            traces.add(ScatterTrace.builder(xs, ys)
                    .name(Segmentation.segmentLabel(s) + " (" + size + ")")
                    .text(text)
                    .marker(Marker.builder().color(hex(Palette.segmentColor(s))).symbol(symbol(s)).size(8).build())
                    .build());
        }
        double[] cx = new double[centroids.length];
        double[] cy = new double[centroids.length];
        String[] centroidText = new String[centroids.length];
        for (int s = 0; s < centroids.length; s++) {
            cx[s] = centroids[s][0];
            cy[s] = centroids[s][1];
            centroidText[s] = "Centroid of segment " + (s + 1) + "<br>" + segmentation.size(s) + " customers";
        }
        traces.add(ScatterTrace.builder(cx, cy)
                .name("Centroids")
                .text(centroidText)
                .marker(Marker.builder().color("#000000").symbol(Symbol.X).size(13).build())
                .build());
        Layout layout = Layout.builder(title)
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).build())
                .build();
        return new ClosestHoverFigure(layout, traces.toArray(Trace[]::new));
    }

    /**
     * Hover names: {@code "Customer <id>"} from the id column, HTML-escaped so that an id can never end the script, or
     * {@code "Row <n>"} (1-based, as data rows are counted elsewhere) when there is no id column.
     *
     * @throws IllegalArgumentException if the id column does not have one value per customer
     */
    static String[] customerNames(Segmentation segmentation, Column<?> ids) {
        int n = segmentation.features().rows();
        String[] names = new String[n];
        if (ids == null) {
            for (int i = 0; i < n; i++) {
                names[i] = "Row " + (i + 1);
            }
            return names;
        }
        if (ids.size() != n) {
            throw new IllegalArgumentException("the id column '" + ids.name() + "' has " + ids.size()
                    + " values but the segmentation has " + n + " customers; pass the id column of the table the "
                    + "features were built from.");
        }
        for (int i = 0; i < n; i++) {
            names[i] = "Customer " + ids.getString(i).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        return names;
    }

    /** @return the colour as {@code #RRGGBB} */
    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    /** The Plotly marker symbol closest to {@link Palette#segmentMarker(int)}'s shape for the same segment. */
    static Symbol symbol(int segment) {
        Symbol[] symbols = {Symbol.CIRCLE, Symbol.SQUARE, Symbol.DIAMOND, Symbol.TRIANGLE_UP, Symbol.TRIANGLE_DOWN,
            Symbol.HEXAGON, Symbol.PENTAGON, Symbol.DIAMOND_WIDE};
        return symbols[segment % symbols.length];
    }

    /** A figure whose script sets {@code hovermode: 'closest'} before plotting (see the class comment). */
    private static final class ClosestHoverFigure extends Figure {

        ClosestHoverFigure(Layout layout, Trace... traces) {
            super(layout, traces);
        }

        // The template HTML-escapes the plot call (quotes included) but inserts the figure part raw: add it there.
        @Override
        protected void buildContext(String divName) {
            super.buildContext(divName);
            getContext().put("figure", getContext().get("figure") + "layout.hovermode = 'closest';"
                    + System.lineSeparator());
        }
    }
}
