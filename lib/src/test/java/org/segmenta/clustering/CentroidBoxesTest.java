package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Bounding boxes of runs of centroids, on points worked out by hand. Four centroids in two runs of two: run 0 = (0, 0),
 * (1, 1); run 1 = (3, 0) and a merged-away one (NaN).
 */
class CentroidBoxesTest {

    private static final double[][] POINTS = {{0, 0}, {1, 1}, {3, 0}, {Double.NaN, Double.NaN}};

    /** @return the points laid out as ActiveCentroids keeps them */
    private static double[] coordinates(double[][] points) {
        double[] coordinates = new double[ActiveCentroids.BOX * 2];
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < 2; j++) {
                coordinates[ActiveCentroids.index(i, j, 2)] = points[i][j];
            }
        }
        return coordinates;
    }

    private static CentroidBoxes boxes(double... sizes) {
        CentroidBoxes boxes = new CentroidBoxes(coordinates(POINTS), 4, 2, 2);
        boxes.recompute(sizes, 4);
        return boxes;
    }

    @Test
    void aBoxIsOutOfReachWhenItsDistanceAloneExceedsTheBest() {
        // From (3, 0) to the box [0, 1] × [0, 1]: gap (2, 0), squared distance 4; factor 2·1·1/2 = 1.
        CentroidBoxes boxes = boxes(1, 1, 1, 1);

        assertTrue(boxes.outOfReach(2, 0, 1, 3.99));
        assertFalse(boxes.outOfReach(2, 0, 1, 4));
    }

    @Test
    void theBoxsSmallestSizeRaisesTheBound() {
        // Sizes 3 and 5 in run 0: factor 2·1·3/(1 + 3) = 1.5 for a single customer, so the bound is 6.
        CentroidBoxes boxes = boxes(3, 5, 1, 1);

        assertTrue(boxes.outOfReach(2, 0, 1, 5.99));
        assertFalse(boxes.outOfReach(2, 0, 1, 6));
    }

    @Test
    void aCentroidInsideTheBoxIsNeverOutOfReach() {
        CentroidBoxes boxes = boxes(1, 1, 1, 1);

        assertFalse(boxes.outOfReach(0, 0, 1, 0));
    }

    @Test
    void aMovedCentroidWidensItsBox() {
        // The centroid at position 1 moves to (1, 4): from (3, 0) the box [0, 1] × [0, 4] is still 2 away.
        double[] coordinates = coordinates(POINTS);
        CentroidBoxes boxes = new CentroidBoxes(coordinates, 4, 2, 2);
        boxes.recompute(new double[] {1, 1, 1, 1}, 4);
        coordinates[ActiveCentroids.index(1, 1, 2)] = 4;

        boxes.include(1);

        assertFalse(boxes.outOfReach(2, 0, 1, 4));
        // From a point at (0.5, 3.5), inside the widened box, nothing is out of reach.
        coordinates[ActiveCentroids.index(2, 0, 2)] = 0.5;
        coordinates[ActiveCentroids.index(2, 1, 2)] = 3.5;
        assertFalse(boxes.outOfReach(2, 0, 1, 0));
    }

    @Test
    void aRunWithOnlyMergedAwayClustersIsAlwaysOutOfReach() {
        // Run 1 without (3, 0): only the NaN centroid is left.
        double[] coordinates = coordinates(POINTS);
        coordinates[ActiveCentroids.index(2, 0, 2)] = Double.NaN;
        coordinates[ActiveCentroids.index(2, 1, 2)] = Double.NaN;
        CentroidBoxes boxes = new CentroidBoxes(coordinates, 4, 2, 2);
        boxes.recompute(new double[] {1, 1, 1, 1}, 4);

        assertTrue(boxes.outOfReach(0, 1, 1, 1e300));
    }
}
