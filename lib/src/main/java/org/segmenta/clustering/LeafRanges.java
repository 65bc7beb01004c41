package org.segmenta.clustering;

/**
 * The dendrogram's left-to-right leaf order of a merge tree, and where every cluster lies in it. Ordering the leaves by
 * a depth-first walk from the root, left child (the smaller id) first, places the members of every cluster next to
 * each other, so a cluster is just a range {@code order[start .. start + size)}: no member lists need to be built.
 * The order is SciPy's {@code leaves_list(Z)}.
 *
 * <p>Cluster ids follow SciPy's {@code Z} convention: leaves {@code 0 .. n-1}, cluster {@code n + i} formed by merge
 * {@code i}, whose children {@code left[i]}, {@code right[i]} are formed before it.
 */
final class LeafRanges {

    private final int n;
    private final int[] order;
    private final int[] start;
    private final int[] size;

    private LeafRanges(int n, int[] order, int[] start, int[] size) {
        this.n = n;
        this.order = order;
        this.start = start;
        this.size = size;
    }

    /** Lays out the tree whose merge {@code i} joins clusters {@code left[i]} and {@code right[i]}: O(n). */
    static LeafRanges of(int[] left, int[] right) {
        int merges = left.length;
        int n = merges + 1;
        int[] size = new int[2 * n - 1];
        for (int c = 0; c < n; c++) {
            size[c] = 1;
        }
        for (int i = 0; i < merges; i++) {
            size[n + i] = size[left[i]] + size[right[i]];
        }
        int[] start = new int[2 * n - 1];
        // Parents have larger ids than their children, so walking the merges backwards places every parent first.
        for (int i = merges - 1; i >= 0; i--) {
            start[left[i]] = start[n + i];
            start[right[i]] = start[n + i] + size[left[i]];
        }
        int[] order = new int[n];
        for (int leaf = 0; leaf < n; leaf++) {
            order[start[leaf]] = leaf;
        }
        return new LeafRanges(n, order, start, size);
    }

    /** @return the number of leaves */
    int leaves() {
        return n;
    }

    /** @return the leaf at position {@code position} of the left-to-right order */
    int leafAt(int position) {
        return order[position];
    }

    /** @return a copy of the left-to-right leaf order */
    int[] order() {
        return order.clone();
    }

    /** @return the position in the leaf order of the first member of cluster {@code cluster} */
    int start(int cluster) {
        return start[cluster];
    }

    /** @return the number of leaves in cluster {@code cluster} */
    int size(int cluster) {
        return size[cluster];
    }
}
