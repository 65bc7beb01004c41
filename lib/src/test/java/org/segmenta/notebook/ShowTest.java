package org.segmenta.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ShowTest {

    /** Runs {@code action} with System.out captured; returns what it printed. */
    private static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Table sample() {
        return Table.create("Sizes",
                StringColumn.create("Segment", "Segment 1", "Segment <2>"),
                IntColumn.create("Customers", 81, 39),
                DoubleColumn.create("Mean", 60.56000000000002, 0.000123456));
    }

    @Test
    void outsideAKernelNoKernelIsDetected() {
        assertEquals("none (plain text)", Show.kernel());
    }

    @Test
    void outsideAKernelHtmlIsPrintedAsTextWithoutTags() {
        String out = printed(() -> Show.html("<p>Five <b>segments</b> &amp; more</p>"));

        assertEquals("Five segments & more", out.strip());
    }

    @Test
    void outsideAKernelATableIsPrintedAsItsTextForm() {
        String out = printed(() -> Show.table(sample()));

        assertEquals(PlainText.table(sample(), Show.DEFAULT_MAX_ROWS) + "\n", out);
    }

    @Test
    void aTablesTextFormHasItsCaptionShapeAndAlignedRowsFormattedAsInTheHtml() {
        // Worked by hand: widths 11 ("Segment <2>"), 9 ("Customers"), 6 ("0.0001"); two spaces between columns;
        // numbers right-aligned; 60.56000000000002 shown as in the HTML table (60.56).
        String expected = """
                [table 'Sizes', 2 rows × 3 columns]
                Segment      Customers    Mean
                Segment 1           81   60.56
                Segment <2>         39  0.0001""";

        DisplayBundle bundle = Show.tableBundle(sample(), 20);

        assertEquals(expected, bundle.plainText());
        assertEquals(Show.HtmlTable.of(sample(), 20), bundle.data());
        assertEquals(DisplayBundle.HTML, bundle.mimeType());
    }

    @Test
    void aLongTablesTextFormShowsTheSameRowsAsItsHtml() {
        Table table = Table.create("", IntColumn.create("i", java.util.stream.IntStream.range(0, 100).toArray()));

        String text = PlainText.table(table, 10);

        assertEquals(String.join("\n", "[table, 100 rows × 1 column]", " i", " 0", " 1", " 2", " 3", " 4",
                "… 90 more rows …", "95", "96", "97", "98", "99"), text);
    }

    @Test
    void anEmptyTablesTextFormSaysSo() {
        Table table = Table.create("Nobody", StringColumn.create("Segment"));

        assertEquals("[table 'Nobody', 0 rows × 1 column]\nSegment\n(no rows)", PlainText.table(table, 20));
    }

    @Test
    void htmlTextDropsStylesAndScriptsAndKeepsTheLinesAReaderSees() {
        String html = "<style>.card { color: red; }</style><div class=\"card\"><h3>Segment&nbsp;1</h3>"
                + "<p>Young &amp; rich<br>81 customers &#8226; 40&#x25;</p></div><script>alert('hi')</script>";

        assertEquals("Segment 1\nYoung & rich\n81 customers • 40%", Show.htmlBundle(html).plainText());
    }

    @Test
    void htmlWithoutVisibleTextStillHasATextForm() {
        assertEquals("[HTML output]", PlainText.ofHtml("<script>var x = 1;</script><img src=\"a.png\">"));
    }

    @Test
    void aChartCarriesItsTitleAndSizeAsTextAndItsPixelsAsPng() throws Exception {
        org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChartBuilder().width(600).height(400)
                .title("Elbow").build();
        chart.addSeries("WCSS", new double[] {1, 2, 3}, new double[] {9, 4, 2});

        DisplayBundle bundle = Show.chartBundle(chart);

        assertEquals("[chart 'Elbow', 600×400 px]", bundle.plainText());
        assertEquals(DisplayBundle.PNG, bundle.mimeType());
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(bundle.data())));
        assertEquals(600, decoded.getWidth());
        assertEquals(400, decoded.getHeight());
    }

    @Test
    void aPngKeepsEveryPixelAndTheBundleListsTheImageBeforeItsText() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(30, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);

        DisplayBundle bundle = Show.pngBundle(image);

        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(bundle.data())));
        assertEquals(0xFF0000, decoded.getRGB(3, 4) & 0xFFFFFF);
        assertEquals(0, decoded.getRGB(4, 4) & 0xFFFFFF);
        assertEquals(java.util.List.of("image/png", "text/plain"), java.util.List.copyOf(bundle.asMap().keySet()));
        assertEquals("[image 30×20 px]", bundle.asMap().get("text/plain"));
    }

    @Test
    void aBundleWithoutATextFormIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DisplayBundle.html("<b>x</b>", " "));

        assertTrue(e.getMessage().contains("text/plain"), e.getMessage());
    }

    @Test
    void outsideAKernelAnImageIsDescribedBySize() {
        String out = printed(() -> Show.png(new java.awt.image.BufferedImage(30, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB)));

        assertEquals("[image 30×20 px]", out.strip());
    }

    @Test
    void htmlTableEscapesTextAndRoundsDefaultDoubles() {
        String html = Show.HtmlTable.of(sample(), 20);

        assertTrue(html.contains("<caption>Sizes</caption>"), html);
        assertTrue(html.contains("<th style=\"text-align:right\">Customers</th>"), html);
        assertTrue(html.contains("<th style=\"text-align:left\">Segment</th>"), html);
        assertTrue(html.contains("Segment &lt;2&gt;"), html);
        assertTrue(html.contains(">60.56<"), html);
        assertTrue(html.contains(">0.0001<"), html);
        assertFalse(html.contains("60.56000000000002"), html);
    }

    @Test
    void htmlTableKeepsAColumnsOwnFormat() {
        Table table = sample();
        table.doubleColumn("Mean").setPrintFormatter(org.segmenta.format.Decimals.column(3));

        String html = Show.HtmlTable.of(table, 20);

        assertTrue(html.contains(">60.560<"), html);
    }

    @Test
    void longTablesShowTheFirstAndLastRowsAndSayHowManyAreHidden() {
        Table table = Table.create("n", IntColumn.create("i", java.util.stream.IntStream.range(0, 100).toArray()));

        String html = Show.HtmlTable.of(table, 10);

        assertTrue(html.contains(">0<") && html.contains(">4<") && html.contains(">95<") && html.contains(">99<"), html);
        assertFalse(html.contains(">5<") || html.contains(">94<"), html);
        assertTrue(html.contains("90 more rows"), html);
    }
}
