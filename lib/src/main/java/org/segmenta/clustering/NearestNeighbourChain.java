package org.segmenta.clustering;

import java.util.Arrays;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * The nearest-neighbour chain algorithm for Ward, complete and average linkage (Murtagh, "A survey of recent advances
 * in hierarchical clustering algorithms", Computer Journal 1983; Müllner 2011, section 3.3). Follow a chain of nearest
 * neighbours from any cluster, A → nearest(A) → nearest(nearest(A)) …, until two clusters are each other's nearest:
 * for these "reducible" linkages such a pair can be merged at once, and the rest of the chain stays valid. Every step
 * scans one row of the distance matrix, so the whole run takes O(n²) time and the n(n−1)/2 distances of memory.
 *
 * <p>Ties are broken as SciPy's {@code linkage} breaks them, so that data with tied distances (integer-valued
 * features are full of them) gives SciPy's tree: a chain starts at the lowest-numbered cluster; when looking for a
 * nearest neighbour, the cluster before it in the chain wins a tie, then the lowest-numbered one; the merged cluster
 * takes the slot of the higher-numbered of the two.
 */
final class NearestNeighbourChain {

    private NearestNeighbourChain() {
    }

    /**
     * @param distances the Euclidean distances between customers; overwritten with distances between clusters
     * @param linkage WARD, COMPLETE or AVERAGE
     * @return the merges in the order found
     */
    static MergeSequence run(DistanceMatrix distances, Linkage linkage) {
        return run(distances, linkage, Progress.silent().start(linkage.displayName(), "merges",
                Math.max(1, distances.size() - 1)));
    }

    /**
     * @param distances the Euclidean distances between customers; overwritten with distances between clusters
     * @param linkage WARD, COMPLETE or AVERAGE
     * @param merged counts the merges; reports them, and stops the run when asked, every 1% of them
     * @return the merges in the order found
     */
    static MergeSequence run(DistanceMatrix distances, Linkage linkage, TaskProgress merged) {
        int n = distances.size();
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int length = 0;
        MergeSequence merges = new MergeSequence(n);
        for (int merge = 0; merge < n - 1; merge++) {
            if (length == 0) {
                chain[length++] = firstActive(size);
            }
            int x;
            int y;
            double nearest;
            while (true) {
                x = chain[length - 1];
                // Starting from the previous cluster makes it win ties, so the chain cannot cycle among equals.
                y = length > 1 ? chain[length - 2] : -1;
                nearest = length > 1 ? distances.get(x, y) : Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (size[i] > 0 && i != x) {
                        double d = distances.get(x, i);
                        if (d < nearest) {
                            nearest = d;
                            y = i;
                        }
                    }
                }
                if (length > 1 && y == chain[length - 2]) {
                    break;
                }
                chain[length++] = y;
            }
            length -= 2;
            int low = Math.min(x, y);
            int high = Math.max(x, y);
            merges.add(low, high, nearest);
            int sizeLow = size[low];
            int sizeHigh = size[high];
            size[low] = 0;
            size[high] = sizeLow + sizeHigh;
            for (int i = 0; i < n; i++) {
                if (size[i] > 0 && i != high) {
                    distances.set(i, high, linkage.update(distances.get(i, low), distances.get(i, high), nearest,
                            sizeLow, sizeHigh, size[i]));
                }
            }
            merged.advanceTo(merge + 1);
        }
        return merges;
    }

    private static int firstActive(int[] size) {
        int i = 0;
        while (size[i] == 0) {
            i++;
        }
        return i;
    }
}
