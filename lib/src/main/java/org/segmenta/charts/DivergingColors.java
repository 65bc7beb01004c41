package org.segmenta.charts;

import java.awt.Color;

/**
 * A diverging colour scale for signed values such as correlations or standardised differences: blue for negative,
 * white at zero, orange for positive. Blue–orange stays distinguishable for the common colour-vision deficiencies,
 * unlike red–green. The end colours are the Okabe–Ito blue and orange.
 */
public final class DivergingColors {

    /** Colour of the most negative values: Okabe–Ito blue. */
    public static final Color NEGATIVE = new Color(0x0072B2);
    /** Colour of zero. */
    public static final Color NEUTRAL = Color.WHITE;
    /** Colour of the most positive values: Okabe–Ito orange. */
    public static final Color POSITIVE = new Color(0xE69F00);

    private DivergingColors() {
    }

    /** @return the scale's anchor colours, negative → neutral → positive, for XChart's heat-map range colours */
    public static Color[] range() {
        return new Color[] {NEGATIVE, NEUTRAL, POSITIVE};
    }
}
