package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The active clusters of Ward's centroid chain, on points worked out by hand. Ward's squared dissimilarity is
 * {@code 2·|A||B|/(|A|+|B|)·‖c_A − c_B‖²}; two single customers: their squared distance.
 */
class ActiveCentroidsTest {

    private static ActiveCentroids line(double... values) {
        double[][] x = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            x[i] = new double[] {values[i]};
        }
        return new ActiveCentroids(x);
    }

    @Test
    void nearestOfTwoEquallyNearClustersIsTheLowerSlot() {
        // From 2: both 0 and 4 are at squared distance 4.
        ActiveCentroids clusters = line(0, 2, 4);

        ActiveCentroids.Nearest nearest = clusters.nearest(1, -1);

        assertEquals(0, nearest.slot());
        assertEquals(4.0, nearest.squared());
    }

    @Test
    void nearestOfTwoEquallyNearClustersIsThePreferredOne() {
        ActiveCentroids clusters = line(0, 2, 4);

        assertEquals(2, clusters.nearest(1, 2).slot());
    }

    @Test
    void nearestIsFoundByWardsDissimilarityNotByDistance() {
        // Merging 1 and 2 gives a cluster of 2 at 1.5. From 3: it is 1.5 away, d² = 2·2·1/3·1.5² = 3; customer 4.6 is
        // farther (1.6) but less dissimilar, d² = 2.56.
        ActiveCentroids clusters = line(1, 2, 3, 4.6);
        clusters.merge(0, 1);

        ActiveCentroids.Nearest nearest = clusters.nearest(2, -1);

        assertEquals(3, nearest.slot());
        assertEquals(1.6 * 1.6, nearest.squared(), 1e-12);
        assertEquals(3.0, clusters.squaredDissimilarity(1, 2), 1e-12);
    }

    @Test
    void mergeKeepsTheHigherSlotAtTheSizeWeightedMean() {
        // {0, 1} then {0, 1} ∪ {4}: centroid (2·0.5 + 4)/3 = 5/3, size 3; to 10: 2·3·1/4·(25/3)² = 104.1666…
        ActiveCentroids clusters = line(0, 1, 4, 10);
        clusters.merge(0, 1);
        clusters.merge(1, 2);

        assertEquals(2, clusters.active());
        assertEquals(2, clusters.firstActive());
        assertEquals(1.5 * (25.0 / 3) * (25.0 / 3), clusters.squaredDissimilarity(2, 3), 1e-12);
    }

    @Test
    void aMergedAwayClusterIsNeverNearest() {
        // Customer 0 at 100 is merged into 1 (centroid 50, size 2): from 101 the pair is at d² = 4/3·51² = 3468, the
        // next customer at 199² = 39601. The merged-away 100 would be nearest (1) if it were still searched.
        ActiveCentroids clusters = line(100, 0, 101, 300, 400, 500, 600, 700, 800, 900);
        clusters.merge(0, 1);

        assertEquals(1, clusters.nearest(2, -1).slot());
    }

    @Test
    void compactingTheArraysKeepsEverySlotsCluster() {
        // Three merges among ten clusters squeeze the merged-away ones out (more than an eighth of the arrays).
        ActiveCentroids clusters = line(100, 0, 101, 300, 400, 500, 600, 700, 800, 900);
        clusters.merge(0, 1);
        clusters.merge(3, 4);
        clusters.merge(5, 6);

        assertEquals(7, clusters.active());
        assertEquals(1, clusters.firstActive());
        assertEquals(1, clusters.nearest(2, -1).slot());
        assertEquals(4.0 / 3 * 51 * 51, clusters.squaredDissimilarity(1, 2), 1e-9);
        // Clusters of 2 at 350 and 550: d² = 2·2·2/4·200² = 80000.
        assertEquals(80_000, clusters.squaredDissimilarity(4, 6), 1e-9);
    }

    /** The nearest active slot by brute force over all slots, with the tie rule: preferred first, then lowest slot. */
    private static int bruteForceNearest(ActiveCentroids clusters, boolean[] active, int from, int preferred) {
        int best = preferred;
        double bestValue = preferred < 0 ? Double.POSITIVE_INFINITY : clusters.squaredDissimilarity(from, preferred);
        for (int slot = 0; slot < active.length; slot++) {
            if (active[slot] && slot != from) {
                double value = clusters.squaredDissimilarity(from, slot);
                if (value < bestValue || (value == bestValue && best != preferred && slot < best)) {
                    best = slot;
                    bestValue = value;
                }
            }
        }
        return best;
    }

    @Test
    void pruningBoxesNeverChangeTheNearestEvenAmongTies() {
        // 10,000 customers on an integer grid of side 30, in 1, 2 and 3 dimensions: distances tie everywhere. Searches
        // skip boxes and regions; the answer must still be the brute-force one under the tie rule, between merges and
        // compactions.
        for (int p = 1; p <= 3; p++) {
            Random random = new Random(5);
            double[][] x = new double[10_000][p];
            for (double[] row : x) {
                for (int j = 0; j < p; j++) {
                    row[j] = random.nextInt(30);
                }
            }
            ActiveCentroids clusters = new ActiveCentroids(x);
            boolean[] active = new boolean[x.length];
            java.util.Arrays.fill(active, true);
            for (int round = 0; round < 4_000; round++) {
                int from = clusters.firstActive();
                int preferred = -1;
                if (round % 2 == 1) {
                    do {
                        preferred = random.nextInt(x.length);
                    } while (!active[preferred] || preferred == from);
                }

                ActiveCentroids.Nearest nearest = clusters.nearest(from, preferred);

                assertEquals(bruteForceNearest(clusters, active, from, preferred), nearest.slot(),
                        "p = " + p + ", round " + round);
                int low = Math.min(from, nearest.slot());
                int high = Math.max(from, nearest.slot());
                clusters.merge(low, high);
                active[low] = false;
            }
        }
    }
}
