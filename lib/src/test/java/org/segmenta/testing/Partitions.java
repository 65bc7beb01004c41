package org.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.segmenta.clustering.Segmentation;

/**
 * Comparing two segmentations of the same customers: as partitions, whatever numbers they give the segments, or as
 * fits that must be the same to the bit.
 */
public final class Partitions {

    private Partitions() {
    }

    /**
     * Asserts that two labelings put exactly the same customers together: the labels may differ by a renaming
     * (a one-to-one map between the segment numbers), nothing else.
     */
    public static void assertSamePartition(int[] a, int[] b) {
        assertEquals(a.length, b.length, "the labelings are of different numbers of customers");
        Map<Integer, Integer> aToB = new HashMap<>();
        Map<Integer, Integer> bToA = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            int row = i;
            assertEquals((int) aToB.computeIfAbsent(a[i], label -> b[row]), b[i], "row " + i + " is grouped differently");
            assertEquals((int) bToA.computeIfAbsent(b[i], label -> a[row]), a[i], "row " + i + " is grouped differently");
        }
    }

    /**
     * Asserts that two fits of an iterative algorithm are the same: the same labels (not up to renaming), WCSS to the
     * bit, settings, iterations and convergence.
     */
    public static void assertSameFit(Segmentation expected, Segmentation actual) {
        assertArrayEquals(expected.labels(), actual.labels());
        assertEquals(expected.wcss(), actual.wcss());
        assertEquals(expected.parameters(), actual.parameters());
        assertEquals(expected.iterations(), actual.iterations());
        assertEquals(expected.converged(), actual.converged());
    }
}
