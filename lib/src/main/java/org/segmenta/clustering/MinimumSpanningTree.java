package org.segmenta.clustering;

import java.util.Arrays;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * Single linkage through the minimum spanning tree (Gower &amp; Ross, "Minimum spanning trees and single linkage
 * cluster analysis", Applied Statistics 1969): the single-linkage merges are the edges of the minimum spanning tree of
 * the customers, in order of length. The tree is grown with Prim's algorithm from customer 0, each step adding the
 * customer nearest to the tree; distances are computed on the fly, so the run takes O(n²·p) time and O(n) memory.
 *
 * <p>Ties are broken as SciPy's {@code linkage(X, 'single')} breaks them: among customers equally near the tree, the
 * lowest-numbered joins first.
 */
final class MinimumSpanningTree {

    private MinimumSpanningTree() {
    }

    /**
     * @param x the customers, one row each
     * @return the tree's edges as merges, in the order Prim's algorithm adds them
     */
    static MergeSequence run(double[][] x) {
        return run(x, Progress.silent().start(Linkage.SINGLE.displayName(), "merges", Math.max(1, x.length - 1)));
    }

    /**
     * @param x the customers, one row each
     * @param merged counts the edges added (the merges); reports them, and stops the run when asked, every 1% of them
     * @return the tree's edges as merges, in the order Prim's algorithm adds them
     */
    static MergeSequence run(double[][] x, TaskProgress merged) {
        int n = x.length;
        boolean[] inTree = new boolean[n];
        double[] distanceToTree = new double[n];
        Arrays.fill(distanceToTree, Double.POSITIVE_INFINITY);
        MergeSequence merges = new MergeSequence(n);
        int added = 0;
        for (int merge = 0; merge < n - 1; merge++) {
            inTree[added] = true;
            int next = -1;
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!inTree[i]) {
                    distanceToTree[i] = Math.min(distanceToTree[i], DistanceMatrix.distance(x[added], x[i]));
                    if (distanceToTree[i] < nearest) {
                        nearest = distanceToTree[i];
                        next = i;
                    }
                }
            }
            merges.add(added, next, nearest);
            added = next;
            merged.advanceTo(merge + 1);
        }
        return merges;
    }
}
