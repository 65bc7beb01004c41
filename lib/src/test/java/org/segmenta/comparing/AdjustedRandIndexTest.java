package org.segmenta.comparing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Reference values: worked by hand, the examples printed in R mclust's {@code adjustedRandIndex} documentation, and
 * scikit-learn 1.2.1 (Debian python3-sklearn, numpy 1.24.2), each with the Python that produced it after
 * {@code import numpy as np; from sklearn.metrics import adjusted_rand_score}.
 */
class AdjustedRandIndexTest {

    @Test
    void smallExampleWorkedOutByHand() {
        // A = {0,1,2 | 3,4,5}, B = {0,1 | 2,3 | 4,5}; n = 6, C(6,2) = 15 pairs.
        // index = C(2)+C(1)+C(1)+C(2) = 1+0+0+1 = 2; rows: C(3)+C(3) = 6; columns: 3·C(2) = 3.
        // expected = 6·3/15 = 1.2; maximum = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3 = 8/33.
        double ari = AdjustedRandIndex.between(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2});

        assertEquals(8.0 / 33.0, ari, 1e-15);
        // adjusted_rand_score([0,0,0,1,1,1], [0,0,1,1,2,2]) -> 0.24242424242424243
        assertEquals(0.24242424242424243, ari, 1e-15);
    }

    @Test
    void matchesTheExamplesPublishedWithRsMclust() {
        // mclust::adjustedRandIndex help page: a = 3 2 3 3 2 3 1 2 2, b = A A B A B C C B B -> 0.08695652
        // (also adjusted_rand_score([3,2,3,3,2,3,1,2,2], list('AABABCCBB')) -> 0.08695652173913043)
        assertEquals(0.08695652173913043,
                AdjustedRandIndex.between(new int[] {3, 2, 3, 3, 2, 3, 1, 2, 2}, new int[] {0, 0, 1, 0, 1, 2, 2, 1, 1}),
                1e-14);
        // a = rep(1:3, 4), b = rep(c("A","B","C","D"), 3) -> -0.2790698
        // (adjusted_rand_score([1,2,3]*4, list('ABCD')*3) -> -0.27906976744186046)
        assertEquals(-0.27906976744186046,
                AdjustedRandIndex.between(new int[] {1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3},
                        new int[] {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3}),
                1e-14);
    }

    @Test
    void matchesScikitLearnOnRandomLabelPairs() {
        // rs = np.random.RandomState(0); a = rs.randint(0, 3, 30); b = rs.randint(0, 4, 30)
        // adjusted_rand_score(a, b) -> -0.02951256417883424
        int[] a = {0, 1, 0, 1, 1, 2, 0, 2, 0, 0, 0, 2, 1, 2, 2, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 2, 0, 2, 0, 1};
        int[] b = {3, 1, 3, 3, 2, 3, 0, 1, 1, 1, 3, 0, 3, 2, 0, 3, 3, 2, 3, 2, 3, 0, 2, 0, 0, 0, 1, 1, 2, 0};
        assertEquals(-0.02951256417883424, AdjustedRandIndex.between(a, b), 1e-14);
    }

    @Test
    void matchesScikitLearnOnANoisyCopy() {
        // rs = np.random.RandomState(1); a = rs.randint(0, 5, 40); b = a.copy(); flip = rs.rand(40) < 0.25
        // b[flip] = rs.randint(0, 5, flip.sum()); adjusted_rand_score(a, b) -> 0.44091522374634584
        int[] a = {3, 4, 0, 1, 3, 0, 0, 1, 4, 4, 1, 2, 4, 2, 4, 3, 4, 2, 4, 2, 4, 1, 1, 0, 1, 1, 1, 1, 0, 4, 1, 0, 0,
            3, 2, 1, 0, 3, 1, 1};
        int[] b = {4, 4, 4, 1, 3, 1, 0, 1, 4, 4, 0, 4, 4, 2, 4, 0, 4, 2, 4, 2, 4, 1, 1, 0, 1, 1, 4, 1, 0, 4, 1, 0, 1,
            1, 2, 0, 0, 3, 1, 1};
        assertEquals(0.44091522374634584, AdjustedRandIndex.between(a, b), 1e-14);
    }

    @Test
    void agreementWorseThanChanceIsNegative() {
        // adjusted_rand_score([0, 0, 1, 1], [0, 1, 0, 1]) -> -0.5
        assertEquals(-0.5, AdjustedRandIndex.between(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-15);
    }

    @Test
    void identicalPartitionsScoreOneWhateverTheSegmentNumbers() {
        assertEquals(1.0, AdjustedRandIndex.between(new int[] {0, 0, 1, 1, 2, 2}, new int[] {1, 1, 2, 2, 0, 0}));
    }

    @Test
    void bothEveryoneInOneSegmentScoresOneAsInScikitLearn() {
        // adjusted_rand_score([0,0,0,0], [0,0,0,0]) -> 1.0 (the formula itself would be 0/0)
        assertEquals(1.0, AdjustedRandIndex.between(new int[] {0, 0, 0, 0}, new int[] {0, 0, 0, 0}));
    }

    @Test
    void bothEveryCustomerAloneScoresOneAsInScikitLearn() {
        // adjusted_rand_score([0,1,2,3], [0,1,2,3]) -> 1.0
        assertEquals(1.0, AdjustedRandIndex.between(new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3}));
    }

    @Test
    void everyoneAloneAgainstEveryoneTogetherScoresZero() {
        // adjusted_rand_score([0,1,2,3], [0,0,0,0]) -> 0.0
        assertEquals(0.0, AdjustedRandIndex.between(new int[] {0, 1, 2, 3}, new int[] {0, 0, 0, 0}), 1e-15);
    }

    @Test
    void isSymmetric() {
        int[] a = {0, 0, 1, 2, 2, 2, 1};
        int[] b = {1, 0, 0, 2, 2, 1, 1};

        assertEquals(AdjustedRandIndex.between(a, b), AdjustedRandIndex.between(b, a), 1e-15);
    }

    @Test
    void comparesSegmentationsByTheirLabels() {
        FeatureMatrix x = FeatureMatrix.of(Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 5, 6)), "x");
        Segmentation first = Segmentation.of("one", x, new int[] {0, 0, 0, 1, 1, 1}, Map.of());
        Segmentation second = Segmentation.of("other", x, new int[] {0, 0, 1, 1, 2, 2}, Map.of());

        assertEquals(8.0 / 33.0, AdjustedRandIndex.between(first, second), 1e-15);
    }

    @Test
    void labelArraysOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> AdjustedRandIndex.between(new int[] {0, 1}, new int[] {0, 1, 1}));
    }
}
