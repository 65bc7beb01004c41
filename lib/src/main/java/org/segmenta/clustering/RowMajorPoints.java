package org.segmenta.clustering;

/**
 * n points of p coordinates in one flat array, row after row: coordinate j of point i is {@code values[i·p + j]}. One
 * array instead of n small ones keeps the data contiguous, so a pass over it streams through memory.
 *
 * @param values the coordinates, row-major, {@code rows × columns} of them (not copied)
 * @param rows the number of points n, at least 1
 * @param columns the number of coordinates p per point, at least 1
 */
record RowMajorPoints(double[] values, int rows, int columns) {

    RowMajorPoints {
        if (rows < 1 || columns < 1 || (long) rows * columns != values.length) {
            throw new IllegalArgumentException("need at least one row and one column and rows × columns values, got "
                    + rows + " × " + columns + " for " + values.length + " values");
        }
    }

    /** @return the rows of {@code x} copied into one row-major array */
    static RowMajorPoints of(double[][] x) {
        int p = x[0].length;
        double[] values = new double[x.length * p];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, values, i * p, p);
        }
        return new RowMajorPoints(values, x.length, p);
    }

    /**
     * The squared Euclidean distance from point {@code row} to centre {@code centre} of {@code centres} (row-major,
     * {@code columns} coordinates each): {@code Σ_j (x_ij − c_j)²}, summed in the order j = 0, 1, ..., p − 1.
     */
    double squaredDistance(int row, double[] centres, int centre) {
        int p = columns;
        int xo = row * p;
        int co = centre * p;
        double sum = 0;
        for (int j = 0; j < p; j++) {
            double d = values[xo + j] - centres[co + j];
            sum += d * d;
        }
        return sum;
    }

    /** @return a copy of point {@code row}'s coordinates */
    double[] row(int row) {
        double[] copy = new double[columns];
        System.arraycopy(values, row * columns, copy, 0, columns);
        return copy;
    }
}
