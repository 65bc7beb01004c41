package org.segmenta.clustering;

import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.MallData;
import org.segmenta.testing.RandomPoints;

/** Data sets on which the fast k-means is compared with {@link LloydKMeans}. */
final class KMeansData {

    private KMeansData() {
    }

    /** The mall customers' income and spending score, unscaled (hand-parsed). */
    static double[][] mall() {
        return MallData.incomeAndScore();
    }

    /** The mall customers' age, income and spending score as z-scores (through FeatureMatrix). */
    static double[][] mallStandardised() {
        return FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), Scaling.STANDARD,
                "Age", "Annual Income (k$)", "Spending Score (1-100)").values();
    }

    /**
     * Gaussian blobs: k centres drawn uniformly in {@code [0, spread)^p}, then n points, point i around centre
     * {@code i mod k} with unit standard deviation. A small spread makes the blobs overlap (slow convergence).
     */
    static double[][] blobs(int n, int p, int k, double spread, long seed) {
        RandomPoints random = new RandomPoints(seed);
        return random.blobs(n, random.uniform(k, p, spread), 1);
    }

    /**
     * Points on a small integer grid, {@code 0 .. levels-1} in each of p coordinates: many exact duplicates and many
     * points exactly halfway between two centres, where the lowest-index rule decides.
     */
    /** The integers 0 .. n-1 on a line, in scrambled order (n must not be a multiple of 37). */
    static double[][] distinctLine(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {(i * 37) % n};
        }
        return x;
    }

    /** @return the rows as one row-major array */
    static double[] flat(double[][] rows) {
        return RowMajorPoints.of(rows).values();
    }
}
