package org.segmenta.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * One output for a notebook cell as Jupyter's {@code display_data} message carries it: a rich representation (HTML, or
 * a PNG image encoded in Base64) together with the {@code text/plain} form that text front-ends, and kernels that
 * always send one (IJava, JJava), show instead. Without an explicit text form those kernels fill it with
 * {@code String.valueOf(value)}: an object address such as {@code BufferedImage@47bf5f3b} or the raw HTML.
 *
 * @param mimeType  the rich representation's MIME type, {@code text/html} or {@code image/png}
 * @param data      the rich representation: HTML text, or the PNG bytes in Base64 (no line breaks)
 * @param plainText what a reader of text sees instead, e.g. {@code [chart 'Elbow', 600×400 px]}; never blank
 * @see <a href="https://jupyter-client.readthedocs.io/en/stable/messaging.html#display-data">display_data</a>
 */
record DisplayBundle(String mimeType, String data, String plainText) {

    static final String HTML = "text/html";
    static final String PNG = "image/png";
    static final String TEXT = "text/plain";

    DisplayBundle {
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(data, "data");
        if (plainText == null || plainText.isBlank()) {
            throw new IllegalArgumentException("a " + mimeType
                    + " output needs a text/plain form that says what it is");
        }
    }

    /** An HTML fragment with its text form. */
    static DisplayBundle html(String html, String plainText) {
        return new DisplayBundle(HTML, html, plainText);
    }

    /** An image as PNG (Base64, as Jupyter stores it) with its text form. */
    static DisplayBundle png(BufferedImage image, String plainText) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream base64 = Base64.getEncoder().wrap(bytes)) {
            if (!ImageIO.write(image, "png", base64)) {
                throw new IllegalStateException("no PNG writer for an image of type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the image as PNG", e);
        }
        return new DisplayBundle(PNG, bytes.toString(StandardCharsets.US_ASCII), plainText);
    }

    /** @return the MIME bundle, rich representation first, then {@code text/plain} */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(mimeType, data);
        map.put(TEXT, plainText);
        return map;
    }
}
