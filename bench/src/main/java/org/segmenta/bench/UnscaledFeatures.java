package org.segmenta.bench;

import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Wraps benchmark rows as the library's input: a Tablesaw table with columns x1..xp, unscaled. */
final class UnscaledFeatures {

    private UnscaledFeatures() {
    }

    /** @return a feature matrix of {@code x} as it is (no scaling), columns named x1..xp */
    static FeatureMatrix of(double[][] x) {
        int p = x[0].length;
        Table table = Table.create("benchmark data");
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                column[i] = x[i][j];
            }
            names[j] = "x" + (j + 1);
            table.addColumns(DoubleColumn.create(names[j], column));
        }
        return FeatureMatrix.of(table, Scaling.NONE, names);
    }
}
