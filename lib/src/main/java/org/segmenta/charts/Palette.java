package org.segmenta.charts;

import java.awt.Color;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The colours and marker shapes every chart uses for segments: the Okabe–Ito palette (Okabe &amp; Ito, "Color Universal
 * Design", 2008), which stays distinguishable for readers with the common forms of colour blindness, paired with a
 * different marker shape per segment so that segments can be told apart in greyscale print too.
 */
public final class Palette {

    private static final Color[] SEGMENT_COLORS = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xD55E00), // vermillion
        new Color(0xF0E442), // yellow
        new Color(0x999999), // grey
    };

    private static final Marker[] SEGMENT_MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.OVAL, SeriesMarkers.TRAPEZOID, SeriesMarkers.RECTANGLE,
    };

    /** Colour for lines, curves and highlights that are not segments. */
    public static final Color INK = new Color(0x222222);

    /** Colour for reference marks (a chosen k, a cut line). */
    public static final Color HIGHLIGHT = new Color(0xD55E00);

    private Palette() {
    }

    /** @return the colour of segment {@code segment} (0-based); colours repeat after eight segments */
    public static Color segmentColor(int segment) {
        return SEGMENT_COLORS[segment % SEGMENT_COLORS.length];
    }

    /** @return the marker of segment {@code segment} (0-based); shapes repeat after eight segments */
    public static Marker segmentMarker(int segment) {
        return SEGMENT_MARKERS[segment % SEGMENT_MARKERS.length];
    }
}
