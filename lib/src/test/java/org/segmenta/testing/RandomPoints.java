package org.segmenta.testing;

import java.util.Random;

/**
 * Seeded random points for tests, all drawn from one {@link Random} in row-major order (row 0's coordinates first), so
 * the same seed and the same calls give the same points. Not thread-safe: one instance per test.
 *
 * <pre>
 * RandomPoints random = new RandomPoints(7);
 * double[][] x = random.blobs(300, random.uniform(4, 2, 20), 1);   // 4 blobs around random centres in [0, 20)²
 * </pre>
 */
public final class RandomPoints {

    private final Random random;

    /** @param seed the seed of {@code new Random(seed)} */
    public RandomPoints(long seed) {
        this.random = new Random(seed);
    }

    /** @return {@code n} points with {@code p} coordinates, each standard normal ({@link Random#nextGaussian()}) */
    public double[][] gaussian(int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    /** @return {@code n} points drawn uniformly from the unit cube {@code [0, 1)^p}: no cluster structure at all */
    public double[][] uniform(int n, int p) {
        return uniform(n, p, 1);
    }

    /** @return {@code n} points drawn uniformly from {@code [0, width)^p} */
    public double[][] uniform(int n, int p, double width) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextDouble() * width;
            }
        }
        return x;
    }

    /**
     * @return {@code n} points on the integer grid {@code 0 .. levels − 1} in each of {@code p} coordinates: many
     *     exact duplicates, and many points exactly halfway between two others, so distances tie
     */
    public double[][] integers(int n, int p, int levels) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextInt(levels);
            }
        }
        return x;
    }

    /**
     * Gaussian blobs: point i lies around centre {@code i mod k}, each coordinate {@code centre_j + sd · N(0, 1)}.
     * Blobs whose centres are more than a few sd apart are well separated; a small spread of centres makes them
     * overlap.
     *
     * @param n the number of points
     * @param centres the k centres, all with the same number of coordinates
     * @param sd the standard deviation around every centre, in every coordinate
     * @return the points, the blobs interleaved (0, 1, .., k − 1, 0, 1, ..)
     */
    public double[][] blobs(int n, double[][] centres, double sd) {
        int p = centres[0].length;
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[i % centres.length];
            for (int j = 0; j < p; j++) {
                x[i][j] = centre[j] + sd * random.nextGaussian();
            }
        }
        return x;
    }
}
