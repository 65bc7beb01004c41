package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class FlatFeaturesTest {

    private static FeatureMatrix matrix() {
        return FeatureMatrix.of(Table.create("t", DoubleColumn.create("a", 1, 2, 3), DoubleColumn.create("b", 4, 5, 6)),
                "a", "b");
    }

    @Test
    void holdsTheMatrixValuesRowMajor() {
        FeatureMatrix x = matrix();

        RowMajorPoints points = FlatFeatures.of(x);

        assertArrayEquals(x.flatValues(), points.values());
        assertArrayEquals(new int[] {3, 2}, new int[] {points.rows(), points.columns()});
    }

    @Test
    void copiesOnceForOneMatrix() {
        FeatureMatrix x = matrix();

        assertSame(FlatFeatures.of(x).values(), FlatFeatures.of(x).values());
    }

    @Test
    void equalMatricesMadeApartGetTheirOwnCopies() {
        // Keyed by identity: a matrix built again from the same table is another matrix.
        assertNotSame(FlatFeatures.of(matrix()).values(), FlatFeatures.of(matrix()).values());
    }
}
