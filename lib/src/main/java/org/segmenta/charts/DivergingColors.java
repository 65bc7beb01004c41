package org.segmenta.charts;

import java.awt.Color;

/**
 * A diverging colour scale for signed values such as correlations or standardised differences: blue for negative,
 * white at zero, orange for positive. Blue–orange stays distinguishable for the common colour-vision deficiencies,
 * unlike red–green. The end colours are the Okabe–Ito blue and vermillion.
 */
public final class DivergingColors {

    private static final Color NEGATIVE = new Color(0x0072B2);
    private static final Color NEUTRAL = Color.WHITE;
    private static final Color POSITIVE = new Color(0xD55E00);

    private DivergingColors() {
    }

    /** @return the scale's anchor colours, negative → neutral → positive, for XChart's heat-map range colours */
    public static Color[] range() {
        return new Color[] {NEGATIVE, NEUTRAL, POSITIVE};
    }
}
