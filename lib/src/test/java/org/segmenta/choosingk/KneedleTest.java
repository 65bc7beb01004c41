package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;

class KneedleTest {

    /**
     * The curve of figure 2 of the Kneedle paper as the {@code kneed} package generates it
     * ({@code DataGenerator.figure2()}: x = np.linspace(0, 1, 10), y = −1/(x + 0.1) + 5); its README gives the knee
     * x = 0.2222 (y = 1.897).
     */
    private static final double[] FIGURE2_X = IntStream.range(0, 10).mapToDouble(i -> i / 9.0).toArray();
    private static final double[] FIGURE2_Y = IntStream.range(0, 10).mapToDouble(i -> -1 / (i / 9.0 + 0.1) + 5)
            .toArray();

    /**
     * WCSS of k-means on the mall (income, score) data for k = 1..10 from scikit-learn 1.2.1:
     * {@code [KMeans(k, n_init=10, random_state=42).fit(X).inertia_ for k in range(1, 11)]}.
     */
    private static final double[] MALL_WCSS = {269981.28, 181363.59595959593, 106348.37306211122, 73679.78903948836,
        44448.4554479337, 37233.814510710006, 30259.65720728547, 25011.839349156588, 21862.092672182895,
        19672.072849014323};

    private static double[] ks(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    @Test
    void findsThePapersKneeOnFigureTwo() {
        // By hand: the difference curve y_n − x_n is 0, .468, .536, .513, .453, .377, .290, .199, .102, 0; its
        // maximum .536 at x = 2/9 gives threshold .536 − 1/9 = .425, first undercut at x = 5/9 (.377): knee 2/9.
        Knee knee = Kneedle.of(Kneedle.Shape.CONCAVE_INCREASING).find(FIGURE2_X, FIGURE2_Y);

        assertEquals(2.0 / 9, knee.x().orElseThrow(), 1e-12);
        assertEquals(1.897, knee.y().orElseThrow(), 5e-4);
        assertEquals(2, knee.index().orElseThrow());
    }

    @Test
    void differenceCurveIsTheNormalisedCurveMinusTheDiagonal() {
        double[] difference = Kneedle.of(Kneedle.Shape.CONCAVE_INCREASING).find(FIGURE2_X, FIGURE2_Y)
                .differenceCurve();

        // y_n(2/9) = (y(2/9) + 5) / (y(1) + 5) = (5 − 1/(2/9 + 0.1) + 5) / (10 − 1/1.1); minus x_n = 2/9
        double expected = (10 - 1 / (2.0 / 9 + 0.1)) / (10 - 1 / 1.1) - 2.0 / 9;
        assertEquals(expected, difference[2], 1e-12);
        assertEquals(0.0, difference[0], 1e-15);
        assertEquals(0.0, difference[9], 1e-15);
    }

    @Test
    void findsTheElbowOfTheMallWcssCurveAtFiveSegments() {
        // By hand: 1 − y_n minus x_n for k = 1..7 is 0, .243, .432, .451, .457, .374, .291; the maximum at k = 5
        // gives threshold .457 − 1/9 = .346, undercut at k = 7: elbow k = 5.
        Knee elbow = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(ks(1, 10), MALL_WCSS);

        assertEquals(5.0, elbow.x().orElseThrow());
        assertEquals(44448.4554479337, elbow.y().orElseThrow());
    }

    @Test
    void findsTheElbowOfOurOwnMallWcssCurveAtFiveSegments() {
        FeatureMatrix mall = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE), "Annual Income (k$)",
                "Spending Score (1-100)");
        double[] wcss = IntStream.rangeClosed(1, 10)
                .mapToDouble(k -> KMeans.withK(k).restarts(10).seed(42).fit(mall).wcss()).toArray();

        Knee elbow = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(ks(1, 10), wcss);

        assertEquals(5.0, elbow.x().orElseThrow());
    }

    @Test
    void findsTheElbowOfKneedsInvertedExample() {
        // kneed's DataGenerator.inverted(); by hand: 1 − y_n minus x_n = 0, .618, .633, .558, .462, ...; the maximum
        // at x = 3000 gives threshold .633 − 1/8 = .508, undercut at x = 5000: elbow x = 3000.
        double[] x = {1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000};
        double[] y = {2314, 802, 519, 417, 358, 318, 302, 284, 280};

        assertEquals(3000.0, Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(x, y).x().orElseThrow());
    }

    @Test
    void aMirroredCurveHasTheMirroredKnee() {
        // y(x) = f(1 − x) is figure 2 mirrored left–right: concave and decreasing, knee at 1 − 2/9 = 7/9.
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            y[i] = FIGURE2_Y[9 - i];
        }
        double[] upsideDown = IntStream.range(0, 10).mapToDouble(i -> -FIGURE2_Y[i]).toArray();
        double[] both = IntStream.range(0, 10).mapToDouble(i -> -y[i]).toArray();

        assertEquals(7.0 / 9, Kneedle.of(Kneedle.Shape.CONCAVE_DECREASING).find(FIGURE2_X, y).x().orElseThrow(),
                1e-12);
        assertEquals(2.0 / 9, Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(FIGURE2_X, upsideDown).x()
                .orElseThrow(), 1e-12);
        assertEquals(7.0 / 9, Kneedle.of(Kneedle.Shape.CONVEX_INCREASING).find(FIGURE2_X, both).x().orElseThrow(),
                1e-12);
    }

    @Test
    void aStraightLineHasNoKnee() {
        Knee knee = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(ks(1, 6), new double[] {60, 50, 40, 30, 20, 10});

        assertFalse(knee.found());
        assertTrue(knee.x().isEmpty());
    }

    @Test
    void aHighSensitivityWaitsForAFlatterCurve() {
        // Threshold .536 − 10/9 < 0 can never be undercut by the difference curve, which is ≥ 0 here.
        Knee knee = Kneedle.of(Kneedle.Shape.CONCAVE_INCREASING).sensitivity(10).find(FIGURE2_X, FIGURE2_Y);

        assertFalse(knee.found());
    }

    @Test
    void aLowSensitivityDeclaresTheKneeAsSoonAsTheDifferenceFalls() {
        // S = 0: threshold = the maximum itself, undercut by the next point (.513 < .536): knee 2/9 still.
        Knee knee = Kneedle.of(Kneedle.Shape.CONCAVE_INCREASING).sensitivity(0).find(FIGURE2_X, FIGURE2_Y);

        assertEquals(2.0 / 9, knee.x().orElseThrow(), 1e-12);
    }

    @Test
    void xThatIsNotIncreasingIsRefusedWithThePosition() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(new double[] {1, 3, 2}, new double[] {3, 2, 1}));

        assertTrue(error.getMessage().contains("x[1] = 3.0 and x[2] = 2.0"), error.getMessage());
    }

    @Test
    void mismatchedLengthsFewerThanThreePointsAndFlatCurvesAreRefused() {
        Kneedle kneedle = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING);

        assertThrows(IllegalArgumentException.class, () -> kneedle.find(new double[] {1, 2, 3}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> kneedle.find(new double[] {1, 2}, new double[] {2, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> kneedle.find(new double[] {1, 2, 3}, new double[] {4, 4, 4}));
        assertThrows(IllegalArgumentException.class, () -> kneedle.sensitivity(-1));
    }
}
