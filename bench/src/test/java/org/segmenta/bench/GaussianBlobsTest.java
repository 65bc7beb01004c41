package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GaussianBlobsTest {

    @Test
    void theSameSeedGivesTheSameNumbers() {
        assertArrayEquals(new GaussianBlobs(100, 3, 4, 3, 1, 7).generate(),
                new GaussianBlobs(100, 3, 4, 3, 1, 7).generate());
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        assertFalse(Arrays.deepEquals(new GaussianBlobs(100, 3, 4, 3, 1, 7).generate(),
                new GaussianBlobs(100, 3, 4, 3, 1, 8).generate()));
    }

    @Test
    void hasTheAskedShape() {
        double[][] x = new GaussianBlobs(50, 4, 2, 3, 1, 1).generate();
        assertEquals(50, x.length);
        assertEquals(4, x[0].length);
    }

    @Test
    void oneBlobHasTheNoiseAsStandardDeviationAroundItsCentre() {
        // One centre: every coordinate is centre + N(0, 2²). With 40,000 rows the sample sd is within 1 % of 2
        // (its standard error is 2 / sqrt(2 · 40,000) ≈ 0.007), and the sample mean lies in the box.
        double[][] x = new GaussianBlobs(40_000, 1, 1, 5, 2, 3).generate();
        double mean = Arrays.stream(x).mapToDouble(r -> r[0]).average().orElseThrow();
        double variance = Arrays.stream(x).mapToDouble(r -> (r[0] - mean) * (r[0] - mean)).sum() / (x.length - 1);
        assertEquals(2.0, Math.sqrt(variance), 0.02);
        assertTrue(Math.abs(mean) <= 5.05, "mean " + mean);
    }

    @Test
    void rejectsZeroRows() {
        assertThrows(IllegalArgumentException.class, () -> new GaussianBlobs(0, 2, 2, 1, 1, 1));
    }
}
