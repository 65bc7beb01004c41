package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.Points;

class SilhouetteTest {

    /** Customers at 0, 2, 3 (Segment 1) and 9, 10 (Segment 2) on one feature. */
    private static final Segmentation FIVE_POINTS = Points.segmented(Points.line(0, 2, 3, 9, 10), 0, 0, 0, 1, 1);

    @Test
    void widthsOfFivePointsMatchTheHandComputation() {
        // By hand, s = (b − a) / max(a, b):
        //   x=0:  a = (2+3)/2 = 5/2,  b = (9+10)/2 = 19/2   → 14/19
        //   x=2:  a = (2+1)/2 = 3/2,  b = (7+8)/2  = 15/2   → 4/5
        //   x=3:  a = (3+1)/2 = 2,    b = (6+7)/2  = 13/2   → 9/13
        //   x=9:  a = 1,              b = (9+7+6)/3 = 22/3  → 19/22
        //   x=10: a = 1,              b = (10+8+7)/3 = 25/3 → 22/25
        double[] expected = {14.0 / 19, 4.0 / 5, 9.0 / 13, 19.0 / 22, 22.0 / 25};

        Silhouette silhouette = Silhouette.of(FIVE_POINTS);

        assertArrayEquals(expected, silhouette.values(), 1e-15);
        assertEquals(Arrays.stream(expected).average().orElseThrow(), silhouette.mean(), 1e-15);
    }

    @Test
    void segmentMeansAverageTheWidthsOfTheirOwnCustomers() {
        Silhouette silhouette = Silhouette.of(FIVE_POINTS);

        assertEquals((14.0 / 19 + 4.0 / 5 + 9.0 / 13) / 3, silhouette.segmentMean(0), 1e-15);
        assertEquals((19.0 / 22 + 22.0 / 25) / 2, silhouette.segmentMean(1), 1e-15);
    }

    @Test
    void aCustomerAloneInItsSegmentScoresZero() {
        // sklearn.metrics.silhouette_samples([[0], [1], [10]], [0, 0, 1]) == [0.9, 0.888..., 0.0]
        Segmentation segments = Points.segmented(Points.line(0, 1, 10), 0, 0, 1);

        assertArrayEquals(new double[] {0.9, 8.0 / 9, 0.0}, Silhouette.of(segments).values(), 1e-15);
    }

    @Test
    void widthsAreSortedLargestFirstWithinASegment() {
        Silhouette silhouette = Silhouette.of(FIVE_POINTS);

        assertArrayEquals(new double[] {4.0 / 5, 14.0 / 19, 9.0 / 13}, silhouette.segmentValuesDescending(0), 1e-15);
    }

    @Test
    void mallIncomeAndScoreWithFiveSegmentsMatchesScikitLearn() {
        // scikit-learn 1.2.1, X and labels as in MallReference, D = scipy.spatial.distance.cdist(X, X):
        //   silhouette_score(D, labels, metric="precomputed")                      (= silhouette_score(X, labels))
        //   s = silhouette_samples(D, labels, metric="precomputed"); [s[labels == c].mean() for c in range(5)]
        //   [s[i] for i in (0, 1, 50, 100, 199)]
        Silhouette silhouette = Silhouette.of(MallReference.incomeScoreK5());

        assertEquals(0.553931997444648, silhouette.mean(), 1e-12);
        assertArrayEquals(new double[] {0.5966512190217801, 0.5091706489322517, 0.5039873487056818,
            0.5122676140736505, 0.5990128687006722}, silhouette.segmentMeans(), 1e-12);
        double[] values = silhouette.values();
        assertArrayEquals(new double[] {0.4170049304188163, 0.6963775154770111, 0.5203998043359949,
            0.6328395434643985, 0.3662088620083227},
                new double[] {values[0], values[1], values[50], values[100], values[199]}, 1e-12);
    }

