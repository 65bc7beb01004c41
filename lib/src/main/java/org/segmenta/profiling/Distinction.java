package org.segmenta.profiling;

/**
 * One thing that sets a segment apart from the average customer, with a short phrase for people, e.g.
 * "Spending Score (1-100) much higher than average (+1.23 sd)".
 *
 * <p>Size words follow Cohen's effect-size conventions on the standardised difference d (J. Cohen, <i>Statistical
 * Power Analysis for the Behavioral Sciences</i>, 2nd ed., 1988): |d| &lt; {@value #SMALL} "about average",
 * from {@value #SMALL} "slightly higher/lower", from {@value #MEDIUM} "higher/lower", from {@value #LARGE} "much
 * higher/lower" (for category values: "more/less common"). Cohen defined these thresholds for a difference between
 * two groups divided by their <em>pooled within-group</em> standard deviation; here d is divided by the standard
 * deviation of <em>all</em> customers, which includes the differences between segments and is therefore larger, so
 * the same words describe somewhat larger differences than in Cohen's setting. They are a reading aid, not a test.
 *
 * <p>The words are chosen from d itself, not from a rounded d, so that two differences of the same size always get
 * the same word (+0.46 and −0.44 are both "slightly"; d is taken to nine decimals to absorb floating-point noise). d is shown with two decimals, or with as many more as it takes
 * for the number shown to fall in the same band as d (0.4996 is shown as +0.4996, not as +0.50, because it is still
 * below {@value #MEDIUM}).
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

    /** @return the distinction a numeric column makes, e.g. "Age slightly lower than average (-0.34 sd)" */
    public static Distinction of(NumericFeatureProfile profile) {
        double d = profile.standardisedDifference();
        String words = !isNotable(d) ? "about average"
                : degree(d) + (d > 0 ? "higher" : "lower") + " than average";
        return new Distinction(profile.column(), d,
                profile.column() + " " + words + " (" + shown(d) + " sd)");
    }

    /**
     * @return the distinction a category value makes, e.g. "Gender = Female slightly more common than average
     *     (60 % vs 50 %, +0.20 sd)"
     */
    public static Distinction of(CategoryShare share) {
        double d = share.standardisedDifference();
        String words = !isNotable(d) ? "about as common as average"
                : degree(d) + (d > 0 ? "more" : "less") + " common than average";
        return new Distinction(share.feature(), d, share.feature() + " " + words + " ("
                + ReadableNumbers.percent(share.share()) + " vs " + ReadableNumbers.percent(share.populationShare())
                + ", " + shown(d) + " sd)");
    }

    private static String degree(double d) {
        double size = size(d);
        return size >= LARGE ? "much " : size >= MEDIUM ? "" : "slightly ";
    }

    /** @return whether |d| reaches Cohen's small effect ({@value #SMALL}) */
    public boolean isNotable() {
        return isNotable(standardisedDifference);
    }

    private static boolean isNotable(double d) {
        return size(d) >= SMALL;
    }

    /** |d| to nine decimals, so that floating-point noise (0.19999999999999996 for 0.1 ÷ 0.5) does not change a word. */
    private static double size(double d) {
        return Math.round(Math.abs(d) * 1e9) / 1e9;
    }

    /** The size band of |d|: 0 below small, 1 small, 2 medium, 3 large. */
    private static int band(double d) {
        double size = size(d);
        return size >= LARGE ? 3 : size >= MEDIUM ? 2 : size >= SMALL ? 1 : 0;
    }

    /** d with a sign and two decimals, or more if two would round it into another band than its own. */
    static String shown(double d) {
        String text = ReadableNumbers.signed(d, 2);
        for (int decimals = 3; decimals <= 9 && band(Double.parseDouble(text)) != band(d); decimals++) {
            text = ReadableNumbers.signed(d, decimals);
        }
        return text;
    }
}
