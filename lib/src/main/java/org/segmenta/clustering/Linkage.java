package org.segmenta.clustering;

/**
 * How agglomerative hierarchical clustering measures the distance between two groups of customers A and B, i.e. which
 * pair of groups it merges next (the closest) and at what height the merge is drawn in the dendrogram. Every distance
 * {@code d(a, b)} between two customers is Euclidean, in the feature space the clustering sees (after scaling).
 *
 * <p>The heights are on the scale of SciPy's {@code scipy.cluster.hierarchy.linkage} for the same method name, so
 * dendrograms and height cuts can be compared with SciPy or R's {@code hclust} (Müllner, "Modern hierarchical,
 * agglomerative clustering algorithms", arXiv:1109.2378, 2011, table 1).
 */
public enum Linkage {

    /**
     * Ward's minimum-variance method: merge the pair whose union increases the within-cluster sum of squares (WCSS)
     * least. Height {@code d(A, B) = sqrt(2·|A|·|B| / (|A| + |B|)) · ‖mean(A) − mean(B)‖}, so a merge at height h
     * raises WCSS by exactly {@code h² / 2} (Ward, "Hierarchical grouping to optimize an objective function", JASA
     * 1963). Compact, similar-sized groups: the usual choice for customer segments, and the one closest to k-means.
     */
    WARD("Ward linkage", "ward"),

    /**
     * Complete linkage (farthest neighbour): {@code d(A, B) = max over a ∈ A, b ∈ B of d(a, b)}. Every group has a
     * diameter of at most its merge height; tends to compact groups of similar diameter.
     */
    COMPLETE("complete linkage", "complete"),

    /**
     * Average linkage (UPGMA): {@code d(A, B) = mean over a ∈ A, b ∈ B of d(a, b)} (Sokal &amp; Michener, 1958). A
     * compromise between single and complete linkage.
     */
    AVERAGE("average linkage", "average"),

    /**
     * Single linkage (nearest neighbour): {@code d(A, B) = min over a ∈ A, b ∈ B of d(a, b)}, the minimum spanning
     * tree's edges. Finds elongated groups, but "chains": one customer between two groups joins them.
     */
    SINGLE("single linkage", "single");

    private final String displayName;
    private final String scipyName;

    Linkage(String displayName, String scipyName) {
        this.displayName = displayName;
        this.scipyName = scipyName;
    }

    /** @return the name people read, e.g. {@code "Ward linkage"}; it is also the segmentation's method name */
    public String displayName() {
        return displayName;
    }

    /** @return the {@code method} argument of SciPy's {@code linkage} that gives the same heights, e.g. {@code "ward"} */
    public String scipyName() {
        return scipyName;
    }

    /**
     * The Lance–Williams update: the distance from cluster i to the union of clusters x and y, from the distances
     * before the merge (Lance &amp; Williams, "A general theory of classificatory sorting strategies", Computer Journal
     * 1967; Müllner 2011, table 1). For Ward the distances are the heights above, so the update works on their
     * squares. Single linkage is run as a minimum spanning tree, which needs no update; its rule is here for
     * completeness.
     *
     * @param xi distance from x to i
     * @param yi distance from y to i
     * @param xy distance from x to y (the merge height)
     * @param sizeX customers in x
     * @param sizeY customers in y
     * @param sizeI customers in i
     */
    double update(double xi, double yi, double xy, int sizeX, int sizeY, int sizeI) {
        return switch (this) {
            case WARD -> {
                double t = 1.0 / (sizeX + sizeY + sizeI);
                double squared = (sizeI + sizeX) * t * xi * xi + (sizeI + sizeY) * t * yi * yi - sizeI * t * xy * xy;
                // Never negative in exact arithmetic; rounding must not turn a zero into NaN.
                yield Math.sqrt(Math.max(0, squared));
            }
            case COMPLETE -> Math.max(xi, yi);
            case AVERAGE -> (sizeX * xi + sizeY * yi) / (sizeX + sizeY);
            case SINGLE -> Math.min(xi, yi);
        };
    }
}
