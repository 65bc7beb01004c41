package org.segmenta.notebook;

import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.segmenta.charts.ChartGrid;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Shows tables, charts, images and HTML in a notebook, the same way on the rapaio, IJava and JJava kernels; outside a
 * kernel (tests, command line) it prints a plain-text form instead. Every output carries that plain-text form as its
 * {@code text/plain} next to the HTML or PNG (a table's caption, shape and rows; a chart's title and size), so no
 * kernel or text front-end shows an object address or raw HTML. Every method returns nothing, so no display id is
 * echoed under the output.
 *
 * <pre>{@code
 * Show.table(summary);                     // an HTML table
 * Show.chart(ElbowChart.of(elbow));        // a PNG image
 * Show.html("<b>Five segments</b>");
 * }</pre>
 */
public final class Show {

    /** Rows shown by {@link #table(Table)} before the rest is elided. */
    public static final int DEFAULT_MAX_ROWS = 20;

    private Show() {
    }

    /** Shows an HTML fragment; its text form is the fragment's readable text ({@link PlainText#ofHtml}). */
    public static void html(String html) {
        display().show(htmlBundle(html));
    }

    /** Shows an image as PNG; its text form is {@code [image 30×20 px]}. */
    public static void png(BufferedImage image) {
        display().show(pngBundle(image));
    }

    /** Renders an XChart chart as a PNG image at its own size and shows it (text {@code [chart 'T', 600×400 px]}). */
    public static void chart(Chart<?, ?> chart) {
        display().show(chartBundle(chart));
    }

    /** Renders a grid of charts (e.g. a scatter matrix) as one PNG image and shows it (text {@code [T, W×H px]}). */
    public static void grid(ChartGrid grid) {
        BufferedImage image = grid.toImage();
        display().show(DisplayBundle.png(image, "[" + grid.title() + ", " + size(image) + "]"));
    }

    static DisplayBundle htmlBundle(String html) {
        return DisplayBundle.html(html, PlainText.ofHtml(html));
    }

    static DisplayBundle pngBundle(BufferedImage image) {
        return DisplayBundle.png(image, "[image " + size(image) + "]");
    }

    static DisplayBundle chartBundle(Chart<?, ?> chart) {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "" : " '" + chart.getTitle() + "'";
        return DisplayBundle.png(image, "[chart" + title + ", " + size(image) + "]");
    }

    static DisplayBundle tableBundle(Table table, int maxRows) {
        return DisplayBundle.html(HtmlTable.of(table, maxRows), PlainText.table(table, maxRows));
    }

    private static String size(BufferedImage image) {
        return image.getWidth() + "×" + image.getHeight() + " px";
    }

    /**
     * Loads plotly.js into the notebook page, once, before the first interactive chart: run it in an early cell of a
     * notebook that uses {@link #plotly(String)}. The library is inlined from the file setup.sh installed (no network
     * needed), so the executed notebook and its HTML report carry it exactly once.
     *
     * @throws IllegalStateException if plotly.js is not installed, saying how to install it
     */
    public static void plotlyLibrary() {
        java.nio.file.Path file = PlotlyLibrary.locate();
        display().show(DisplayBundle.html(PlotlyLibrary.scriptElement(file), "[plotly.js loaded from " + file + "]"));
    }

    /**
     * Shows an interactive Plotly chart given as an HTML fragment (a {@code <div>} and the {@code <script>} that draws
     * into it, as the lib's {@code Interactive*} charts return). The page must have plotly.js: call
     * {@link #plotlyLibrary()} once first. If it does not, the chart's place says so instead of staying blank.
     */
    public static void plotly(String fragment) {
        String guard = "<script type=\"text/javascript\">if (typeof window.Plotly === 'undefined') { "
                + "document.currentScript.insertAdjacentHTML('afterend', '<p><b>plotly.js is not loaded:</b> run "
                + "Show.plotlyLibrary() in an earlier cell.</p>'); }</script>";
        display().show(DisplayBundle.html(guard + fragment,
                "[interactive chart: shown in a notebook or HTML report]"));
    }

    /** Shows a table as HTML, at most {@value #DEFAULT_MAX_ROWS} rows (first and last rows when longer). */
    public static void table(Table table) {
        table(table, DEFAULT_MAX_ROWS);
    }

    /**
     * Shows a table as HTML, at most {@code maxRows} rows (first and last rows when longer); its text form is the
     * caption and shape, then the same rows as aligned text ({@link PlainText#table}).
     */
    public static void table(Table table, int maxRows) {
        display().show(tableBundle(table, maxRows));
    }

    /** @return the name of the kernel output goes to, e.g. {@code "rapaio"}, or that there is none */
    public static String kernel() {
        return display().kernelName();
    }

    private static KernelDisplay display() {
        // Looked up on each call (cheap) rather than cached in a static: a notebook may load this class before the
        // kernel's own display classes are reachable from the context class loader.
        return KernelDisplay.detect(System.out);
    }

    /** Renders a Tablesaw table as an HTML table, using each column's print formatter. */
    static final class HtmlTable {
        private HtmlTable() {
        }

        static String of(Table table, int maxRows) {
            StringBuilder html = new StringBuilder("<table class=\"segmenta-table\">");
            if (table.name() != null && !table.name().isBlank()) {
                html.append("<caption>").append(escape(table.name())).append("</caption>");
            }
            html.append("<thead><tr>");
            for (Column<?> column : table.columns()) {
                html.append(column instanceof NumericColumn<?> ? "<th style=\"text-align:right\">"
                        : "<th style=\"text-align:left\">").append(escape(column.name())).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            int rows = table.rowCount();
            if (rows == 0) {
                html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">(no rows)</td></tr>");
            }
            int head = rows <= maxRows ? rows : (maxRows + 1) / 2;
            int tail = rows <= maxRows ? 0 : maxRows / 2;
            for (int row = 0; row < head; row++) {
                appendRow(html, table, row);
            }
            if (tail > 0) {
                html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">… ")
                        .append(rows - head - tail).append(" more rows …</td></tr>");
                for (int row = rows - tail; row < rows; row++) {
                    appendRow(html, table, row);
                }
            }
            return html.append("</tbody></table>").toString();
        }

        private static void appendRow(StringBuilder html, Table table, int row) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                boolean number = column instanceof NumericColumn<?>;
                html.append(number ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(escape(cell(column, row))).append("</td>");
            }
            html.append("</tr>");
        }

        /**
         * The cell's text: the column's own print format, except that doubles still on Tablesaw's default (every
         * digit, e.g. 60.56000000000002) are shown with at most two decimals (four significant digits below 1).
         */
        static String cell(Column<?> column, int row) {
            String text = column.getString(row);
            if (column instanceof DoubleColumn doubles && !doubles.isMissing(row)) {
                double value = doubles.getDouble(row);
                // Tablesaw hides a column's formatter; a column still on the default prints every digit.
                String everyDigit = NumberColumnFormatter.floatingPointDefault().getFormat().format(value);
                if (text.equals(everyDigit)) {
                    // A DecimalFormat is mutable and not thread-safe: one per cell, never a shared static one.
                    String pattern = Math.abs(value) >= 1 || value == 0 ? "#,##0.##" : "0.####";
                    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
                }
            }
            return text;
        }

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
