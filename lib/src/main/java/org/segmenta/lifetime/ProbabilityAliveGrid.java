package org.segmenta.lifetime;

/**
 * P(alive) over a grid of frequency × recency for customers of one age T (lifetimes'
 * {@code conditional_probability_alive_matrix} and {@code plot_probability_alive_matrix}): rows x = 0 … maxFrequency,
 * columns t_x at {@code recencyPoints} evenly spaced values from 0 to T. Under the BG/NBD model a customer with x = 0
 * is alive with probability 1 whatever t_x (she can only drop out right after a purchase), so row 0 is all 1.
 *
 * <pre>{@code
 * ProbabilityAliveGrid grid = ProbabilityAliveGrid.of(model, 20, 38.86, 40);
 * }</pre>
 */
public final class ProbabilityAliveGrid {

    private final int[] frequencies;
    private final double[] recencies;
    private final double[][] probability;
    private final double age;

    private ProbabilityAliveGrid(int[] frequencies, double[] recencies, double[][] probability, double age) {
        this.frequencies = frequencies;
        this.recencies = recencies;
        this.probability = probability;
        this.age = age;
    }

    /**
     * @param maxFrequency the largest x (≥ 1)
     * @param age T, the customers' age (&gt; 0)
     * @param recencyPoints the number of t_x values from 0 to T (≥ 2)
     */
    public static ProbabilityAliveGrid of(BgNbdModel model, int maxFrequency, double age, int recencyPoints) {
        if (maxFrequency < 1 || recencyPoints < 2 || !(age > 0) || Double.isInfinite(age)) {
            throw new IllegalArgumentException("need maxFrequency ≥ 1, age T > 0 (finite) and at least 2 recency "
                    + "points, got " + maxFrequency + ", " + age + ", " + recencyPoints);
        }
        int[] frequencies = new int[maxFrequency + 1];
        double[] recencies = new double[recencyPoints];
        for (int j = 0; j < recencyPoints; j++) {
            recencies[j] = j == recencyPoints - 1 ? age : age * j / (recencyPoints - 1);
        }
        double[][] probability = new double[maxFrequency + 1][recencyPoints];
        for (int x = 0; x <= maxFrequency; x++) {
            frequencies[x] = x;
            for (int j = 0; j < recencyPoints; j++) {
                probability[x][j] = x == 0 ? 1.0 : model.probabilityAlive(x, recencies[j], age);
            }
        }
        return new ProbabilityAliveGrid(frequencies, recencies, probability, age);
    }

    /** @return the frequencies x of the rows, 0 … maxFrequency */
    public int[] frequencies() {
        return frequencies.clone();
    }

    /** @return the recencies t_x of the columns, 0 … T */
    public double[] recencies() {
        return recencies.clone();
    }

    /** @return the age T shared by every cell */
    public double age() {
        return age;
    }

    /** @return P(alive) at row x and column j */
    public double probability(int x, int j) {
        return probability[x][j];
    }

    /** @return a copy of the grid, [x][recency column] */
    public double[][] probabilities() {
        double[][] copy = new double[probability.length][];
        for (int x = 0; x < probability.length; x++) {
            copy[x] = probability[x].clone();
        }
        return copy;
    }
}
