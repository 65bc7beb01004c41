package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class SegmentationTest {

    private static FeatureMatrix line(Scaling scaling, double... values) {
        return FeatureMatrix.of(Table.create("line", DoubleColumn.create("x", values)), scaling, "x");
    }

    @Test
    void segmentsAreShownToPeopleCountingFromOne() {
        assertEquals("Segment 1", Segmentation.segmentLabel(0));
        assertEquals("Segment 12", Segmentation.segmentLabel(11));
    }

    @Test
    void handMadeLabelsHaveNoIterationsAndSaySoWhenAsked() {
        Segmentation segmentation = Segmentation.of("hand-made", line(Scaling.NONE, 1, 2, 9), new int[] {0, 0, 1},
                Map.of());

        assertFalse(segmentation.iterative());
        assertEquals(List.of(), segmentation.warnings());
        IllegalStateException iterations = assertThrows(IllegalStateException.class, segmentation::iterations);
        assertEquals("iterations() is a fact of iterative algorithms such as k-means; these segments were made by "
                + "hand-made, which does not iterate. Check iterative() first.", iterations.getMessage());
        assertThrows(IllegalStateException.class, segmentation::converged);
    }

    @Test
    void segmentsAreRenumberedLargestFirst() {
        FeatureMatrix x = line(Scaling.NONE, 0, 10, 11, 20, 21, 22);

        Segmentation segmentation = Segmentation.of("test", x, new int[] {7, 3, 3, 5, 5, 5}, Map.of());

        assertArrayEquals(new int[] {2, 1, 1, 0, 0, 0}, segmentation.labels());
        assertArrayEquals(new int[] {3, 2, 1}, segmentation.sizes());
        assertEquals(3, segmentation.k());
    }

    @Test
    void equalSizesAreOrderedByTheirFirstCustomer() {
        FeatureMatrix x = line(Scaling.NONE, 5, 1, 5, 1);

        Segmentation segmentation = Segmentation.of("test", x, new int[] {9, 4, 9, 4}, Map.of());

        assertArrayEquals(new int[] {0, 1, 0, 1}, segmentation.labels());
    }

    @Test
    void centroidsAreSegmentMeansAndWcssIsSquaredDistanceToThem() {
        // Segment {0, 2}: mean 1, squares 1 + 1; segment {10, 11, 15}: mean 12, squares 4 + 1 + 9.
        FeatureMatrix x = line(Scaling.NONE, 0, 10, 2, 11, 15);

        Segmentation segmentation = Segmentation.of("test", x, new int[] {1, 0, 1, 0, 0}, Map.of());

        assertArrayEquals(new double[] {12}, segmentation.centroid(0), 1e-12);
        assertArrayEquals(new double[] {1}, segmentation.centroid(1), 1e-12);
        assertEquals(16.0, segmentation.wcss(), 1e-12);
    }

    @Test
    void wcssIsMeasuredInTheScaledSpaceAndCentroidsInOriginalUnits() {
        // Min-max scaling of 0, 2, 10 gives 0, 0.2, 1. Segment {0, 2}: scaled mean 0.1, squares 0.01 + 0.01.
        FeatureMatrix x = line(Scaling.MIN_MAX, 0, 2, 10);

        Segmentation segmentation = Segmentation.of("test", x, new int[] {0, 0, 1}, Map.of());

        assertEquals(0.02, segmentation.wcss(), 1e-12);
        assertArrayEquals(new double[] {1}, segmentation.centroid(0), 1e-12);
        assertArrayEquals(new double[] {0.1}, segmentation.scaledCentroids()[0], 1e-12);
    }

    @Test
    void labelsAreCopiedSoCallersCannotChangeTheResult() {
        Segmentation segmentation = Segmentation.of("test", line(Scaling.NONE, 1, 2, 9), new int[] {0, 0, 1}, Map.of());

        segmentation.labels()[0] = 1;
        segmentation.sizes()[0] = 99;

        assertArrayEquals(new int[] {0, 0, 1}, segmentation.labels());
        assertArrayEquals(new int[] {2, 1}, segmentation.sizes());
    }

    @Test
    void labelsMustMatchTheRowsAndBeNonNegative() {
        FeatureMatrix x = line(Scaling.NONE, 1, 2, 3);

        assertThrows(IllegalArgumentException.class, () -> Segmentation.of("t", x, new int[] {0, 1}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Segmentation.of("t", x, new int[] {0, -1, 0}, Map.of()));
    }

    @Test
    void requireRowsOfAcceptsTheTableTheFeaturesCameFromAndNamesAnyOther() {
        Table customers = Table.create("customers", DoubleColumn.create("x", 1, 2, 3));
        Segmentation segmentation = Segmentation.of("t", FeatureMatrix.of(customers, "x"), new int[] {0, 0, 1},
                Map.of());

        segmentation.requireRowsOf(customers);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> segmentation.requireRowsOf(Table.create("other", DoubleColumn.create("x", 1, 2))));
        assertEquals("table 'other' has 2 rows but the segmentation has 3; pass the table the features were built"
                + " from.", e.getMessage());
    }
}
