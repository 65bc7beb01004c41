package org.segmenta.clustering;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.segmenta.features.FeatureMatrix;

/**
 * The merges as an algorithm finds them: merge m joins the cluster that contains customer {@code a[m]} with the one
 * that contains customer {@code b[m]}, at height {@code height[m]}. Algorithms such as the nearest-neighbour chain do
 * not find merges in height order, so {@link #toTree} sorts them (stably: ties keep the order found) and numbers the
 * clusters as SciPy's linkage matrix does, which is how SciPy finishes its own {@code linkage}.
 */
final class MergeSequence {

    private final int n;
    private final int[] a;
    private final int[] b;
    private final double[] height;
    private int found;

    /** An empty sequence for n customers (n − 1 merges to come). */
    MergeSequence(int n) {
        this.n = n;
        this.a = new int[n - 1];
        this.b = new int[n - 1];
        this.height = new double[n - 1];
    }

    /** Records that the clusters containing customers {@code memberA} and {@code memberB} merge at {@code h}. */
    void add(int memberA, int memberB, double h) {
        a[found] = memberA;
        b[found] = memberB;
        height[found] = h;
        found++;
    }

    /**
     * Sorts the merges by height and numbers the clusters: merge i (in height order) forms cluster n + i and joins the
     * clusters then containing its two customers, smaller id first.
     */
    MergeTree toTree(FeatureMatrix features, Linkage linkage) {
        if (found != n - 1) {
            throw new IllegalStateException(found + " merges recorded for " + n + " customers");
        }
        // A stable sort: merges at equal heights stay in the order they were found, so a child precedes its parent.
        int[] order = IntStream.range(0, n - 1).boxed().sorted(Comparator.comparingDouble(m -> height[m]))
                .mapToInt(Integer::intValue).toArray();
        int[] root = new int[2 * n - 1];
        Arrays.setAll(root, c -> c);
        int[] left = new int[n - 1];
        int[] right = new int[n - 1];
        double[] heights = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            int m = order[i];
            int rootA = find(root, a[m]);
            int rootB = find(root, b[m]);
            left[i] = Math.min(rootA, rootB);
            right[i] = Math.max(rootA, rootB);
            heights[i] = height[m];
            root[rootA] = n + i;
            root[rootB] = n + i;
        }
        return new MergeTree(features, linkage, left, right, heights);
    }

    /** Union–find lookup with path halving: the current cluster id of the cluster containing {@code c}. */
    private static int find(int[] root, int c) {
        while (root[c] != c) {
            root[c] = root[root[c]];
            c = root[c];
        }
        return c;
    }
}
