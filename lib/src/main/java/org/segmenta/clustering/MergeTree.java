package org.segmenta.clustering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The result of agglomerative hierarchical clustering: the n − 1 merges that join n customers, one pair of clusters at
 * a time, into a single cluster, with the height of each merge. It is drawn as a dendrogram and cut into segments.
 *
 * <p>Numbering follows SciPy's linkage matrix {@code Z}: the customers (table rows) are clusters {@code 0 .. n-1};
 * merge {@code i} (0-based) joins clusters {@link #left(int)} and {@link #right(int)} (smaller id first) at height
 * {@link #height(int)} into cluster {@code n + i} of {@link #size(int)} customers. Merges are listed by non-decreasing
 * height (merges at the same height in the order the algorithm made them), so every cluster is formed before the merge
 * that uses it.
 *
 * <pre>{@code
 * MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
 * Segmentation five = tree.cut(5);                    // exactly 5 segments
 * double h = tree.heightForK(5);                      // a height whose cut gives those 5 segments
 * Segmentation same = tree.cutAtHeight(h);
 * double r = tree.copheneticCorrelation();            // how faithfully the tree keeps the distances
 * }</pre>
 *
 * Instances are immutable; accessors return copies.
 */
public final class MergeTree {

    private final FeatureMatrix features;
    private final Linkage linkage;
    private final int n;
    private final int[] left;
    private final int[] right;
    private final double[] heights;
    private final LeafRanges ranges;
    /** Highest merge inside each merge's cluster (itself included): what SciPy's distance criterion compares. */
    private final double[] highestWithin;

    MergeTree(FeatureMatrix features, Linkage linkage, int[] left, int[] right, double[] heights) {
        this.features = features;
        this.linkage = linkage;
        this.n = left.length + 1;
        this.left = left.clone();
        this.right = right.clone();
        this.heights = heights.clone();
        this.ranges = LeafRanges.of(this.left, this.right);
        this.highestWithin = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            highestWithin[i] = Math.max(heights[i], Math.max(highestWithin(left[i]), highestWithin(right[i])));
        }
    }

    private double highestWithin(int cluster) {
        return cluster < n ? 0 : highestWithin[cluster - n];
    }

    /** @return the linkage that built the tree */
    public Linkage linkage() {
        return linkage;
    }

    /** @return the customers that were clustered (their scaled values were used) */
    public FeatureMatrix features() {
        return features;
    }

    /** @return the number of leaves n, i.e. of customers */
    public int leaves() {
        return n;
    }

    /** @return the number of merges, n − 1 */
    public int merges() {
        return n - 1;
    }

    /**
     * @param merge the merge number, 0 to n − 2
     * @return the first (smaller) cluster id it joins: SciPy's {@code Z[merge, 0]}
     */
    public int left(int merge) {
        return left[checkMerge(merge)];
    }

    /**
     * @param merge the merge number, 0 to n − 2
     * @return the second (larger) cluster id it joins: SciPy's {@code Z[merge, 1]}
     */
    public int right(int merge) {
        return right[checkMerge(merge)];
    }

    /**
     * @param merge the merge number, 0 to n − 2
     * @return its height, SciPy's {@code Z[merge, 2]}: the linkage distance between the two clusters it joins, in the
     *     scaled feature space (see {@link Linkage} for each formula)
     */
    public double height(int merge) {
        return heights[checkMerge(merge)];
    }

    /**
     * @param merge the merge number, 0 to n − 2
     * @return the number of customers in the cluster it forms, SciPy's {@code Z[merge, 3]}
     */
    public int size(int merge) {
        return ranges.size(n + checkMerge(merge));
    }

    /** @return a copy of all merge heights, in merge order */
    public double[] heights() {
        return heights.clone();
    }

    /**
     * @return the leaves (row numbers) in the dendrogram's left-to-right order: a depth-first walk from the last merge,
     *     smaller child id first, as SciPy's {@code leaves_list(Z)}; every cluster's members are adjacent in it, so the
     *     dendrogram's lines never cross
     */
    public int[] leafOrder() {
        return ranges.order();
    }

    /**
     * @return SciPy's linkage matrix {@code Z}: one row {@code [left, right, height, size]} per merge, for comparison
     *     with {@code scipy.cluster.hierarchy} or export
     */
    public double[][] linkageMatrix() {
        double[][] z = new double[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            z[i] = new double[] {left[i], right[i], heights[i], ranges.size(n + i)};
        }
        return z;
    }

    /**
     * Cuts the tree into exactly k segments by undoing its last k − 1 merges (keeping the first n − k). When no merge
     * heights are tied at the cut this is SciPy's {@code fcluster(Z, k, 'maxclust')}; with a tie, SciPy returns fewer
     * than k clusters while this still returns k, splitting the tie in merge order.
     *
     * @param k the number of segments, from 1 to the number of customers
     * @return the segments, method {@link Linkage#displayName()}, parameters linkage and k
     * @throws IllegalArgumentException if k is outside 1..n
     */
    public Segmentation cut(int k) {
        checkK(k);
        int firstUndone = n - k;
        int[] labels = new int[n];
        if (k == 1) {
            return segmentation(labels, k, Double.NaN);
        }
        int segment = 0;
        for (int i = firstUndone; i < n - 1; i++) {
            for (int child : new int[] {left[i], right[i]}) {
                if (child < n + firstUndone) {
                    label(labels, child, segment++);
                }
            }
        }
        return segmentation(labels, k, Double.NaN);
    }

    /**
     * Cuts the tree at height {@code h}: customers stay together when the merges joining them are all at height ≤ h.
     * This is SciPy's {@code fcluster(Z, h, 'distance')} (no two customers of a segment have a cophenetic distance
     * above h). Heights are distances in the scaled feature space, as in the dendrogram's y axis.
     *
     * @param h the cut height, 0 or more
     * @return the segments, method {@link Linkage#displayName()}, parameters linkage, k and cut height
     * @throws IllegalArgumentException if h is negative or not a number
     */
    public Segmentation cutAtHeight(double h) {
        if (!(h >= 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("cut height h = " + h + " is not a finite number ≥ 0; merge heights of "
                    + "this tree run from " + format(heights[0]) + " to " + format(heights[n - 2]) + ".");
        }
        int[] labels = new int[n];
        int segment = 0;
        if (highestWithin[n - 2] <= h) {
            return segmentation(labels, 1, h);
        }
        for (int i = 0; i < n - 1; i++) {
            if (highestWithin[i] > h) {
                for (int child : new int[] {left[i], right[i]}) {
                    if (highestWithin(child) <= h) {
                        label(labels, child, segment++);
                    }
                }
            }
        }
        return segmentation(labels, segment, h);
    }

    /**
     * A height whose cut gives exactly k segments: midway between the highest merge kept inside the segments and the
     * lowest merge between them (the gap a dendrogram shows there), so {@code cutAtHeight(heightForK(k))} and
     * {@code cut(k)} give the same segments. For k = 1, the last merge's height; for k = n, half the first merge's.
     *
     * @param k the number of segments, from 1 to the number of customers
     * @return the cut height, a distance in the scaled feature space
     * @throws IllegalArgumentException if k is outside 1..n, or no height gives k segments because the merges on both
     *     sides of the cut are at the same height (use {@link #cut(int)}, which splits the tie)
     */
    public double heightForK(int k) {
        checkK(k);
        double below = 0;
        for (int i = 0; i < n - k; i++) {
            below = Math.max(below, heights[i]);
        }
        if (k == 1) {
            return below;
        }
        double above = Double.POSITIVE_INFINITY;
        for (int i = n - k; i < n - 1; i++) {
            above = Math.min(above, highestWithin[i]);
        }
        if (!(below < above)) {
            throw new IllegalArgumentException("no cut height gives exactly k = " + k + " segments: merges "
                    + (n - k) + " and " + (n - k + 1) + " (1-based) are both at height " + format(above)
                    + ". Use cut(" + k + "), which splits the tie in merge order, or choose another k.");
        }
        return (below + above) / 2;
    }

    /**
     * The cophenetic correlation coefficient: Pearson's correlation, over all pairs of customers, between their
     * Euclidean distance (scaled space) and the height of the merge that first joins them (Sokal &amp; Rohlf 1962;
     * SciPy's {@code cophenet(Z, pdist(X))[0]}). Near 1, the dendrogram is a faithful picture of the distances; values
     * below about 0.7 mean its heights distort them. Computed on each call: O(n²·p) time.
     *
     * @return the coefficient, or NaN when undefined (every merge at the same height)
     */
    public double copheneticCorrelation() {
        return CopheneticCorrelation.of(features.values(), left, right, heights, ranges);
    }

    /**
     * @return the merges as a table for people: merge number (1-based), the clusters joined (SciPy ids), height, size
     *     of the new cluster, and how many segments remain after it; the last rows show the largest gaps, where a cut
     *     is most natural
     */
    public Table table() {
        IntColumn number = IntColumn.create("Merge");
        IntColumn first = IntColumn.create("Joins cluster");
        IntColumn second = IntColumn.create("With cluster");
        DoubleColumn height = DoubleColumn.create("Height");
        IntColumn size = IntColumn.create("Size");
        IntColumn remaining = IntColumn.create("Segments after");
        for (int i = 0; i < n - 1; i++) {
            number.append(i + 1);
            first.append(left[i]);
            second.append(right[i]);
            height.append(heights[i]);
            size.append(ranges.size(n + i));
            remaining.append(n - 1 - i);
        }
        height.setPrintFormatter(Decimals.column(3));
        return Table.create(linkage.displayName() + " merges", number, first, second, height, size, remaining);
    }

    /** Labels every leaf of {@code cluster} with {@code segment}. */
    private void label(int[] labels, int cluster, int segment) {
        int start = ranges.start(cluster);
        for (int position = start; position < start + ranges.size(cluster); position++) {
            labels[ranges.leafAt(position)] = segment;
        }
    }

    private Segmentation segmentation(int[] labels, int k, double cutHeight) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("linkage", linkage);
        parameters.put("k", k);
        if (!Double.isNaN(cutHeight)) {
            parameters.put("cut height", cutHeight);
        }
        return Segmentation.of(linkage.displayName(), features, labels, parameters);
    }

    private void checkK(int k) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k = " + k + " segments cannot be cut from a tree of " + n
                    + " customers; choose k from 1 to " + n + ".");
        }
    }

    private int checkMerge(int merge) {
        if (merge < 0 || merge >= n - 1) {
            throw new IllegalArgumentException("merge " + merge + " does not exist; merges are numbered 0 to "
                    + (n - 2) + ".");
        }
        return merge;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    @Override
    public String toString() {
        return "MergeTree[" + linkage.displayName() + ", " + n + " customers on " + features.names()
                + ", last merge at height " + format(heights[n - 2]) + "]";
    }
}
