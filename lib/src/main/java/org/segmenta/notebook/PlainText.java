package org.segmenta.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code text/plain} forms of what {@link Show} displays: the readable text of an HTML fragment, and a table as
 * aligned text with its caption and shape. They are what a text front-end, a terminal or a plain-text viewer of the
 * notebook shows instead of the rich output, and what {@link Show} prints outside a kernel.
 */
final class PlainText {

    private static final Pattern INVISIBLE = Pattern.compile("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>"
            + "|</?(p|div|h[1-6]|li|ul|ol|tr|table|caption|section|article|header|footer|blockquote|pre)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_END = Pattern.compile("</t[dh]\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final String COLUMN_GAP = "  ";

    private PlainText() {
    }

    /**
     * The text a reader sees in an HTML fragment: scripts, styles and comments dropped, block elements and line breaks
     * as new lines, table cells separated by a space, entities decoded, spaces collapsed, empty lines removed.
     *
     * @return the text, or {@code "[HTML output]"} when the fragment shows no text (e.g. only a script)
     */
    static String ofHtml(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = COMMENT.matcher(text).replaceAll("");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = CELL_END.matcher(text).replaceAll(" ");
        text = unescape(TAG.matcher(text).replaceAll(""));
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines.isEmpty() ? "[HTML output]" : String.join("\n", lines);
    }

    /**
     * A table as text: a first line with its caption and shape, e.g. {@code [table 'Sizes', 2 rows × 3 columns]}, then
     * the header and the rows in columns two spaces apart (numbers right-aligned, text left-aligned), cells formatted
     * as in the HTML table ({@link Show.HtmlTable#cell}); longer tables show the same first and last rows as the HTML
     * table with a line saying how many are left out.
     */
    static String table(Table table, int maxRows) {
        int rows = table.rowCount();
        int head = rows <= maxRows ? rows : (maxRows + 1) / 2;
        int tail = rows <= maxRows ? 0 : maxRows / 2;
        List<Integer> shown = new ArrayList<>();
        for (int row = 0; row < head; row++) {
            shown.add(row);
        }
        for (int row = rows - tail; row < rows; row++) {
            shown.add(row);
        }
        List<Column<?>> columns = table.columns();
        String[][] cells = new String[shown.size()][columns.size()];
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).name().length();
            for (int r = 0; r < shown.size(); r++) {
                cells[r][c] = Show.HtmlTable.cell(columns.get(c), shown.get(r));
                widths[c] = Math.max(widths[c], cells[r][c].length());
            }
        }
        StringBuilder text = new StringBuilder(caption(table));
        text.append('\n').append(line(columns, widths, columns.stream().map(Column::name).toArray(String[]::new)));
        if (rows == 0) {
            text.append("\n(no rows)");
        }
        for (int r = 0; r < shown.size(); r++) {
            if (r == head && tail > 0) {
                text.append("\n… ").append(rows - head - tail).append(" more rows …");
            }
            text.append('\n').append(line(columns, widths, cells[r]));
        }
        return text.toString();
    }

    /** {@code [table 'name', R rows × C columns]}, without the name when the table has none. */
    static String caption(Table table) {
        String name = table.name() == null || table.name().isBlank() ? "" : " '" + table.name() + "'";
        return "[table" + name + ", " + count(table.rowCount(), "row") + " × " + count(table.columnCount(), "column")
                + "]";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String line(List<Column<?>> columns, int[] widths, String[] values) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                line.append(COLUMN_GAP);
            }
            String padding = " ".repeat(widths[c] - values[c].length());
            line.append(columns.get(c) instanceof NumericColumn<?> ? padding + values[c] : values[c] + padding);
        }
        return line.toString().stripTrailing();
    }

    private static String unescape(String text) {
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = numeric.group(1) != null ? Integer.parseInt(numeric.group(1), 16)
                    : Integer.parseInt(numeric.group(2));
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&times;", "×").replace("&amp;", "&");
    }
}
