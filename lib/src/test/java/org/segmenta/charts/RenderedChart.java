package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** A chart rendered to PNG, as a person would see it, for tests that count its pixels. */
final class RenderedChart {

    private final BufferedImage image;

    private RenderedChart(BufferedImage image) {
        this.image = image;
    }

    /** Renders {@code chart} to PNG bytes (which must not be trivially small) and decodes them. */
    static RenderedChart of(Chart<?, ?> chart) throws IOException {
        byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        assertTrue(bytes.length > 1000, "PNG is only " + bytes.length + " bytes");
        return new RenderedChart(ImageIO.read(new ByteArrayInputStream(bytes)));
    }

    int width() {
        return image.getWidth();
    }

    /** @return how many pixels have exactly this colour */
    int pixelsOf(Color color) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
