package org.segmenta.clustering;

import java.util.SplittableRandom;

/**
 * An order of points that keeps near points near in the order: the leaf order of a k-d tree (Bentley, "Multidimensional
 * binary search trees used for associative searching", CACM 1975) that splits each range of points at its median along
 * the coordinate with the widest spread, until ranges have at most {@code leaf} points. Split points fall on multiples
 * of {@code leaf}, so every aligned run of {@code leaf} positions is one leaf: a compact box of space.
 *
 * <p>Medians are found by quickselect with pivots from a fixed-seed generator: O(n·log(n / leaf)) expected time, the
 * same order on every run.
 */
final class SpatialOrder {

    private final double[][] x;
    private final int[] order;
    private final int leaf;
    private final SplittableRandom random = new SplittableRandom(20_110_923L);

    private SpatialOrder(double[][] x, int leaf) {
        this.x = x;
        this.leaf = leaf;
        this.order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /**
     * @param x the points, one row each
     * @param leaf the most points in a leaf (at least 1)
     * @return the row numbers of {@code x} in k-d tree leaf order
     */
    static int[] of(double[][] x, int leaf) {
        SpatialOrder spatial = new SpatialOrder(x, leaf);
        spatial.split(0, x.length);
        return spatial.order;
    }

    /** Orders positions [from, to): from is a multiple of leaf. */
    private void split(int from, int to) {
        if (to - from <= leaf) {
            return;
        }
        int dimension = widest(from, to);
        int half = (to - from) / 2;
        int middle = from + Math.max(leaf, (half + leaf - 1) / leaf * leaf);
        if (middle >= to) {
            return;
        }
        select(from, to, middle, dimension);
        split(from, middle);
        split(middle, to);
    }

    /** @return the coordinate along which the points at positions [from, to) spread most */
    private int widest(int from, int to) {
        int p = x[0].length;
        int widest = 0;
        double widestSpread = -1;
        for (int j = 0; j < p; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int position = from; position < to; position++) {
                double value = x[order[position]][j];
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            if (max - min > widestSpread) {
                widestSpread = max - min;
                widest = j;
            }
        }
        return widest;
    }

    /**
     * Rearranges positions [from, to) so that position k holds the point that would be there if they were sorted by
     * coordinate {@code dimension}, with no larger one before it and no smaller one after it (Hoare's quickselect).
     */
    private void select(int from, int to, int k, int dimension) {
        int low = from;
        int high = to - 1;
        while (low < high) {
            double pivot = x[order[low + random.nextInt(high - low + 1)]][dimension];
            int i = low;
            int j = high;
            while (i <= j) {
                while (x[order[i]][dimension] < pivot) {
                    i++;
                }
                while (x[order[j]][dimension] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return;
            }
        }
    }
}
