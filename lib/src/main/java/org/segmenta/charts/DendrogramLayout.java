package org.segmenta.charts;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.clustering.MergeTree;

/**
 * Where a dendrogram's lines go, in SciPy's {@code dendrogram} layout but one unit per leaf: the shown leaves sit at
 * x = 0, 1, 2, … in the tree's left-to-right order (smaller cluster id first, so no lines cross), each merge is a
 * "⊓" whose legs stand on its two children and whose bar is at the merge height, and a merge stands midway between its
 * children.
 *
 * <p>A layout may show only the last m merges (SciPy's {@code truncate_mode='lastp'} with p = m + 1): the clusters they
 * join that were formed earlier are drawn as leaves at height 0, labelled with their size in parentheses, e.g.
 * {@code "(23)"}; a single customer is labelled with its row number.
 */
final class DendrogramLayout {

    /** One merge as drawn: legs at x = leftX and rightX, rising from leftY and rightY to the bar at height. */
    record Link(int merge, double leftX, double leftY, double rightX, double rightY, double height) {
    }

    private final int[] shownLeaves;
    private final List<String> labels;
    private final List<Link> links;

    private DendrogramLayout(int[] shownLeaves, List<String> labels, List<Link> links) {
        this.shownLeaves = shownLeaves;
        this.labels = labels;
        this.links = links;
    }

    /**
     * @param tree the merges to draw
     * @param shownMerges how many of the last merges to draw, 1 to n − 1 (n − 1: the whole tree)
     */
    static DendrogramLayout of(MergeTree tree, int shownMerges) {
        int n = tree.leaves();
        int firstShown = n - 1 - shownMerges;
        double[] x = new double[2 * n - 1];
        double[] y = new double[2 * n - 1];
        int[] shownLeaves = new int[shownMerges + 1];
        List<String> labels = new ArrayList<>();
        // Depth-first from the last merge, left child first; clusters formed before the first shown merge are leaves.
        int[] stack = new int[shownMerges + 2];
        int top = 0;
        stack[top++] = 2 * n - 2;
        int position = 0;
        while (top > 0) {
            int cluster = stack[--top];
            if (cluster < n + firstShown) {
                shownLeaves[position] = cluster;
                x[cluster] = position++;
                labels.add(cluster < n ? String.valueOf(cluster) : "(" + tree.size(cluster - n) + ")");
            } else {
                int merge = cluster - n;
                stack[top++] = tree.right(merge);
                stack[top++] = tree.left(merge);
            }
        }
        List<Link> links = new ArrayList<>();
        for (int merge = firstShown; merge < n - 1; merge++) {
            int left = tree.left(merge);
            int right = tree.right(merge);
            x[n + merge] = (x[left] + x[right]) / 2;
            y[n + merge] = tree.height(merge);
            links.add(new Link(merge, x[left], y[left], x[right], y[right], tree.height(merge)));
        }
        return new DendrogramLayout(shownLeaves, List.copyOf(labels), List.copyOf(links));
    }

    /** @return the cluster ids of the shown leaves, left to right */
    int[] shownLeaves() {
        return shownLeaves.clone();
    }

    /** @return the leaf labels, left to right: SciPy's {@code dendrogram(...)['ivl']} */
    List<String> labels() {
        return labels;
    }

    /** @return the drawn merges, in merge order */
    List<Link> links() {
        return links;
    }
}
