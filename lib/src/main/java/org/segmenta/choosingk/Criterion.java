package org.segmenta.choosingk;

/** The criteria {@link KSelection} weighs to choose the number of segments, each with the k it prefers. */
public enum Criterion {
    /** The elbow of the WCSS curve found by {@link Kneedle} (convex, decreasing). */
    ELBOW("the elbow", "knee of the WCSS curve (Kneedle, S = 1)"),
    /** The largest mean silhouette width ({@link Silhouette}). */
    SILHOUETTE("silhouette", "largest mean silhouette"),
    /** The largest Calinski–Harabasz index ({@link CalinskiHarabasz}). */
    CALINSKI_HARABASZ("Calinski–Harabasz", "largest Calinski–Harabasz index"),
    /** The smallest Davies–Bouldin index ({@link DaviesBouldin}). */
    DAVIES_BOULDIN("Davies–Bouldin", "smallest Davies–Bouldin index"),
    /** Tibshirani's gap rule ({@link GapStatistic#chosenK()}). */
    GAP("the gap rule", "smallest k with Gap(k) ≥ Gap(k+1) − s(k+1)");

    private final String label;
    private final String rule;

    Criterion(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** @return the name to use in a sentence, e.g. "silhouette" or "the gap rule" */
    public String label() {
        return label;
    }

    /** @return how the criterion picks its k, e.g. "largest mean silhouette" */
    public String rule() {
        return rule;
    }
}
