package org.segmenta.testing;

import java.util.Map;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Small feature matrices and fixed segmentations written out in tests. */
public final class Points {

    private Points() {
    }

    /** @return an unscaled feature matrix with columns {@code x1 .. xp} holding {@code rows} */
    public static FeatureMatrix of(double[][] rows) {
        int p = rows[0].length;
        DoubleColumn[] columns = new DoubleColumn[p];
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + (j + 1);
            columns[j] = DoubleColumn.create(names[j], rows.length);
            for (int i = 0; i < rows.length; i++) {
                columns[j].set(i, rows[i][j]);
            }
        }
        return FeatureMatrix.of(Table.create("points", columns), names);
    }

    /** @return a one-feature matrix of these values */
    public static FeatureMatrix line(double... values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] {values[i]};
        }
        return of(rows);
    }

    /** @return the corners of the square {@code [0, side]²}: (0, 0), (side, 0), (0, side), (side, side) */
    public static double[][] corners(double side) {
        return new double[][] {{0, 0}, {side, 0}, {0, side}, {side, side}};
    }

    /** @return the segmentation "fixed" of {@code features} with these labels */
    public static Segmentation segmented(FeatureMatrix features, int... labels) {
        return Segmentation.of("fixed", features, labels, Map.of());
    }

    /** @return labels written one digit per customer, e.g. {@code "0011"} */
    public static int[] digits(String labels) {
        return labels.chars().map(c -> c - '0').toArray();
    }
}
