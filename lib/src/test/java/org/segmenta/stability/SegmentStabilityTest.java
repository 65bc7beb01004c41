package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentStabilityTest {

    // Five resamples: mean (0.5 + 0.75 + 0.76 + 0.2 + 1.0) / 5 = 3.21 / 5 = 0.642.
    private static final double[] JACCARDS = {0.5, 0.75, 0.76, 0.2, 1.0};

    @Test
    void meanJaccardIsTheAverageOverResamples() {
        assertEquals(0.642, new SegmentStability(2, 35, JACCARDS).meanJaccard(), 1e-15);
    }

    @Test
    void dissolvedCountsResamplesAtOrBelowHalf() {
        // 0.5 and 0.2 (clusterboot's bootbrd: Jaccard <= dissolution = 0.5)
        assertEquals(2, new SegmentStability(2, 35, JACCARDS).dissolved());
    }

    @Test
    void recoveredCountsResamplesAboveThreeQuarters() {
        // 0.76 and 1.0, not 0.75 (clusterboot's bootrecover: Jaccard > recover = 0.75)
        assertEquals(2, new SegmentStability(2, 35, JACCARDS).recovered());
    }

    @Test
    void readingStatesSegmentSizeVerdictAndCountsInWords() {
        // Mean 0.642 reads doubtful; 2 dissolutions in 5 resamples (40 %, under half) keep it doubtful.
        String reading = new SegmentStability(2, 35, JACCARDS).reading();

        assertEquals("Segment 3 (35 customers) is doubtful: mean Jaccard 0.64 over 5 resamples, dissolved (Jaccard ≤ 0.5)"
                + " in 2 and recovered (Jaccard > 0.75) in 2. " + StabilityVerdict.DOUBTFUL.advice(), reading);
    }

    @Test
    void aHighMeanWithDissolutionsReadsLoweredAndSaysWhy() {
        // Eight resamples at 1.0 and two at 0.3: mean 8.6 / 10 = 0.86 (highly stable by the mean), dissolved in 2 of 10.
        SegmentStability stability = new SegmentStability(0, 120,
                new double[] {1, 1, 1, 1, 0.3, 1, 1, 1, 0.3, 1});

        assertEquals(StabilityVerdict.DOUBTFUL, stability.verdict());
        assertTrue(stability.reading().contains("The mean alone would read highly stable, but a segment that dissolves"
                + " in 2 of 10 resamples is at best doubtful."), stability.reading());
    }

    @Test
    void aLowMeanReadsUnstable() {
        String reading = new SegmentStability(0, 10, new double[] {0.3, 0.4}).reading();

        assertTrue(reading.startsWith("Segment 1 (10 customers) is unstable: mean Jaccard 0.35"), reading);
        assertTrue(reading.endsWith(StabilityVerdict.UNSTABLE.advice()), reading);
    }

    @Test
    void jaccardsAreCopiedInAndOut() {
        double[] values = JACCARDS.clone();
        SegmentStability stability = new SegmentStability(0, 5, values);

        values[0] = 0.0;
        stability.jaccards()[1] = 0.0;

        assertArrayEquals(JACCARDS, stability.jaccards());
    }
}
