package org.segmenta.stability;

/**
 * How far to trust a segment, read from its mean Jaccard similarity over bootstrap resamples
 * ({@link BootstrapStability}), with the guidelines of Hennig (C. Hennig, "Cluster-wise assessment of cluster
 * stability", Computational Statistics &amp; Data Analysis 52, 2007, 258–271; stated in the documentation of R's
 * {@code fpc::clusterboot}): "a valid, stable cluster should yield a mean Jaccard similarity value of 0.75 or more.
 * Between 0.6 and 0.75, clusters may be considered as indicating patterns in the data, but which points exactly should
 * belong to these clusters is highly doubtful. Below average Jaccard values of 0.6, clusters should not be trusted.
 * 'Highly stable' clusters should yield average Jaccard similarities of 0.85 and above", and a Jaccard similarity
 * "smaller or equal to 0.5" indicates a "dissolved cluster".
 *
 * <p>Exact thresholds on the mean Jaccard {@code γ}, boundaries as in those words:
 * <table>
 *   <caption>Verdicts</caption>
 *   <tr><th>verdict</th><th>mean Jaccard</th></tr>
 *   <tr><td>{@link #HIGHLY_STABLE}</td><td>{@code γ ≥ 0.85}</td></tr>
 *   <tr><td>{@link #STABLE}</td><td>{@code 0.75 ≤ γ < 0.85}</td></tr>
 *   <tr><td>{@link #DOUBTFUL}</td><td>{@code 0.6 ≤ γ < 0.75}</td></tr>
 *   <tr><td>{@link #UNSTABLE}</td><td>{@code 0.5 < γ < 0.6}: the gap between "dissolved" and "doubtful", which
 *       Hennig's "below 0.6 should not be trusted" covers</td></tr>
 *   <tr><td>{@link #DISSOLVES}</td><td>{@code γ ≤ 0.5}: on average the segment dissolves</td></tr>
 * </table>
 * Hennig's thresholds are guidelines from simulations, not significance levels: a mean of 0.74 and one of 0.76 are
 * about equally trustworthy.
 */
public enum StabilityVerdict {

    /** Mean Jaccard 0.85 or more. */
    HIGHLY_STABLE("highly stable",
            "It comes back almost unchanged whenever the customers are resampled: a segment to rely on."),
    /** Mean Jaccard from 0.75 up to 0.85. */
    STABLE("stable",
            "It comes back in most resamples: a real segment, though customers at its border may move."),
    /** Mean Jaccard from 0.6 up to 0.75. */
    DOUBTFUL("doubtful",
            "It points at a pattern in the data, but which customers belong to it changes from sample to sample: "
                    + "use it with care, not to target individual customers."),
    /** Mean Jaccard above 0.5 and below 0.6. */
    UNSTABLE("unstable",
            "It is found only loosely in resampled data: do not trust it; try another k, method or features."),
    /** Mean Jaccard 0.5 or less. */
    DISSOLVES("dissolves",
            "It falls apart when the customers are resampled: it is not a real segment; try another k, method or "
                    + "features.");

    /** At or below this Jaccard similarity a segment counts as dissolved in a resample (Hennig's 0.5). */
    public static final double DISSOLVED_AT_MOST = 0.5;
    /** Below this mean a segment should not be trusted (Hennig's 0.6). */
    public static final double DOUBTFUL_FROM = 0.6;
    /** From this mean on a segment is stable (Hennig's 0.75); above it, a resample counts as recovered. */
    public static final double STABLE_FROM = 0.75;
    /** From this mean on a segment is highly stable (Hennig's 0.85). */
    public static final double HIGHLY_STABLE_FROM = 0.85;

    private final String label;
    private final String advice;

    StabilityVerdict(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    /**
     * @param meanJaccard a segment's mean Jaccard similarity over resamples, between 0 and 1
     * @return the verdict for it, by the thresholds in the class comment
     * @throws IllegalArgumentException if the value is not between 0 and 1
     */
    public static StabilityVerdict of(double meanJaccard) {
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
        if (meanJaccard > DISSOLVED_AT_MOST) {
            return UNSTABLE;
        }
        return DISSOLVES;
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
