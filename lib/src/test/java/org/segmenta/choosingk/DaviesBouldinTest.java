package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.testing.Points;

class DaviesBouldinTest {

    @Test
    void fivePointsMatchTheHandComputation() {
        // Segments {0, 2, 3} (centroid 5/3) and {9, 10} (centroid 19/2):
        // S_1 = (5/3 + 1/3 + 4/3) / 3 = 10/9,  S_2 = 1/2,  M_12 = 19/2 − 5/3 = 47/6
        // R_12 = (10/9 + 1/2) / (47/6) = 29/141 = DB, the same worst ratio for both segments
        // (sklearn.metrics.davies_bouldin_score gives 0.20567375886524825)
        Segmentation segments = Points.segmented(Points.line(0, 2, 3, 9, 10), 0, 0, 0, 1, 1);

        assertEquals(29.0 / 141, DaviesBouldin.score(segments), 1e-15);
    }

    @Test
    void eachSegmentTakesItsWorstRatio() {
        // Three segments on a line: {0, 2} (c=1, S=1), {10, 12} (c=11, S=1), {100, 104} (c=102, S=2).
        // Worst ratios: segment 1: max(2/10, 3/101) = 0.2; segment 2: max(2/10, 3/91) = 0.2; segment 3:
        // max(3/101, 3/91) = 3/91.  DB = (0.2 + 0.2 + 3/91) / 3
        Segmentation segments = Points.segmented(Points.line(0, 2, 10, 12, 100, 104), 0, 0, 1, 1, 2, 2);

        assertEquals((0.4 + 3.0 / 91) / 3, DaviesBouldin.score(segments), 1e-15);
    }

    @Test
    void theSpreadsAndCentroidsOfTheThreeSegmentsGiveTheHandComputation() {
        // The three segments above given only as spreads S = 1, 1, 2 and centroids 1, 11, 102 (n = 6).
        double db = DaviesBouldin.score(6, new double[] {1, 1, 2}, new double[][] {{1}, {11}, {102}});

        assertEquals((0.4 + 3.0 / 91) / 3, db, 1e-15);
    }

    @Test
    void spreadsAllZeroScoreZeroAsInScikitLearn() {
        assertEquals(0.0, DaviesBouldin.score(4, new double[] {0, 0}, new double[][] {{0}, {5}}));
    }

    @Test
    void spreadsThatDoNotMatchTheCentroidsAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DaviesBouldin.score(6, new double[] {1, 1}, new double[][] {{1}, {11}, {102}}));

        assertTrue(error.getMessage().contains("2 spreads for 3 centroids"), error.getMessage());
    }

    @Test
    void mallIncomeAndScoreWithFiveSegmentsMatchesScikitLearn() {
        // scikit-learn 1.2.1: davies_bouldin_score(X, labels), X and labels as in MallReference
        assertEquals(0.5725628995597083, DaviesBouldin.score(MallReference.incomeScoreK5()), 1e-12);
    }

    @Test
    void standardisedMallFeaturesWithSixSegmentsMatchScikitLearn() {
        // scikit-learn 1.2.1: davies_bouldin_score(Z, labels), Z and labels as in MallReference
        assertEquals(0.8253539040983218, DaviesBouldin.score(MallReference.standardAgeIncomeScoreK6()), 1e-12);
    }

    @Test
    void segmentsWithoutSpreadScoreZeroAsInScikitLearn() {
        // sklearn.metrics.davies_bouldin_score([[0], [0], [5], [5]], [0, 0, 1, 1]) == 0.0
        Segmentation segments = Points.segmented(Points.line(0, 0, 5, 5), 0, 0, 1, 1);

        assertEquals(0.0, DaviesBouldin.score(segments));
    }

    @Test
    void asManySegmentsAsCustomersIsRefused() {
        Segmentation singletons = Points.segmented(Points.line(0, 1, 2), 0, 1, 2);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DaviesBouldin.score(singletons));

        assertTrue(error.getMessage().contains("fewer segments"), error.getMessage());
    }
}
