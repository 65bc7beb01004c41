package org.segmenta.bench;

import java.util.SplittableRandom;

/**
 * Synthetic customers in overlapping Gaussian blobs: {@code centres} centres drawn uniformly from the box
 * {@code [−halfWidth, halfWidth]^columns}; each row picks a centre uniformly and adds independent normal noise with
 * standard deviation {@code noise} to every coordinate (the model behind scikit-learn's {@code make_blobs}).
 *
 * <p>With more centres than the k asked for and blobs that overlap, k-means has many local optima and needs tens of
 * Lloyd iterations: the "hard data" of the benchmark. Values are continuous, so Ward's merge heights have no ties.
 *
 * <pre>{@code
 * double[][] x = new GaussianBlobs(1_000_000, 10, 30, 3.0, 1.0, 1).generate();
 * }</pre>
 *
 * @param rows the number of rows, at least 1
 * @param columns the number of features, at least 1
 * @param centres the number of blob centres, at least 1
 * @param halfWidth half the side of the box the centres are drawn from
 * @param noise the standard deviation of each coordinate around its centre
 * @param seed the seed of every random draw: the same record always gives the same numbers
 */
public record GaussianBlobs(int rows, int columns, int centres, double halfWidth, double noise, long seed) {

    /** Checks the sizes. */
    public GaussianBlobs {
        if (rows < 1 || columns < 1 || centres < 1) {
            throw new IllegalArgumentException("blobs need at least 1 row, column and centre; got rows = " + rows
                    + ", columns = " + columns + ", centres = " + centres);
        }
        if (!(halfWidth > 0) || !(noise >= 0)) {
            throw new IllegalArgumentException("halfWidth must be more than 0 and noise 0 or more; got halfWidth = "
                    + halfWidth + ", noise = " + noise);
        }
    }

    /** @return the rows, row-major: {@code rows} arrays of {@code columns} values */
    public double[][] generate() {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centre = new double[centres][columns];
        for (double[] c : centre) {
            for (int j = 0; j < columns; j++) {
                c[j] = random.nextDouble(-halfWidth, halfWidth);
            }
        }
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            double[] c = centre[random.nextInt(centres)];
            for (int j = 0; j < columns; j++) {
                row[j] = c[j] + noise * random.nextGaussian();
            }
        }
        return x;
    }
}
