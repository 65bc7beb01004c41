package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The BG/NBD fit on the CDNOW data of Fader, Hardie &amp; Lee (2005), with the summary built in the test by
 * {@link CdnowSummary} (plain Java, one transaction per customer and day, 39-week calibration to 1997-09-30).
 *
 * <p>Published: FHL 2005, <i>Marketing Science</i> 24(2), section 4, on the 2,357-customer sample:
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4; and E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226.
 *
 * <p>SciPy: {@code bench/python/btyd_reference.py} (Debian python3-scipy 1.10.1, pandas 1.5.3) builds the same
 * summary with pandas and maximises the same likelihood with {@code scipy.optimize.minimize} (L-BFGS-B on
 * log-parameters from all ones, then a Nelder-Mead polish, xatol = fatol = 1e-12):
 * <pre>
 * sample: customers 2357 repeat buyers 946 sum x 2457 sum x* 1882
 *   BG/NBD r, alpha, a, b = [0.24259451548201724, 4.41360188687722, 0.7929220960492691, 2.42590684399785]
 *   LL = -9582.429206673929
 * master: customers 23570 repeat buyers 9451 sum x 24337 sum x* 19684
 *   BG/NBD r, alpha, a, b = [0.25162395791537995, 4.788942952421093, 0.7234335329869661, 2.1610885044187813]
 *   LL = -95368.44393316074
 * </pre>
 * Two optimisers stop at slightly different points of a flat optimum, so parameters are compared to 1e-5 relative
 * and the log-likelihood to 1e-6.
 */
class BgNbdCdnowTest {

    private static final RepeatPurchaseSummary SAMPLE = CdnowSummary.read(CdnowSummary.SAMPLE).summary();

    @Test
    void theSampleSummaryHasThePublishedShape() {
        // FHL 2005: 2,357 customers; first purchase on 1997-01-01 gives T = 272/7 = 38.86 weeks (Hardie's summary).
        assertEquals(2357, SAMPLE.size());
        assertEquals(946, SAMPLE.repeatBuyers());
        assertEquals(2457, SAMPLE.totalRepeatTransactions());
        assertEquals(38.857142857142854, SAMPLE.age(0), 1e-12);
        assertEquals(1882, java.util.Arrays.stream(SAMPLE.holdoutCounts().orElseThrow()).sum());
    }

    @Test
    void sampleFitMatchesThePublishedParametersToTheirPrecision() {
        BgNbdModel model = BgNbdModel.fit(SAMPLE);

        assertRounded(0.243, model.r(), 3);
        assertRounded(4.414, model.alpha(), 3);
        assertRounded(0.793, model.a(), 3);
        assertRounded(2.426, model.b(), 3);
        assertRounded(-9582.4, model.logLikelihood().orElseThrow(), 1);
        assertEquals(2357, model.customers());
        assertEquals(TimeUnit.WEEKS, model.unit().orElseThrow());
    }

    @Test
    void sampleFitMatchesSciPy() {
        BgNbdModel model = BgNbdModel.fit(SAMPLE);

        assertRelative(0.24259451548201724, model.r(), 1e-5);
        assertRelative(4.41360188687722, model.alpha(), 1e-5);
        assertRelative(0.7929220960492691, model.a(), 1e-5);
        assertRelative(2.42590684399785, model.b(), 1e-5);
        assertEquals(-9582.429206673929, model.logLikelihood().orElseThrow(), 1e-6);
    }

    @Test
    void masterFitMatchesSciPy() {
        RepeatPurchaseSummary master = CdnowSummary.read(CdnowSummary.MASTER).summary();
        assertEquals(23570, master.size());
        assertEquals(9451, master.repeatBuyers());
        assertEquals(24337, master.totalRepeatTransactions());

        BgNbdModel model = BgNbdModel.fit(master);

        assertRelative(0.25162395791537995, model.r(), 1e-5);
        assertRelative(4.788942952421093, model.alpha(), 1e-5);
        assertRelative(0.7234335329869661, model.a(), 1e-5);
        assertRelative(2.1610885044187813, model.b(), 1e-5);
        assertEquals(-95368.44393316074, model.logLikelihood().orElseThrow(), 1e-6);
    }

    @Test
    void theFittedOptimumIsAMaximumInEveryDirection() {
        BgNbdModel model = BgNbdModel.fit(SAMPLE);
        double best = model.logLikelihood(SAMPLE);
        double[] p = {model.r(), model.alpha(), model.a(), model.b()};
        for (int k = 0; k < 4; k++) {
            for (double step : new double[] {-1e-3, 1e-3}) {
                double[] q = p.clone();
                q[k] *= 1 + step;
                double moved = BgNbdModel.of(q[0], q[1], q[2], q[3]).logLikelihood(SAMPLE);
                assertTrue(moved < best, "moving parameter " + k + " by " + step + " raised the log-likelihood");
            }
        }
    }

    @Test
    void theFittedModelReproducesThePublishedConditionalExpectation() {
        // FHL 2005: E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (with the rounded parameters; the fitted ones
        // give 1.2259067925644187 in SciPy, which also rounds to 1.226).
        BgNbdModel model = BgNbdModel.fit(SAMPLE);

        assertRounded(1.226, model.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 3);
        assertEquals(1.2259067925644187, model.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 1e-5);
    }

    @Test
    void calibrationTotalsMatchTheExpectedCountsClosely() {
        // A fitted BG/NBD model reproduces the calibration histogram (FHL 2005, Figure 2); with the published
        // parameters SciPy gives 1406.50 expected one-time buyers against 1411 actual.
        CalibrationFrequencyFit fit = CalibrationFrequencyFit.of(BgNbdModel.fit(SAMPLE), SAMPLE, 7);
        assertEquals(1411, fit.actual()[0]);
        assertEquals(1406.5, fit.expected()[0], 2.0);
        assertEquals(2357, java.util.Arrays.stream(fit.expected()).sum(), 1e-6);
    }

    static void assertRounded(double expected, double actual, int decimals) {
        double factor = Math.pow(10, decimals);
        assertEquals(expected, Math.round(actual * factor) / factor, 1e-12,
                () -> actual + " does not round to " + expected);
    }

    static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance);
    }
}
