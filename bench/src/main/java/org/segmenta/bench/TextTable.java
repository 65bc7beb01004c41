package org.segmenta.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells printed two ways: aligned plain text for the terminal, and a Markdown (GitHub) pipe table for
 * {@code bench/results/}. Columns flagged numeric are right-aligned.
 */
public final class TextTable {

    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers the column titles
     * @param numeric for each column, whether it holds numbers (right-aligned)
     */
    public TextTable(List<String> headers, boolean... numeric) {
        if (numeric.length != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + numeric.length + " alignment flags");
        }
        this.headers = List.copyOf(headers);
        this.numeric = numeric.clone();
    }

    /**
     * Adds a row.
     *
     * @throws IllegalArgumentException if it has a different number of cells than there are columns
     */
    public TextTable add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + headers.size()
                    + " columns: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** @return the number of rows added */
    public int rows() {
        return rows.size();
    }

    /** @return the table as aligned text, a header line, a rule and one line per row */
    public String plain() {
        int[] widths = new int[headers.size()];
        for (int j = 0; j < widths.length; j++) {
            widths[j] = headers.get(j).length();
            for (List<String> row : rows) {
                widths[j] = Math.max(widths[j], row.get(j).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (int j = 0; j < widths.length; j++) {
            out.append(j == 0 ? "" : "  ").append("-".repeat(widths[j]));
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    /** @return the table in Markdown, pipes in cells escaped */
    public String markdown() {
        StringBuilder out = new StringBuilder("|");
        headers.forEach(h -> out.append(' ').append(escape(h)).append(" |"));
        out.append("\n|");
        for (boolean right : numeric) {
            out.append(right ? "---:|" : "---|");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append('|');
            row.forEach(cell -> out.append(' ').append(escape(cell)).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int j = 0; j < cells.size(); j++) {
            String cell = cells.get(j);
            String pad = " ".repeat(widths[j] - cell.length());
            out.append(j == 0 ? "" : "  ").append(numeric[j] ? pad + cell : cell + (j + 1 < cells.size() ? pad : ""));
        }
        out.append('\n');
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
