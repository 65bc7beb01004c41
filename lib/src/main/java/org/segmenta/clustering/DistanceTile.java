package org.segmenta.clustering;

import java.util.Arrays;

/**
 * Squared Euclidean distances from up to {@value #SIZE} points to k centres, worked out column by column so that the
 * JIT compiler turns the inner loops into SIMD instructions.
 *
 * <p>The points are first copied into one short array per coordinate (a transposed tile); then, for centre s and
 * coordinate j, one loop over the tile adds {@code (x_rj − c_sj)²} to the distance of every point r. Each distance is
 * still the sum {@code Σ_j (x_j − c_j)²} taken in the order j = 0, 1, ..., p − 1, and a SIMD lane rounds exactly as a
 * scalar operation does, so every distance equals, bit for bit, the one a plain loop over the coordinates gives
 * ({@link RowMajorPoints#squaredDistance}). Separate arrays for every coordinate and every centre, all read at the
 * same index, are what lets the compiler prove the loop iterations independent.
 *
 * <p>A tile is scratch space for one thread: fill it with {@link #add}, then {@link #compute}, read, {@link #clear}.
 */
final class DistanceTile {

    /** Points per tile: the tile's columns and distances stay in the level-1 cache. */
    static final int SIZE = 256;

    private final int columns;
    private final double[][] coordinates;
    private final double[][] distances;
    private final int[] rows = new int[SIZE + 1];
    private final int[] nearest = new int[SIZE];
    private final double[] nearestDistance = new double[SIZE];
    private final double[] secondDistance = new double[SIZE];
    private final double[] nearestRoot = new double[SIZE];
    private final double[] secondRoot = new double[SIZE];
    private int count;

    /**
     * @param columns the coordinates per point
     * @param centres the most centres {@link #compute} will be given
     */
    DistanceTile(int columns, int centres) {
        this.columns = columns;
        this.coordinates = new double[columns][SIZE];
        this.distances = new double[centres][SIZE];
    }

    /** Empties the tile. */
    void clear() {
        count = 0;
    }

    /** Adds point {@code row}; the tile must not be full. */
    void add(int row) {
        rows[count++] = row;
    }

    /**
     * Adds point {@code row} if {@code wanted}, without a branch, so that rows skipped at random cost no branch
     * misprediction; the tile must not be full.
     */
    void addIf(int row, boolean wanted) {
        rows[count] = row;
        count += wanted ? 1 : 0;
    }

    /** @return whether the tile holds {@value #SIZE} points */
    boolean isFull() {
        return count == SIZE;
    }

    /** @return the number of points in the tile */
    int count() {
        return count;
    }

    /** @return the row (in the data) of the tile's r-th point */
    int row(int r) {
        return rows[r];
    }

    /**
     * Computes the squared distance from every point of the tile to each of the first k centres.
     *
     * @param points the data the tile's rows refer to
     * @param centres k centres, row-major with {@code points.columns()} coordinates each
     */
    void compute(RowMajorPoints points, double[] centres, int k) {
        int m = count;
        int p = columns;
        double[] x = points.values();
        for (int j = 0; j < p; j++) {
            double[] column = coordinates[j];
            for (int r = 0; r < m; r++) {
                column[r] = x[rows[r] * p + j];
            }
        }
        for (int s = 0; s < k; s++) {
            double[] distance = distances[s];
            int co = s * p;
            double c0 = centres[co];
            double[] column0 = coordinates[0];
            for (int r = 0; r < m; r++) {
                double d = column0[r] - c0;
                distance[r] = d * d;
            }
            for (int j = 1; j < p; j++) {
                double cj = centres[co + j];
                double[] column = coordinates[j];
                for (int r = 0; r < m; r++) {
                    double d = column[r] - cj;
                    distance[r] += d * d;
                }
            }
        }
    }

    /** @return the squared distance from the tile's r-th point to centre s, after {@link #compute} */
    double distance(int s, int r) {
        return distances[s][r];
    }

    /**
     * Finds, for every point of the tile, the nearest of the k centres given to {@link #compute} (ties: the lowest
     * centre index, as a scan keeping the first strict minimum would) and the smallest and second smallest squared
     * distances (the second is the nearest's own distance again when two centres tie, {@code +∞} when k = 1), and
     * the square roots of these two (the Euclidean distances, correctly rounded).
     */
    void findNearest(int k) {
        int m = count;
        Arrays.fill(nearestDistance, 0, m, Double.POSITIVE_INFINITY);
        Arrays.fill(secondDistance, 0, m, Double.POSITIVE_INFINITY);
        for (int s = 0; s < k; s++) {
            double[] distance = distances[s];
            for (int r = 0; r < m; r++) {
                double d = distance[r];
                double best = nearestDistance[r];
                secondDistance[r] = Math.min(secondDistance[r], Math.max(best, d));
                nearestDistance[r] = Math.min(best, d);
            }
        }
        for (int s = k - 1; s >= 0; s--) {
            double[] distance = distances[s];
            for (int r = 0; r < m; r++) {
                if (distance[r] == nearestDistance[r]) {
                    nearest[r] = s;
                }
            }
        }
        for (int r = 0; r < m; r++) {
            nearestRoot[r] = Math.sqrt(nearestDistance[r]);
            secondRoot[r] = Math.sqrt(secondDistance[r]);
        }
    }

    /** @return the nearest centre of the tile's r-th point, after {@link #findNearest} */
    int nearest(int r) {
        return nearest[r];
    }

    /** @return the squared distance to the nearest centre, after {@link #findNearest} */
    double nearestDistance(int r) {
        return nearestDistance[r];
    }

    /** @return the second smallest squared distance, after {@link #findNearest} */
    double secondDistance(int r) {
        return secondDistance[r];
    }

    /** @return the Euclidean distance to the nearest centre, after {@link #findNearest} */
    double nearestRoot(int r) {
        return nearestRoot[r];
    }

    /** @return the second smallest Euclidean distance, after {@link #findNearest} */
    double secondRoot(int r) {
        return secondRoot[r];
    }
}
