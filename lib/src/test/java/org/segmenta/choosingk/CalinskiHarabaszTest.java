package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.testing.Points;

class CalinskiHarabaszTest {

    @Test
    void fivePointsMatchTheHandComputation() {
        // Segments {0, 2, 3} (mean 5/3) and {9, 10} (mean 19/2); overall mean 24/5.
        // W = 25/9 + 1/9 + 16/9 + 1/4 + 1/4 = 31/6;  B = 3 (5/3 − 24/5)² + 2 (19/2 − 24/5)² = 2209/30
        // CH = (B / (k − 1)) / (W / (n − k)) = (2209/30) / (31/18) = 39762/930
        // (sklearn.metrics.calinski_harabasz_score gives 42.754838709677415)
        Segmentation segments = Points.segmented(Points.line(0, 2, 3, 9, 10), 0, 0, 0, 1, 1);

        assertEquals(39762.0 / 930, CalinskiHarabasz.score(segments), 1e-12);
    }

    @Test
    void theSummariesOfTheFivePointsGiveTheHandComputation() {
        // The same five points as above, given only as their summaries: n = 5, sizes 3 and 2, centroids 5/3 and
        // 19/2, overall mean 24/5, W = 31/6; CH = 39762/930 by the hand computation above.
        double ch = CalinskiHarabasz.score(5, new long[] {3, 2}, new double[][] {{5.0 / 3}, {19.0 / 2}},
                new double[] {24.0 / 5}, 31.0 / 6);

        assertEquals(39762.0 / 930, ch, 1e-12);
    }

    @Test
    void summariesWithoutSpreadScoreOneAsInScikitLearn() {
        // [[0], [0], [5], [5]] in two segments: W = 0
        assertEquals(1.0, CalinskiHarabasz.score(4, new long[] {2, 2}, new double[][] {{0}, {5}},
                new double[] {2.5}, 0.0));
    }

    @Test
    void summariesOfAsManySegmentsAsCustomersAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CalinskiHarabasz.score(2, new long[] {1, 1}, new double[][] {{0}, {1}}, new double[] {0.5}, 0));

        assertTrue(error.getMessage().contains("n − 1 = 1"), error.getMessage());
    }

    @Test
    void mallIncomeAndScoreWithFiveSegmentsMatchesScikitLearn() {
        // scikit-learn 1.2.1: calinski_harabasz_score(X, labels), X and labels as in MallReference
        assertEquals(247.35899338037282, CalinskiHarabasz.score(MallReference.incomeScoreK5()), 1e-9);
    }

    @Test
    void standardisedMallFeaturesWithSixSegmentsMatchScikitLearn() {
        // scikit-learn 1.2.1: calinski_harabasz_score(Z, labels), Z and labels as in MallReference
        assertEquals(135.10210365783416, CalinskiHarabasz.score(MallReference.standardAgeIncomeScoreK6()), 1e-9);
    }

    @Test
    void segmentsWithoutSpreadScoreOneAsInScikitLearn() {
        // sklearn.metrics.calinski_harabasz_score([[0], [0], [5], [5]], [0, 0, 1, 1]) == 1.0
        Segmentation segments = Points.segmented(Points.line(0, 0, 5, 5), 0, 0, 1, 1);

        assertEquals(1.0, CalinskiHarabasz.score(segments));
    }

    @Test
    void oneSegmentIsRefused() {
        Segmentation one = Points.segmented(Points.line(0, 1, 2), 0, 0, 0);

        assertThrows(IllegalArgumentException.class, () -> CalinskiHarabasz.score(one));
    }
}