    @Test
    void standardisedMallFeaturesWithSixSegmentsMatchScikitLearn() {
        // As above on Z = StandardScaler().fit_transform(age, income, score) with the k = 6 labels of MallReference.
        Silhouette silhouette = Silhouette.of(MallReference.standardAgeIncomeScoreK6());

        assertEquals(0.42841677628925934, silhouette.mean(), 1e-12);
        assertArrayEquals(new double[] {0.4909014900240215, 0.3873238641029963, 0.5051947108335243,
            0.33130682909165693, 0.5075442327635528, 0.2941867176504859}, silhouette.segmentMeans(), 1e-12);
        assertEquals(0.056427554641780515, silhouette.values()[0], 1e-12);
    }

    @Test
    void exactSilhouetteScoresEveryCustomerAndSaysSo() {
        Silhouette silhouette = Silhouette.of(MallReference.incomeScoreK5());

        assertFalse(silhouette.isSampled());
        assertEquals(200, silhouette.rows().length);
        assertEquals("exact, all 200 customers", silhouette.description());
    }

    @Test
    void aSampleIsSeededAndSaysSoInTheResult() {
        Segmentation segments = MallReference.incomeScoreK5();

        Silhouette first = Silhouette.ofSample(segments, 120, 7);
        Silhouette again = Silhouette.ofSample(segments, 120, 7);
        Silhouette other = Silhouette.ofSample(segments, 120, 8);

        assertTrue(first.isSampled());
        assertEquals(120, first.rows().length);
        assertArrayEquals(first.rows(), again.rows());
        assertEquals(first.mean(), again.mean());
        assertFalse(Arrays.equals(first.rows(), other.rows()));
        assertEquals("estimated on a random sample of 120 of 200 customers (seed 7)", first.description());
    }

    @Test
    void aSampleScoresWidthsAmongTheSampledCustomersOnly() {
        Segmentation segments = MallReference.incomeScoreK5();
        Silhouette sample = Silhouette.ofSample(segments, 60, 3);
        int[] rows = sample.rows();
        int[] labels = Arrays.stream(rows).map(segments::segmentOf).toArray();
        FeatureMatrix features = segments.features();
        double[][] x = features.values();

        // The sampled customers as a data set of their own: its exact silhouette must equal the sample's.
        double[][] subset = Arrays.stream(rows).mapToObj(i -> x[i]).toArray(double[][]::new);
        Silhouette exact = Silhouette.of(Points.segmented(Points.of(subset), labels));

        assertEquals(exact.mean(), sample.mean(), 1e-12);
        assertNotEquals(Silhouette.of(segments).mean(), sample.mean());
    }

    @Test
    void aSampleOfEveryCustomerIsTheExactSilhouette() {
        Segmentation segments = MallReference.incomeScoreK5();

        Silhouette all = Silhouette.ofSample(segments, 200, 1);

        assertFalse(all.isSampled());
        assertEquals(0.553931997444648, all.mean(), 1e-12);
    }

    @Test
    void oneSegmentHasNoSilhouette() {
        Segmentation one = Points.segmented(Points.line(0, 1, 2), 0, 0, 0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Silhouette.of(one));

        assertTrue(error.getMessage().contains("k = 1"), error.getMessage());
    }

    @Test
    void everyCustomerInItsOwnSegmentHasNoSilhouette() {
        Segmentation singletons = Points.segmented(Points.line(0, 1, 2), 0, 1, 2);

        assertThrows(IllegalArgumentException.class, () -> Silhouette.of(singletons));
    }

    @Test
    void moreThanTheExactLimitOfCustomersAsksForASample() {
        double[][] rows = new double[Silhouette.MAX_EXACT_ROWS + 1][];
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i};
            labels[i] = i % 2;
        }
        Segmentation big = Points.segmented(Points.of(rows), labels);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Silhouette.of(big));

        assertTrue(error.getMessage().contains("ofSample"), error.getMessage());
    }

    @Test
    void aSampleSizeOutsideThreeToNIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Silhouette.ofSample(FIVE_POINTS, 2, 1));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Silhouette.ofSample(FIVE_POINTS, 6, 1));
        assertTrue(error.getMessage().contains("5 customers"), error.getMessage());
    }
}
