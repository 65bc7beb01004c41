package org.segmenta.clustering;

/**
 * Squared Euclidean distances from up to {@value #SIZE} points to k centres, worked out column by column so that the
 * JIT compiler turns the inner loops into SIMD instructions.
 *
 * <p>The points are first copied into one short array per coordinate (a transposed tile); then, for centre s and
 * coordinates j..j+3, one loop over the tile adds {@code (x_rj − c_sj)²}, then the next three terms, to the distance
 * of every point r (four coordinates per loop: a quarter of the distance loads and stores). Each distance is still the
 * sum {@code Σ_j (x_j − c_j)²} taken in the order j = 0, 1, ..., p − 1, and a SIMD lane rounds exactly as a
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
    private final int[] rows = new int[SIZE];
    /** The nearest centre's index, held as a double so that the search over centres stays in SIMD lanes. */
    private final double[] nearestIndex = new double[SIZE];
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
            int j = 1;
            // Four coordinates per pass over the tile: a quarter of the loads and stores of the distances, the same
            // additions in the same order.
            for (; j + 4 <= p; j += 4) {
                double[] a0 = coordinates[j];
                double[] a1 = coordinates[j + 1];
                double[] a2 = coordinates[j + 2];
                double[] a3 = coordinates[j + 3];
                double c1 = centres[co + j];
                double c2 = centres[co + j + 1];
                double c3 = centres[co + j + 2];
                double c4 = centres[co + j + 3];
                for (int r = 0; r < m; r++) {
                    double d1 = a0[r] - c1;
                    double d2 = a1[r] - c2;
                    double d3 = a2[r] - c3;
                    double d4 = a3[r] - c4;
                    distance[r] = (((distance[r] + d1 * d1) + d2 * d2) + d3 * d3) + d4 * d4;
                }
            }
            for (; j < p; j++) {
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
        double[] first = distances[0];
        for (int r = 0; r < m; r++) {
            nearestDistance[r] = first[r];
            secondDistance[r] = Double.POSITIVE_INFINITY;
        }
        for (int s = 1; s < k; s++) {
            double[] distance = distances[s];
            for (int r = 0; r < m; r++) {
                double d = distance[r];
                double best = nearestDistance[r];
                secondDistance[r] = Math.min(secondDistance[r], Math.max(best, d));
                nearestDistance[r] = Math.min(best, d);
            }
        }
        // The nearest centre is the lowest s whose distance equals the smallest: d_s − min is exactly 0 for those and
        // positive for the others (IEEE subtraction of two different numbers is never 0), so s + k·signum(d_s − min)
        // is s for them and at least k for the rest, and the minimum over s is the index sought. Written with
        // doubles, min and signum only, the loops become SIMD instructions; a "d < best ? s : ..." select does not.
        double beyond = k;
        for (int r = 0; r < m; r++) {
            nearestIndex[r] = beyond * Math.signum(first[r] - nearestDistance[r]);
        }
        for (int s = 1; s < k; s++) {
            double[] distance = distances[s];
            double index = s;
            for (int r = 0; r < m; r++) {
                nearestIndex[r] = Math.min(nearestIndex[r], index + beyond * Math.signum(distance[r]
                        - nearestDistance[r]));
            }
        }
        for (int r = 0; r < m; r++) {
            nearestRoot[r] = Math.sqrt(nearestDistance[r]);
            secondRoot[r] = Math.sqrt(secondDistance[r]);
        }
    }

    /** @return the nearest centre of the tile's r-th point, after {@link #findNearest} */
    int nearest(int r) {
        return (int) nearestIndex[r];
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
