package org.segmenta.bench;

import java.nio.file.Path;

/**
 * A data set of the benchmark, stored as a {@link BinaryMatrix} file that every tool reads.
 *
 * @param name a short name used in case titles and file names
 * @param file where the numbers are
 * @param rows the rows in the file (a case may use only the first ones)
 * @param columns the features per row
 * @param description how the numbers were made, for the report
 */
public record DataSet(String name, Path file, int rows, int columns, String description) {

    /** Checks the shape. */
    public DataSet {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("data set " + name + " needs at least one row and column, got "
                    + rows + " × " + columns);
        }
    }
}
