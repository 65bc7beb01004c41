package org.segmenta.rfm;

/**
 * An inclusive range of RFM scores, {@code low..high} within 1..5: one side of a cell block on the R × FM grid.
 *
 * <pre>{@code
 * ScoreRange.of(4, 5)      // "4–5": scores 4 and 5
 * ScoreRange.only(1)       // "1"
 * ScoreRange.all()         // "1–5"
 * }</pre>
 *
 * @param low the smallest score in the range, 1..5
 * @param high the largest score in the range, {@code low}..5
 */
public record ScoreRange(int low, int high) {

    /** The smallest RFM score. */
    public static final int MIN = 1;
    /** The largest RFM score. */
    public static final int MAX = 5;

    /** Checks that {@code 1 ≤ low ≤ high ≤ 5}. */
    public ScoreRange {
        if (low < MIN || high > MAX || low > high) {
            throw new IllegalArgumentException("a score range needs 1 ≤ low ≤ high ≤ 5; got low " + low
                    + " and high " + high + ". RFM scores run from 1 to 5.");
        }
    }

    /** @return the scores {@code low..high} (both included) */
    public static ScoreRange of(int low, int high) {
        return new ScoreRange(low, high);
    }

    /** @return the single score {@code score} */
    public static ScoreRange only(int score) {
        return new ScoreRange(score, score);
    }

    /** @return every score, 1..5 */
    public static ScoreRange all() {
        return new ScoreRange(MIN, MAX);
    }

    /** @return whether {@code score} lies in the range */
    public boolean contains(int score) {
        return score >= low && score <= high;
    }

    /** @return "4–5" for a range, "5" for a single score */
    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : low + "–" + high;
    }
}
