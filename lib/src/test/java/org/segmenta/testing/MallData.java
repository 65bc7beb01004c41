package org.segmenta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The mall data parsed by hand (plain string splitting, no Tablesaw), so tests can compute reference values
 * independently of the code under test.
 */
public final class MallData {

    /** The file, relative to the lib module (Surefire's working directory). */
    public static final Path FILE = Path.of("../data/mall_customers.csv");

    private MallData() {
    }

    /** @return rows of (annual income, spending score), in file order */
    public static double[][] incomeAndScore() {
        try {
            List<String> lines = Files.readAllLines(FILE);
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                    .map(fields -> new double[] {Double.parseDouble(fields[3]), Double.parseDouble(fields[4])})
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the total sum of squares Σ‖x_i − mean‖² of the rows */
    public static double totalSumOfSquares(double[][] rows) {
        double total = 0;
        for (int j = 0; j < rows[0].length; j++) {
            double mean = 0;
            for (double[] row : rows) {
                mean += row[j];
            }
            mean /= rows.length;
            for (double[] row : rows) {
                total += (row[j] - mean) * (row[j] - mean);
            }
        }
        return total;
    }

    /** @return Σ‖x_i − mean of its group‖², computed from group labels alone */
    public static double withinSumOfSquares(double[][] rows, int[] labels) {
        int k = java.util.Arrays.stream(labels).max().orElse(0) + 1;
        int p = rows[0].length;
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < rows.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < p; j++) {
                sums[labels[i]][j] += rows[i][j];
            }
        }
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < p; j++) {
                double d = rows[i][j] - sums[labels[i]][j] / counts[labels[i]];
                total += d * d;
            }
        }
        return total;
    }
}
