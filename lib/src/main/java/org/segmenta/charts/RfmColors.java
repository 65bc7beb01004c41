package org.segmenta.charts;

import java.awt.Color;
import java.util.Map;

/**
 * Fill colours of RFM segments, light enough for dark text on top: greens for the customers to keep (Champions,
 * Loyal, Potential Loyalists), blues for the new ones, yellow to orange to red as customers slip away and the more
 * they were worth, greys for those who are gone. Segments of a user's own map get light tints of the {@link Palette}
 * colours, by their position in the map.
 */
final class RfmColors {

    /** Fill of cells that no rule covers. */
    static final Color UNASSIGNED = new Color(0xF2F2F2);

    private static final Map<String, Color> STANDARD = Map.ofEntries(
            Map.entry("Champions", new Color(0x4DB88F)),
            Map.entry("Loyal", new Color(0x8FD3B3)),
            Map.entry("Potential Loyalists", new Color(0xC7E9C0)),
            Map.entry("New / Recent", new Color(0x8EC3EA)),
            Map.entry("Promising", new Color(0xC6DBEF)),
            Map.entry("Need Attention", new Color(0xF7E48B)),
            Map.entry("About to Sleep", new Color(0xFDD0A2)),
            Map.entry("At Risk", new Color(0xF5A05A)),
            Map.entry("Can't Lose Them", new Color(0xE07B6A)),
            Map.entry("Hibernating", new Color(0xCFCFCF)),
            Map.entry("Lost", new Color(0xA8A8A8)));

    private RfmColors() {
    }

    /** @return the fill of segment {@code name}, the {@code index}-th segment of its map (0-based) */
    static Color of(String name, int index) {
        Color standard = STANDARD.get(name);
        if (standard != null) {
            return standard;
        }
        Color base = Palette.segmentColor(index);
        return new Color((base.getRed() + 255) / 2, (base.getGreen() + 255) / 2, (base.getBlue() + 255) / 2);
    }
}
