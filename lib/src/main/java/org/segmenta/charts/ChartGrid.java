package org.segmenta.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Several charts laid out in a grid and rendered as one image (XChart draws one chart per image). Cells are filled row
 * by row; a {@code null} cell stays blank.
 */
public final class ChartGrid {

    private final String title;
    private final List<Chart<?, ?>> cells;
    private final int columns;

    /**
     * @param title a title for the whole grid (used as the image's description)
     * @param cells the charts, row by row; {@code null} for a blank cell
     * @param columns charts per row, at least 1
     */
    public ChartGrid(String title, List<Chart<?, ?>> cells, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("a grid needs at least one column, got " + columns);
        }
        this.title = title;
        this.cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        this.columns = columns;
    }

    /** @return the grid's title */
    public String title() {
        return title;
    }

    /** @return the charts, row by row ({@code null} for blank cells) */
    public List<Chart<?, ?>> cells() {
        return cells;
    }

    /** @return the number of charts per row */
    public int columns() {
        return columns;
    }

    /** @return the number of rows */
    public int rows() {
        return (cells.size() + columns - 1) / columns;
    }

    /** Renders every chart at its own size into one image; the cell size is that of the largest chart. */
    public BufferedImage toImage() {
        int cellWidth = 1;
        int cellHeight = 1;
        for (Chart<?, ?> chart : cells) {
            if (chart != null) {
                cellWidth = Math.max(cellWidth, chart.getWidth());
                cellHeight = Math.max(cellHeight, chart.getHeight());
            }
        }
        BufferedImage image = new BufferedImage(cellWidth * columns, cellHeight * rows(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < cells.size(); i++) {
            Chart<?, ?> chart = cells.get(i);
            if (chart != null) {
                g.drawImage(BitmapEncoder.getBufferedImage(chart), (i % columns) * cellWidth, (i / columns) * cellHeight,
                        null);
            }
        }
        g.dispose();
        return image;
    }
}
