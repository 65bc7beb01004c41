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
    void outsideAKernelATableIsPrintedAsTablesawText() {
        String out = printed(() -> Show.table(sample()));

        assertTrue(out.contains("Sizes"), out);
        assertTrue(out.contains("Segment 1"), out);
        assertTrue(out.contains("81"), out);
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
