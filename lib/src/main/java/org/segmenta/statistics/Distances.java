package org.segmenta.statistics;

/** Euclidean distances between points given as coordinate arrays of equal length. */
public final class Distances {

    private Distances() {
    }

    /** @return {@code Σ_j (p_j − q_j)²} */
    public static double squaredEuclidean(double[] p, double[] q) {
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            double d = p[j] - q[j];
            sum += d * d;
        }
        return sum;
    }

    /** @return {@code √Σ_j (p_j − q_j)²} */
    public static double euclidean(double[] p, double[] q) {
        return Math.sqrt(squaredEuclidean(p, q));
    }
}
