package org.segmenta.clustering;

import java.util.Arrays;

/**
 * Bounding boxes over runs of {@code width} consecutive positions of the centroids kept by {@link ActiveCentroids},
 * each with the smallest size of the clusters in it, so that a search can tell that no cluster of a run can beat the
 * best found so far without looking at them.
 *
 * <p>For a centroid x of a cluster of size |X|, no cluster B in box b has Ward's squared dissimilarity
 * {@code 2|X||B|/(|X|+|B|)·‖x − c_B‖²} below {@code 2|X|m/(|X|+m)·dist²(x, b)}, where m is the box's smallest size
 * and dist(x, b) the distance from x to the box (the factor grows with |B|). The bound is computed with the same
 * roundings, in the same order, as the dissimilarities it bounds, and rounding is monotonic, so the computed bound is
 * never above a computed dissimilarity either.
 *
 * <p>A box stays valid as long as it contains every active centroid of its run and its size is at most theirs: merging
 * only removes clusters (any box still contains the others) and grows sizes; {@link #include} widens the box of a
 * moved centroid; {@link #recompute} tightens all after the positions change.
 */
final class CentroidBoxes {

    private final double[] coordinates;
    private final int p;
    private final int width;
    private final int boxCapacity;
    /** Coordinate j of the low and high corners of box b: {@code [j·boxCapacity + b]}. */
    private final double[] low;
    private final double[] high;
    /** No active cluster in box b is smaller than this. */
    private final double[] minSize;

    /**
     * @param coordinates the centroids, coordinate j of position i at {@link ActiveCentroids#index}, NaN for a
     *     merged-away cluster
     * @param positions the number of positions
     * @param p the number of coordinates
     * @param width the positions per box
     */
    CentroidBoxes(double[] coordinates, int positions, int p, int width) {
        this.coordinates = coordinates;
        this.p = p;
        this.width = width;
        this.boxCapacity = (positions + width - 1) / width;
        this.low = new double[p * boxCapacity];
        this.high = new double[p * boxCapacity];
        this.minSize = new double[boxCapacity];
    }

    /** @return the positions per box */
    int width() {
        return width;
    }

    /** Sets every box to the bounding box and smallest size of the active clusters at positions below length. */
    void recompute(double[] size, int length) {
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        Arrays.fill(minSize, Double.POSITIVE_INFINITY);
        for (int i = 0; i < length; i++) {
            if (Double.isNaN(coordinates[ActiveCentroids.index(i, 0, p)])) {
                continue;
            }
            int box = i / width;
            minSize[box] = Math.min(minSize[box], size[i]);
            include(i);
        }
        for (int box = 0; box < boxCapacity; box++) {
            if (minSize[box] == Double.POSITIVE_INFINITY) {
                // No active cluster: the box is empty (low > high), at an infinite distance from everything.
                minSize[box] = 1;
            }
        }
    }

    /** Widens the box of the cluster at {@code position} to contain its centroid (its size may only have grown). */
    void include(int position) {
        int box = position / width;
        for (int j = 0; j < p; j++) {
            double value = coordinates[ActiveCentroids.index(position, j, p)];
            low[j * boxCapacity + box] = Math.min(low[j * boxCapacity + box], value);
            high[j * boxCapacity + box] = Math.max(high[j * boxCapacity + box], value);
        }
    }

    /**
     * @param x the position of the centroid searched from
     * @param box a box
     * @param sizeX the size of the cluster at x
     * @param best the best squared dissimilarity found so far
     * @return whether no cluster in the box has a squared dissimilarity to x of {@code best} or less (the distance
     *     alone is tried first: the factor is at least 1)
     */
    boolean outOfReach(int x, int box, double sizeX, double best) {
        double squared = 0;
        for (int j = 0; j < p; j++) {
            double value = coordinates[ActiveCentroids.index(x, j, p)];
            double boxLow = low[j * boxCapacity + box];
            double boxHigh = high[j * boxCapacity + box];
            double gap = value < boxLow ? boxLow - value : value > boxHigh ? value - boxHigh : 0;
            squared += gap * gap;
        }
        return squared > best || ActiveCentroids.factor(sizeX, minSize[box]) * squared > best;
    }
}
