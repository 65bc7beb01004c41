package org.segmenta.stability;

/**
 * How far to trust a segment, read from its bootstrap results ({@link BootstrapStability}): its mean Jaccard
 * similarity over the resamples, and in how many of them it dissolved.
 *
 * <p><b>The mean</b>, with the guidelines of Hennig (C. Hennig, "Cluster-wise assessment of cluster stability",
 * Computational Statistics &amp; Data Analysis 52, 2007, 258–271; stated in the documentation of R's
 * {@code fpc::clusterboot}): "a valid, stable cluster should yield a mean Jaccard similarity value of 0.75 or more.
 * Between 0.6 and 0.75, clusters may be considered as indicating patterns in the data, but which points exactly should
 * belong to these clusters is highly doubtful. Below average Jaccard values of 0.6, clusters should not be trusted.
 * 'Highly stable' clusters should yield average Jaccard similarities of 0.85 and above." Boundaries as in those words:
 * <table>
 *   <caption>Verdicts of the mean Jaccard γ ({@link #ofMean(double)})</caption>
 *   <tr><th>verdict</th><th>mean Jaccard</th></tr>
 *   <tr><td>{@link #HIGHLY_STABLE}</td><td>{@code γ ≥ 0.85}</td></tr>
 *   <tr><td>{@link #STABLE}</td><td>{@code 0.75 ≤ γ < 0.85}</td></tr>
 *   <tr><td>{@link #DOUBTFUL}</td><td>{@code 0.6 ≤ γ < 0.75}</td></tr>
 *   <tr><td>{@link #UNSTABLE}</td><td>{@code γ < 0.6}: "should not be trusted"</td></tr>
 * </table>
 *
 * <p><b>The dissolutions.</b> "Dissolved" is not a band of the mean: it is an event of one resample, a Jaccard
 * similarity "smaller or equal to 0.5" ({@link #DISSOLVED_AT_MOST}), and clusterboot counts such events per cluster
 * ({@code bootbrd}) next to the mean. A mean can hide a segment that is found almost perfectly in most resamples and
 * falls apart in the rest, so the verdict ({@link #of(double, int, int)}) is the mean's verdict, lowered by the share of
 * resamples in which the segment dissolved. These caps are this library's reading, not Hennig's words:
 * <ul>
 *   <li>dissolved in any resample: at most {@link #STABLE} ("highly stable" promises that the segment comes back
 *       almost unchanged every time);</li>
 *   <li>dissolved in more than {@value #DOUBTFUL_ABOVE_SHARE} of the resamples (more than one in ten): at most
 *       {@link #DOUBTFUL};</li>
 *   <li>dissolved in half of the resamples or more: {@link #UNSTABLE}.</li>
 * </ul>
 * Hennig's thresholds are guidelines from simulations, not significance levels: a mean of 0.74 and one of 0.76 are
 * about equally trustworthy.
 */
public enum StabilityVerdict {

    /** Mean Jaccard 0.85 or more and never dissolved. */
    HIGHLY_STABLE("highly stable",
            "It comes back almost unchanged whenever the customers are resampled: a segment to rely on."),
    /** Mean Jaccard 0.75 or more, dissolved in at most one resample in ten. */
    STABLE("stable",
            "It comes back in most resamples: a real segment, though customers at its border may move."),
    /** Mean Jaccard 0.6 or more, dissolved in less than half of the resamples. */
    DOUBTFUL("doubtful",
            "It points at a pattern in the data, but which customers belong to it changes from sample to sample: "
                    + "use it to describe a tendency, not to target individual customers."),
    /** Mean Jaccard below 0.6, or dissolved in half of the resamples or more. */
    UNSTABLE("unstable",
            "It is not found reliably in resampled data: do not trust it; try another k, method or features.");

    /** At or below this Jaccard similarity a segment counts as dissolved in a resample (Hennig's 0.5). */
    public static final double DISSOLVED_AT_MOST = 0.5;
    /** Below this mean a segment should not be trusted (Hennig's 0.6). */
    public static final double DOUBTFUL_FROM = 0.6;
    /** From this mean on a segment is stable (Hennig's 0.75); above it, a resample counts as recovered. */
    public static final double STABLE_FROM = 0.75;
    /** From this mean on a segment is highly stable (Hennig's 0.85). */
    public static final double HIGHLY_STABLE_FROM = 0.85;
    /** A segment that dissolved in more than this share of the resamples is at best doubtful (this library's cap). */
    public static final double DOUBTFUL_ABOVE_SHARE = 0.1;
    /** A segment that dissolved in at least this share of the resamples is unstable (this library's cap). */
    public static final double UNSTABLE_FROM_SHARE = 0.5;

    private final String label;
    private final String advice;

    StabilityVerdict(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    /**
     * The verdict of the mean alone, by Hennig's guidelines (first table of the class comment).
     *
     * @param meanJaccard a segment's mean Jaccard similarity over resamples, between 0 and 1
     * @return the verdict for it
     * @throws IllegalArgumentException if the value is not between 0 and 1
     */
    public static StabilityVerdict ofMean(double meanJaccard) {
        if (!(meanJaccard >= 0 && meanJaccard <= 1)) {
            throw new IllegalArgumentException("a mean Jaccard similarity lies between 0 and 1, got " + meanJaccard);
        }
        if (meanJaccard >= HIGHLY_STABLE_FROM) {
            return HIGHLY_STABLE;
        }
        if (meanJaccard >= STABLE_FROM) {
            return STABLE;
        }
        if (meanJaccard >= DOUBTFUL_FROM) {
            return DOUBTFUL;
        }
        return UNSTABLE;
    }

    /**
     * The verdict of a segment: the mean's verdict ({@link #ofMean(double)}), lowered by the dissolutions as the class
     * comment states.
     *
     * @param meanJaccard the segment's mean Jaccard similarity over the resamples, between 0 and 1
     * @param dissolved in how many resamples its Jaccard similarity was {@value #DISSOLVED_AT_MOST} or less
     * @param samples the number of resamples, at least 1
     * @return the verdict
     * @throws IllegalArgumentException if the mean is not between 0 and 1, there are no resamples, or the count of
     *     dissolutions is negative or larger than the number of resamples
     */
    public static StabilityVerdict of(double meanJaccard, int dissolved, int samples) {
        StabilityVerdict byMean = ofMean(meanJaccard);
        if (samples < 1) {
            throw new IllegalArgumentException("a verdict needs at least one resample, got " + samples);
        }
        if (dissolved < 0 || dissolved > samples) {
            throw new IllegalArgumentException("a segment dissolves in 0 to " + samples + " of " + samples
                    + " resamples, got " + dissolved);
        }
        double share = (double) dissolved / samples;   // k / (10k) is exactly the double nearest 0.1: no rounding doubt
        StabilityVerdict cap;
        if (share >= UNSTABLE_FROM_SHARE) {
            cap = UNSTABLE;
        } else if (share > DOUBTFUL_ABOVE_SHARE) {
            cap = DOUBTFUL;
        } else if (dissolved > 0) {
            cap = STABLE;
        } else {
            cap = HIGHLY_STABLE;
        }
        return byMean.ordinal() >= cap.ordinal() ? byMean : cap;
    }

    /** @return the verdict as people read it, e.g. {@code "highly stable"} */
    public String label() {
        return label;
    }

    /** @return what the verdict means for using the segment, in one or two plain sentences */
    public String advice() {
        return advice;
    }

    /** @return whether a segment with this verdict can be trusted (stable or highly stable) */
    public boolean trustworthy() {
        return this == HIGHLY_STABLE || this == STABLE;
    }
}
