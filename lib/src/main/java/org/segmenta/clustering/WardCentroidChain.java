package org.segmenta.clustering;

import java.util.Arrays;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * Ward linkage by the nearest-neighbour chain on cluster centroids and sizes, without a distance matrix (Müllner,
 * "Modern hierarchical, agglomerative clustering algorithms", arXiv:1109.2378, 2011, section 3.3; it is how
 * fastcluster's {@code linkage_vector(X, 'ward')} works). The chain is followed as in {@link NearestNeighbourChain}:
 * from the lowest-numbered active cluster, each step appends the nearest cluster of the last one, until two clusters
 * are each other's nearest, and those are merged. Ward's method is reducible, so the rest of the chain stays valid
 * after a merge.
 *
 * <p>Each step looks for the nearest active cluster of the last one from the centroids ({@link ActiveCentroids}): O(n·p)
 * at worst, so the run takes O(n²·p) time at worst, and only O(n·p) memory; bounding boxes let most searches skip most
 * clusters when the customers are spread in a few dimensions.
 *
 * <p>Ties are broken as in {@link NearestNeighbourChain} (the cluster before in the chain, then the lowest-numbered;
 * the merged cluster takes the higher slot), so without ties the tree is the distance-matrix tree, and SciPy's, with
 * heights equal up to rounding (1e-11 relative or closer in the tests, usually about 1e-15): the matrix path updates
 * distances by the Lance–Williams formula, this one recomputes them from centroids. Where distances tie exactly in
 * real arithmetic, the two roundings can order them differently, and the trees can differ in which of the tied merges
 * comes first.
 */
final class WardCentroidChain {

    private WardCentroidChain() {
    }

    /**
     * @param x the customers, one row each (not modified)
     * @return the merges in the order found, with heights on SciPy's Ward scale
     */
    static MergeSequence run(double[][] x) {
        return run(x, Progress.silent().start(Linkage.WARD.displayName(), "merges", Math.max(1, x.length - 1)));
    }

    /**
     * @param x the customers, one row each (not modified)
     * @param merged counts the merges; reports them, and stops the run when asked, every 1% of them
     * @return the merges in the order found, with heights on SciPy's Ward scale
     */
    static MergeSequence run(double[][] x, TaskProgress merged) {
        return run(x, new ActiveCentroids(x), merged);
    }

    private static MergeSequence run(double[][] x, ActiveCentroids clusters, TaskProgress merged) {
        int n = x.length;
        int[] chain = new int[Math.min(n, 1024)];
        int length = 0;
        MergeSequence merges = new MergeSequence(n);
        for (int merge = 0; merge < n - 1; merge++) {
            if (length == 0) {
                chain[length++] = clusters.firstActive();
            }
            int last;
            ActiveCentroids.Nearest nearest;
            while (true) {
                last = chain[length - 1];
                int previous = length > 1 ? chain[length - 2] : -1;
                nearest = clusters.nearest(last, previous);
                if (nearest.slot() == previous) {
                    break;
                }
                if (length == chain.length) {
                    // Up to n clusters long; rounding might even let a chain revisit one (it still ends: links shrink).
                    chain = Arrays.copyOf(chain, 2 * chain.length);
                }
                chain[length++] = nearest.slot();
            }
            length -= 2;
            int low = Math.min(last, nearest.slot());
            int high = Math.max(last, nearest.slot());
            merges.add(low, high, Math.sqrt(nearest.squared()));
            clusters.merge(low, high);
            merged.advanceTo(merge + 1);
        }
        return merges;
    }
}
