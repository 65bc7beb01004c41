package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistanceTileTest {

    private static DistanceTile tileOf(RowMajorPoints points, int k, int... rows) {
        DistanceTile tile = new DistanceTile(points.columns(), k);
        for (int row : rows) {
            tile.add(row);
        }
        return tile;
    }

    @Test
    void distancesEqualThePlainLoopBitForBit() {
        distancesEqualThePlainLoopBitForBit(7);
    }

    @Test
    void distancesEqualThePlainLoopBitForBitForEveryWidthUpToThirteen() {
        // Coordinates are summed four at a time plus a remainder: every remainder, and several blocks of four.
        for (int p = 1; p <= 13; p++) {
            distancesEqualThePlainLoopBitForBit(p);
        }
    }

    private static void distancesEqualThePlainLoopBitForBit(int p) {
        SplittableRandom random = new SplittableRandom(3 + p);
        int n = 600;
        int k = 5;
        double[] values = random.doubles((long) n * p, -1e3, 1e3).toArray();
        double[] centres = random.doubles((long) k * p, -1e3, 1e3).toArray();
        RowMajorPoints points = new RowMajorPoints(values, n, p);
        DistanceTile tile = new DistanceTile(p, k);

        for (int start = 0; start < n; start += DistanceTile.SIZE) {
            tile.clear();
            for (int i = start; i < Math.min(n, start + DistanceTile.SIZE); i++) {
                tile.add((i * 7) % n);
            }
            tile.compute(points, centres, k);
            for (int r = 0; r < tile.count(); r++) {
                for (int s = 0; s < k; s++) {
                    double expected = points.squaredDistance(tile.row(r), centres, s);
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(tile.distance(s, r)),
                            "p = " + p + ", row " + tile.row(r) + ", centre " + s);
                }
            }
        }
    }

    @Test
    void aTieGoesToTheLowestCentreAndIsAlsoTheSecondDistance() {
        // The origin is at squared distance 1 from (1, 0) and (−1, 0), 4 from (0, 2).
        RowMajorPoints points = new RowMajorPoints(new double[] {0, 0}, 1, 2);
        double[] centres = {0, 2, 1, 0, -1, 0};
        DistanceTile tile = tileOf(points, 3, 0);

        tile.compute(points, centres, 3);
        tile.findNearest(3);

        assertEquals(1, tile.nearest(0));
        assertEquals(1.0, tile.nearestDistance(0));
        assertEquals(1.0, tile.secondDistance(0));
    }

    @Test
    void nearestAndSecondNearestWorkedOutByHand() {
        // Points 0, 3 and 10 on a line, centres 1, 4, 9: squared distances 1, 16, 81 / 4, 1, 36 / 81, 36, 1.
        RowMajorPoints points = new RowMajorPoints(new double[] {0, 3, 10}, 3, 1);
        double[] centres = {1, 4, 9};
        DistanceTile tile = tileOf(points, 3, 0, 1, 2);

        tile.compute(points, centres, 3);
        tile.findNearest(3);

        assertEquals(0, tile.nearest(0));
        assertEquals(1, tile.nearest(1));
        assertEquals(2, tile.nearest(2));
        assertEquals(16.0, tile.secondDistance(0));
        assertEquals(4.0, tile.secondDistance(1));
        assertEquals(6.0, tile.secondRoot(2));
        assertEquals(1.0, tile.nearestRoot(2));
    }

    @Test
    void withOneCentreThereIsNoSecondDistance() {
        RowMajorPoints points = new RowMajorPoints(new double[] {0, 3}, 2, 1);
        DistanceTile tile = tileOf(points, 1, 0, 1);

        tile.compute(points, new double[] {1}, 1);
        tile.findNearest(1);

        assertEquals(0, tile.nearest(1));
        assertEquals(4.0, tile.nearestDistance(1));
        assertEquals(Double.POSITIVE_INFINITY, tile.secondDistance(1));
    }

    @Test
    void nearestAndSecondEqualAPlainScanOnDataFullOfTiesForEveryKUpToNine() {
        // Integer coordinates and integer centres: many points are exactly as far from two centres.
        SplittableRandom random = new SplittableRandom(8);
        int n = 700;
        int p = 2;
        double[] values = new double[n * p];
        for (int q = 0; q < values.length; q++) {
            values[q] = random.nextInt(7);
        }
        RowMajorPoints points = new RowMajorPoints(values, n, p);
        for (int k = 1; k <= 9; k++) {
            double[] centres = new double[k * p];
            for (int q = 0; q < centres.length; q++) {
                centres[q] = random.nextInt(7);
            }
            DistanceTile tile = new DistanceTile(p, k);
            for (int start = 0; start < n; start += DistanceTile.SIZE) {
                tile.clear();
                for (int i = start; i < Math.min(n, start + DistanceTile.SIZE); i++) {
                    tile.add(i);
                }
                tile.compute(points, centres, k);
                tile.findNearest(k);
                for (int r = 0; r < tile.count(); r++) {
                    int nearest = 0;
                    double best = Double.POSITIVE_INFINITY;
                    double second = Double.POSITIVE_INFINITY;
                    for (int s = 0; s < k; s++) {
                        double d = points.squaredDistance(tile.row(r), centres, s);
                        if (d < best) {
                            second = best;
                            best = d;
                            nearest = s;
                        } else if (d < second) {
                            second = d;
                        }
                    }
                    String where = "k = " + k + ", row " + tile.row(r);
                    assertEquals(nearest, tile.nearest(r), where);
                    assertEquals(best, tile.nearestDistance(r), where);
                    assertEquals(second, tile.secondDistance(r), where);
                }
            }
        }
    }
}
