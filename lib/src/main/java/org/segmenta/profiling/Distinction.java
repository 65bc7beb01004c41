package org.segmenta.profiling;

/**
 * One thing that sets a segment apart from the average customer, with a short phrase for people, e.g.
 * "Spending Score (1-100) much higher than average (+1.2 sd)".
 *
 * <p>Size words follow Cohen's effect-size conventions on the standardised difference d (J. Cohen, <i>Statistical
 * Power Analysis for the Behavioral Sciences</i>, 2nd ed., 1988): |d| &lt; {@value #SMALL} "about average",
 * from {@value #SMALL} "slightly higher/lower", from {@value #MEDIUM} "higher/lower", from {@value #LARGE} "much
 * higher/lower" (for category values: "more/less common"). The words are chosen from d rounded to the one decimal
 * shown, so that words and number always agree (0.48 is shown as +0.5 and called "higher", not "slightly higher").
 *
 * @param feature what is compared: a numeric column's name, or {@code column = value} for a category
 * @param standardisedDifference d, in population standard deviations (see {@link NumericFeatureProfile} and
 *     {@link CategoryShare})
 * @param phrase the comparison in words, with d in parentheses
 */
public record Distinction(String feature, double standardisedDifference, String phrase) {

    /** Cohen's "small" effect: below it a difference is called "about average". */
    public static final double SMALL = 0.2;
    /** Cohen's "medium" effect. */
    public static final double MEDIUM = 0.5;
    /** Cohen's "large" effect: from it on a difference is "much" higher or lower. */
    public static final double LARGE = 0.8;

    /** @return the distinction a numeric column makes, e.g. "Age slightly lower than average (-0.3 sd)" */
    public static Distinction of(NumericFeatureProfile profile) {
        double d = profile.standardisedDifference();
        String words = !isNotable(d) ? "about average"
                : degree(d) + (d > 0 ? "higher" : "lower") + " than average";
        return new Distinction(profile.column(), d,
                profile.column() + " " + words + " (" + ReadableNumbers.signed(d) + " sd)");
    }

    /**
     * @return the distinction a category value makes, e.g. "Gender = Female slightly more common than average
     *     (56 % vs 50 %, +0.3 sd)"
     */
    public static Distinction of(CategoryShare share) {
        double d = share.standardisedDifference();
        String words = !isNotable(d) ? "about as common as average"
                : degree(d) + (d > 0 ? "more" : "less") + " common than average";
        return new Distinction(share.feature(), d, share.feature() + " " + words + " ("
                + ReadableNumbers.percent(share.share()) + " vs " + ReadableNumbers.percent(share.populationShare())
                + ", " + ReadableNumbers.signed(d) + " sd)");
    }

    private static String degree(double d) {
        double size = shown(d);
        return size >= LARGE ? "much " : size >= MEDIUM ? "" : "slightly ";
    }

    /** @return whether |d|, rounded to one decimal, reaches Cohen's small effect ({@value #SMALL}) */
    public boolean isNotable() {
        return isNotable(standardisedDifference);
    }

    private static boolean isNotable(double d) {
        return shown(d) >= SMALL;
    }

    /** |d| exactly as the phrase shows it (rounded to one decimal by the same format). */
    private static double shown(double d) {
        return Math.abs(Double.parseDouble(ReadableNumbers.signed(d)));
    }
}
