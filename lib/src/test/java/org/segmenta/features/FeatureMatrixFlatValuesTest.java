package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class FeatureMatrixFlatValuesTest {

    private static Table threeCustomers() {
        return Table.create("customers",
                DoubleColumn.create("Income", 10, 20, 60),
                DoubleColumn.create("Score", 1, 2, 3));
    }

    @Test
    void flatValuesHoldTheRowsOneAfterAnother() {
        FeatureMatrix x = FeatureMatrix.of(threeCustomers(), "Income", "Score");

        assertArrayEquals(new double[] {10, 1, 20, 2, 60, 3}, x.flatValues());
    }

    @Test
    void flatValuesAreTheScaledValues() {
        // Min-max by hand: income (v − 10) / 50, score (v − 1) / 2.
        FeatureMatrix x = FeatureMatrix.of(threeCustomers(), Scaling.MIN_MAX, "Income", "Score");

        assertArrayEquals(new double[] {0, 0, 0.2, 0.5, 1, 1}, x.flatValues(), 1e-15);
    }

    @Test
    void flatValuesAreACopy() {
        FeatureMatrix x = FeatureMatrix.of(threeCustomers(), "Income", "Score");

        x.flatValues()[0] = 999;

        assertEquals(10, x.flatValues()[0]);
        assertEquals(10, x.values()[0][0]);
    }

    @Test
    void readValuesLendsTheFlatValuesWithTheirShapeWithoutACopy() {
        // Min-max by hand: income (v − 10) / 50, score (v − 1) / 2.
        FeatureMatrix x = FeatureMatrix.of(threeCustomers(), Scaling.MIN_MAX, "Income", "Score");

        double[] lent = x.readValues((values, rows, columns) -> {
            assertEquals(3, rows);
            assertEquals(2, columns);
            return values;
        });

        assertArrayEquals(new double[] {0, 0, 0.2, 0.5, 1, 1}, lent, 1e-15);
        assertSame(lent, x.readValues((values, rows, columns) -> values));
    }

    @Test
    void valueReadsOneScaledNumberWhereFlatValuesHasIt() {
        // Min-max by hand: income (v − 10) / 50, score (v − 1) / 2.
        FeatureMatrix x = FeatureMatrix.of(threeCustomers(), Scaling.MIN_MAX, "Income", "Score");

        assertEquals(0.2, x.value(1, 0), 1e-15);
        assertEquals(0.5, x.value(1, 1), 1e-15);
        assertEquals(1.0, x.value(2, 1), 1e-15);
        assertEquals(60, x.originalValue(2, 0));
    }
}
