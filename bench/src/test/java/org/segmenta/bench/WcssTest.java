package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WcssTest {

    @Test
    void sumsSquaredDistancesToTheMeansOfTheLabelledGroups() {
        // Group 0: (0,0) and (2,0), mean (1,0), 1 + 1 = 2. Group 1: (10,10) and (10,14), mean (10,12), 4 + 4 = 8.
        double[][] x = {{0, 0}, {2, 0}, {10, 10}, {10, 14}};
        assertEquals(10.0, Wcss.of(x, new int[] {0, 0, 1, 1}), 1e-12);
    }

    @Test
    void oneGroupGivesTheTotalSumOfSquares() {
        // Values 1, 2, 3, 6: mean 3, squares 4 + 1 + 0 + 9 = 14.
        double[][] x = {{1}, {2}, {3}, {6}};
        assertEquals(14.0, Wcss.of(x, new int[4]), 1e-12);
    }

    @Test
    void ignoresLabelsThatNoRowHas() {
        double[][] x = {{1}, {3}};
        assertEquals(2.0, Wcss.of(x, new int[] {2, 2}), 1e-12);
    }

    @Test
    void rejectsLabelsOfAnotherLength() {
        assertThrows(IllegalArgumentException.class, () -> Wcss.of(new double[][] {{1}}, new int[] {0, 0}));
    }
}
