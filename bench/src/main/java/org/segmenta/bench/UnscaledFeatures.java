package org.segmenta.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Wraps benchmark rows as the library's input: a Tablesaw table with columns x1..xp, unscaled, as a user's table would
 * arrive, and the feature matrix made from it. Only the matrix is kept: the table is dropped once the matrix is made,
 * as scikit-learn's side holds its one NumPy array.
 */
final class UnscaledFeatures {

    private UnscaledFeatures() {
    }

    /**
     * Reads a {@link BinaryMatrix} file into a table, one column at a time (each column read is dropped as soon as
     * the table has its copy), and makes the unscaled feature matrix of it.
     *
     * @return a feature matrix of the file's first {@code rows} rows as they are (no scaling), columns named x1..xp
     */
    static FeatureMatrix read(Path file, int rows, int columns) throws IOException {
        return of(BinaryMatrix.readColumns(file, rows, columns));
    }

    /**
     * @param columns the data column by column ({@code columns[j][i]}: feature j of row i); each column is dropped from
     *     the array as soon as the table has its copy
     * @return the unscaled feature matrix of those columns, named x1..xp
     */
    static FeatureMatrix of(double[][] columns) {
        Table table = Table.create("benchmark data");
        String[] names = new String[columns.length];
        for (int j = 0; j < columns.length; j++) {
            names[j] = "x" + (j + 1);
            table.addColumns(DoubleColumn.create(names[j], columns[j]));
            columns[j] = null;
        }
        return FeatureMatrix.of(table, Scaling.NONE, names);
    }
}
