package org.segmenta.stability;

import java.util.Arrays;
import java.util.Random;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Seeded test data for the stability tests. */
final class Points {

    private Points() {
    }

    /** An unscaled feature matrix with columns x0, x1, ... holding {@code rows}. */
    static FeatureMatrix matrix(double[][] rows) {
        DoubleColumn[] columns = new DoubleColumn[rows[0].length];
        for (int j = 0; j < columns.length; j++) {
            int jj = j;
            columns[j] = DoubleColumn.create("x" + j, Arrays.stream(rows).mapToDouble(r -> r[jj]).toArray());
        }
        return FeatureMatrix.of(Table.create("points", columns),
                Arrays.stream(columns).map(DoubleColumn::name).toArray(String[]::new));
    }

    /** Four round blobs (sd 0.7) centred on the corners of a 10 × 10 square, {@code perBlob} points each. */
    static double[][] wellSeparatedBlobs(int perBlob, long seed) {
        Random random = new Random(seed);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        double[][] x = new double[4 * perBlob][];
        for (int i = 0; i < x.length; i++) {
            double[] centre = centres[i % 4];
            x[i] = new double[] {centre[0] + 0.7 * random.nextGaussian(), centre[1] + 0.7 * random.nextGaussian()};
        }
        return x;
    }

    /** {@code n} points drawn uniformly in the unit cube of dimension {@code p}: no cluster structure at all. */
    static double[][] uniform(int n, int p, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextDouble();
            }
        }
        return x;
    }
}
