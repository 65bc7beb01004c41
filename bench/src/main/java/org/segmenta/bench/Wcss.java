package org.segmenta.bench;

/**
 * The within-cluster sum of squares of a labelling, computed the same way for every tool from its labels alone:
 * {@code WCSS = Σ_i ‖x_i − m_{label(i)}‖²}, where {@code m_s} is the mean of the rows labelled s. A tool that reports a
 * fast but wrong answer shows up here, whatever it says about itself.
 */
public final class Wcss {

    private Wcss() {
    }

    /**
     * @param x the rows
     * @param labels a label in 0..k−1 for every row
     * @return the WCSS around the means of the labelled groups
     * @throws IllegalArgumentException if the lengths differ or a label is negative
     */
    public static double of(double[][] x, int[] labels) {
        if (x.length != labels.length) {
            throw new IllegalArgumentException(x.length + " rows but " + labels.length + " labels");
        }
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("row " + i + " has the negative label " + labels[i]);
            }
            k = Math.max(k, labels[i] + 1);
        }
        int p = x.length == 0 ? 0 : x[0].length;
        double[][] means = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < p; j++) {
                means[labels[i]][j] += x[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                means[s][j] /= Math.max(1, counts[s]);
            }
        }
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double[] m = means[labels[i]];
            for (int j = 0; j < p; j++) {
                double d = x[i][j] - m[j];
                total += d * d;
            }
        }
        return total;
    }
}
