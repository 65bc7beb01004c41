package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The k-d tree leaf order that groups near centroids into runs. */
class SpatialOrderTest {

    @Test
    void isAPermutationOfTheRows() {
        Random random = new Random(1);
        double[][] x = new double[1000][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        }

        int[] order = SpatialOrder.of(x, 16);

        int[] sorted = order.clone();
        Arrays.sort(sorted);
        int[] rows = new int[x.length];
        Arrays.setAll(rows, i -> i);
        assertArrayEquals(rows, sorted);
    }

    @Test
    void onALineEachRunHoldsAnIntervalInIncreasingOrderOfRuns() {
        // 0 .. 999 shuffled, runs of 16: run k holds exactly the values 16k .. 16k + 15 (median splits on a line).
        List<Integer> values = new ArrayList<>();
        for (int v = 0; v < 1000; v++) {
            values.add(v);
        }
        Collections.shuffle(values, new Random(2));
        double[][] x = values.stream().map(v -> new double[] {v}).toArray(double[][]::new);

        int[] order = SpatialOrder.of(x, 16);

        for (int position = 0; position < order.length; position++) {
            assertEquals(position / 16, (int) x[order[position]][0] / 16, "position " + position);
        }
    }

    @Test
    void onAGridEachRunIsAFourByFourSquare() {
        // A 64 × 64 grid (shuffled), runs of 16: eight median splits, alternating between the two equally wide axes,
        // cut it into 256 squares of 4 × 4 points.
        List<double[]> points = new ArrayList<>();
        for (int a = 0; a < 64; a++) {
            for (int b = 0; b < 64; b++) {
                points.add(new double[] {a, b});
            }
        }
        Collections.shuffle(points, new Random(3));
        double[][] x = points.toArray(double[][]::new);

        int[] order = SpatialOrder.of(x, 16);

        for (int run = 0; run < 256; run++) {
            double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int position = 16 * run; position < 16 * run + 16; position++) {
                for (int j = 0; j < 2; j++) {
                    min[j] = Math.min(min[j], x[order[position]][j]);
                    max[j] = Math.max(max[j], x[order[position]][j]);
                }
            }
            assertTrue(max[0] - min[0] == 3 && max[1] - min[1] == 3,
                    "run " + run + " spans " + Arrays.toString(min) + " to " + Arrays.toString(max));
        }
    }
}
