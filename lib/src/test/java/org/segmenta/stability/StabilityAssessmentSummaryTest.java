package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityAssessmentSummaryTest {

    private static StabilityAssessment of(SegmentStability... segments) {
        return new StabilityAssessment(null, "k-means", segments[0].samples(), 1, List.of(segments));
    }

    @Test
    void allHighlyStableSegmentsAreTrusted() {
        StabilityAssessment stability = of(new SegmentStability(0, 10, new double[] {1, 0.9}),
                new SegmentStability(1, 12, new double[] {0.95, 0.95}));

        assertEquals("Over 2 bootstrap resamples (verdicts after Hennig 2007): segments 1 and 2 are highly stable. "
                + "Both segments can be trusted.", stability.summary());
    }

    @Test
    void segmentsAreGroupedByVerdictWithTheirDissolutions() {
        // Ten resamples each. Segment 1: all 1.0 (highly stable). Segment 2: one 0.4, nine 1.0, mean 0.94, dissolved
        // once (stable). Segment 3: eight 1.0 and two 0.3, mean 0.86, dissolved twice in ten (doubtful). Segment 4:
        // all 0.55, mean 0.55 (unstable), never dissolved.
        StabilityAssessment stability = of(
                new SegmentStability(0, 40, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}),
                new SegmentStability(1, 30, new double[] {0.4, 1, 1, 1, 1, 1, 1, 1, 1, 1}),
                new SegmentStability(2, 20, new double[] {1, 1, 1, 1, 0.3, 1, 1, 1, 0.3, 1}),
                new SegmentStability(3, 10, new double[] {0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55,
                        0.55}));

        assertEquals("Over 10 bootstrap resamples (verdicts after Hennig 2007): segment 1 is highly stable; segment 2"
                + " is stable (dissolved in 1 of 10); segment 3 is doubtful (dissolved in 2 of 10); segment 4 is unstable"
                + " (dissolved in 0 of 10). 2 of 4 segments can be trusted; do not use the others to target individual"
                + " customers.", stability.summary());
    }

    @Test
    void noTrustedSegmentMeansWeakStructure() {
        StabilityAssessment stability = of(new SegmentStability(0, 10, new double[] {0.3, 0.7}),
                new SegmentStability(1, 12, new double[] {0.2, 0.9}),
                new SegmentStability(2, 8, new double[] {0.6, 0.65}));

        assertEquals("Over 2 bootstrap resamples (verdicts after Hennig 2007): segment 3 is doubtful (dissolved in 0 of"
                + " 2); segments 1 and 2 are unstable (dissolved in 1 and 1 of 2). None of the 3 segments"
                + " can be trusted: the structure is weak at this k; use them to describe tendencies, not to target"
                + " individual customers.", stability.summary());
    }
}
