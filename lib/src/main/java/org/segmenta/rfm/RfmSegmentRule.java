package org.segmenta.rfm;

import java.util.Objects;

/**
 * One row of an {@link RfmSegmentMap}: customers whose recency score lies in {@code r} and whose frequency–monetary
 * score ({@link RfmScores#fmScore}) lies in {@code fm} belong to segment {@code name}, unless an earlier rule of the
 * map already took their cell. A segment that is not a rectangle on the R × FM grid is written as several rules with
 * the same name and the same description.
 *
 * <pre>{@code
 * new RfmSegmentRule("Champions", ScoreRange.of(4, 5), ScoreRange.of(4, 5),
 *         "Bought very recently, buy often and spend the most.")
 * }</pre>
 *
 * @param name the segment's name, e.g. "Champions"; not blank and not {@value RfmSegmentMap#UNASSIGNED}
 * @param r the recency scores the rule covers (5 = bought most recently)
 * @param fm the frequency–monetary scores the rule covers (5 = buys most often and spends most)
 * @param description who these customers are, in one line
 */
public record RfmSegmentRule(String name, ScoreRange r, ScoreRange fm, String description) {

    /** Checks that every part is given and that the name is not the reserved {@value RfmSegmentMap#UNASSIGNED}. */
    public RfmSegmentRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an RFM segment rule needs a segment name; got "
                    + (name == null ? "none" : "a blank one") + ".");
        }
        if (name.equals(RfmSegmentMap.UNASSIGNED)) {
            throw new IllegalArgumentException("'" + RfmSegmentMap.UNASSIGNED + "' is the name given to customers "
                    + "whom no rule matches; give the rule another name.");
        }
        Objects.requireNonNull(r, () -> "RFM segment rule '" + name + "' needs a recency score range");
        Objects.requireNonNull(fm, () -> "RFM segment rule '" + name + "' needs a frequency–monetary score range");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("RFM segment rule '" + name + "' has no description; say in one line "
                    + "who these customers are.");
        }
    }

    /** @return a rule for recency scores {@code rLow..rHigh} and FM scores {@code fmLow..fmHigh} */
    public static RfmSegmentRule of(String name, int rLow, int rHigh, int fmLow, int fmHigh, String description) {
        return new RfmSegmentRule(name, ScoreRange.of(rLow, rHigh), ScoreRange.of(fmLow, fmHigh), description);
    }

    /** @return whether the cell (recency score {@code r}, FM score {@code fm}) lies in this rule's block */
    public boolean covers(int r, int fm) {
        return this.r.contains(r) && this.fm.contains(fm);
    }

    /** @return the block in words, e.g. "R 4–5, FM 5" */
    public String describeCells() {
        return "R " + r + ", FM " + fm;
    }
}
