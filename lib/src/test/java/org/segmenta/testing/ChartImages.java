package org.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders charts as PNG the way notebooks get them, and counts pixels of a colour, for chart tests. */
public final class ChartImages {

    private ChartImages() {
    }

    /** @return the chart encoded as PNG and decoded again; fails the test if the PNG is (nearly) empty */
    public static BufferedImage png(Chart<?, ?> chart) {
        try {
            byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            assertTrue(bytes.length > 1000, "PNG is only " + bytes.length + " bytes");
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many pixels of the image have exactly this colour (alpha ignored) */
    public static int pixelsOf(BufferedImage image, Color color) {
        int wanted = color.getRGB() & 0xFFFFFF;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == wanted) {
                    count++;
                }
            }
        }
        return count;
    }
}
