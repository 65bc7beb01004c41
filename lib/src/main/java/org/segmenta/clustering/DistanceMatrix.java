package org.segmenta.clustering;

/**
 * The Euclidean distances between all pairs of n customers, kept as the upper triangle of the n × n matrix in one
 * array of n(n−1)/2 doubles (SciPy's "condensed" layout, row by row), and overwritten by the clustering as clusters
 * merge. Memory: 8·n(n−1)/2 bytes, 20 MB for n = 2,240.
 */
final class DistanceMatrix {

    private final int n;
    private final double[] upper;

    private DistanceMatrix(int n, double[] upper) {
        this.n = n;
        this.upper = upper;
    }

    /** @return the Euclidean distances between the rows of {@code x} */
    static DistanceMatrix euclidean(double[][] x) {
        int n = x.length;
        double[] upper = new double[(int) (bytesFor(n) / Double.BYTES)];
        int next = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                upper[next++] = distance(x[i], x[j]);
            }
        }
        return new DistanceMatrix(n, upper);
    }

    /** @return the bytes the matrix of n customers takes */
    static long bytesFor(int n) {
        return (long) n * (n - 1) / 2 * Double.BYTES;
    }

    /** @return the Euclidean distance {@code ‖a − b‖} */
    static double distance(double[] a, double[] b) {
        return Math.sqrt(Segmentation.squaredDistance(a, b));
    }

    /** @return the number of customers */
    int size() {
        return n;
    }

    /** @return the entry for {@code i ≠ j} */
    double get(int i, int j) {
        return upper[index(i, j)];
    }

    /** Overwrites the entry for {@code i ≠ j}. */
    void set(int i, int j, double value) {
        upper[index(i, j)] = value;
    }

    private int index(int i, int j) {
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        return (int) ((long) n * low - (long) low * (low + 1) / 2 + (high - low - 1));
    }
}
