package org.segmenta.choosingk;

import java.util.List;
import java.util.SplittableRandom;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The gap statistic's null reference: as many points as there are customers, uniform over the bounding box of the
 * (scaled) features, each coordinate drawn independently in [min_j, max_j] of column j. This is option (a) of
 * Tibshirani, Walther &amp; Hastie (2001), a data set with no clusters but the same extent as the real one.
 */
final class UniformReference {

    private UniformReference() {
    }

    /**
     * @param features the customers whose bounding box (in the scaled space) the reference fills
     * @param random the source of randomness, advanced by n × p draws
     * @return a reference data set with the same feature names and size, unscaled (it already lives in the scaled
     *     space of {@code features})
     */
    static FeatureMatrix draw(FeatureMatrix features, SplittableRandom random) {
        double[][] x = features.values();
        int n = x.length;
        int p = features.columns();
        double[] min = new double[p];
        double[] max = new double[p];
        for (int j = 0; j < p; j++) {
            min[j] = Double.POSITIVE_INFINITY;
            max[j] = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        List<String> names = features.names();
        DoubleColumn[] columns = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            columns[j] = DoubleColumn.create(names.get(j), n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columns[j].set(i, min[j] + (max[j] - min[j]) * random.nextDouble());
            }
        }
        Table table = Table.create("Uniform reference", columns);
        return FeatureMatrix.of(table, Scaling.NONE, names.toArray(String[]::new));
    }
}
