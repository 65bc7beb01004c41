package org.segmenta.choosingk;

import org.segmenta.clustering.Segmentation;

/** The check every internal validity index shares: it is defined only for 2 ≤ k ≤ n − 1 segments. */
final class SegmentCount {

    private SegmentCount() {
    }

    /**
     * @param segmentation the segments an index is asked to score
     * @param index the index's name, for the message
     * @throws IllegalArgumentException if there are fewer than 2 segments, or as many segments as customers
     */
    static void requireScorable(Segmentation segmentation, String index) {
        requireScorable(segmentation.k(), segmentation.features().rows(), index);
    }

    /**
     * @param k the number of segments
     * @param n the number of customers scored
     * @param index the index's name, for the message
     * @throws IllegalArgumentException unless 2 ≤ k ≤ n − 1
     */
    static void requireScorable(int k, long n, String index) {
        if (k < 2 || k > n - 1) {
            throw new IllegalArgumentException(index + " needs 2 to n − 1 = " + (n - 1) + " segments, got k = " + k
                    + " for " + n + " customers. "
                    + (k < 2 ? "One segment has no other segment to be compared with; score k ≥ 2."
                            : "Every customer alone in a segment has nothing to be compared with; use fewer segments."));
        }
    }
}
