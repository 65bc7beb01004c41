package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.lifetime.BgNbdCdnowTest.assertRelative;
import static org.segmenta.lifetime.BgNbdCdnowTest.assertRounded;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma model on the CDNOW calibration period (the summary of {@link CdnowSummary}: m_x = mean of the
 * repeat days' summed amounts, the first purchase day excluded).
 *
 * <p>Published: Fader, Hardie &amp; Lee (2005), "RFM and CLV", <i>JMR</i> 42(4), on the 946 repeat buyers of the
 * sample: p = 6.25, q = 3.74, γ = 15.44. (The lifetimes documentation prints "p: 6.25, q: 3.74, v: 15.45" for 946
 * subjects. It is not the optimiser: SciPy's default BFGS from lifetimes' start, tol = 1e-7, gives γ = 15.4435 on
 * this summary too, and lifetimes' own example value E[M | customer 1] = 24.658619 matches this m_x rule; the 15.45
 * must come from its stored summary file or an older fitter, which could not be checked here.)
 *
 * <p>SciPy ({@code bench/python/btyd_reference.py}, L-BFGS-B on log-parameters, then Nelder-Mead):
 * <pre>
 * sample: Gamma-Gamma on 946 repeat buyers with m_x > 0; left out (x > 0, m_x = 0): 0
 *   p, q, gamma = [6.249573330108871, 3.744224421962245, 15.443517503956485] LL = -4055.9176948018703
 * master: Gamma-Gamma on 9450 repeat buyers with m_x > 0; left out (x > 0, m_x = 0): 1
 *   p, q, gamma = [6.275359495775247, 3.6244499462179127, 14.983685236386266] LL = -40763.47626139075
 * </pre>
 */
class GammaGammaModelTest {

    private static final GammaGammaModel PUBLISHED = GammaGammaModel.of(6.25, 3.74, 15.44);

    @Test
    void sampleFitMatchesThePublishedParametersToTheirPrecision() {
        GammaGammaModel model = GammaGammaModel.fit(CdnowSummary.read(CdnowSummary.SAMPLE).summary());

        assertRounded(6.25, model.p(), 2);
        assertRounded(3.74, model.q(), 2);
        assertRounded(15.44, model.gamma(), 2);
        assertEquals(946, model.customers());
        assertTrue(model.leftOut().startsWith("1411 customers without repeat transactions"), model.leftOut());
    }

    @Test
    void sampleFitMatchesSciPy() {
        GammaGammaModel model = GammaGammaModel.fit(CdnowSummary.read(CdnowSummary.SAMPLE).summary());

        assertRelative(6.249573330108871, model.p(), 1e-5);
        assertRelative(3.744224421962245, model.q(), 1e-5);
        assertRelative(15.443517503956485, model.gamma(), 1e-5);
        assertEquals(-4055.9176948018703, model.logLikelihood().orElseThrow(), 1e-6);
    }

    @Test
    void masterFitLeavesOutTheRepeatBuyerWithZeroSpendAndMatchesSciPy() {
        GammaGammaModel model = GammaGammaModel.fit(CdnowSummary.read(CdnowSummary.MASTER).summary());

        assertEquals(9450, model.customers());
        assertTrue(model.leftOut().contains("14119 customers without repeat transactions")
                && model.leftOut().contains("1 repeat buyers whose mean spend is 0"), model.leftOut());
        assertRelative(6.275359495775247, model.p(), 1e-5);
        assertRelative(3.6244499462179127, model.q(), 1e-5);
        assertRelative(14.983685236386266, model.gamma(), 1e-5);
        assertEquals(-40763.47626139075, model.logLikelihood().orElseThrow(), 1e-6);
    }

    @Test
    void populationMeanIsPGammaOverQMinusOne() {
        // 6.25 · 15.44 / 2.74 = 35.21897810218978
        assertEquals(35.21897810218978, PUBLISHED.populationMeanSpend(), 1e-12);
    }

    @Test
    void conditionalExpectationShrinksTowardsThePopulationMean() {
        // p (γ + x m_x) / (p x + q − 1): (1, 20) 24.638487208008897; (2, 35.5) 35.449475065616795;
        // (10, 100) 97.27927651747395
        assertEquals(24.638487208008897, PUBLISHED.conditionalExpectedAverageSpend(1, 20.0), 1e-12);
        assertEquals(35.449475065616795, PUBLISHED.conditionalExpectedAverageSpend(2, 35.5), 1e-12);
        assertEquals(97.27927651747395, PUBLISHED.conditionalExpectedAverageSpend(10, 100.0), 1e-12);
        assertEquals(PUBLISHED.populationMeanSpend(), PUBLISHED.conditionalExpectedAverageSpend(0, Double.NaN));
    }

    @Test
    void logLikelihoodOfOneCustomerWorkedByHand() {
        // p = q = γ = 1, x = 1, m = 1: lnΓ(2) − lnΓ(1) − lnΓ(1) + 0 + 0 + 0 − 2 ln 2 = −2 ln 2
        assertEquals(-2 * Math.log(2), GammaGammaModel.logLikelihood(new double[] {1, 1, 1}, new int[] {1},
                new double[] {1}, null), 1e-14);
    }

    @Test
    void anInfinitePopulationMeanIsRefusedWithTheReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GammaGammaModel.of(2, 0.8, 10).populationMeanSpend());
        assertTrue(e.getMessage().contains("q = 0.8000 ≤ 1"), e.getMessage());
    }

    @Test
    void aSummaryWithoutSpendIsRefused() {
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1}, new double[] {1},
                new double[] {2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GammaGammaModel.fit(s));
        assertTrue(e.getMessage().contains("withMeanSpend"), e.getMessage());
    }

    @Test
    void tooFewRepeatBuyersAreRefusedSayingWhoWasLeftOut() {
        int n = 20;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < 5; i++) {
            x[i] = 2;
            tx[i] = 3;
            spend[i] = 10 + i;
        }
        spend[4] = 0;
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, tx, filled(n, 10)).withMeanSpend(spend);
        ModelFitException e = assertThrows(ModelFitException.class, () -> GammaGammaModel.fit(s));
        assertTrue(e.getMessage().contains("got 4") && e.getMessage().contains("15 customers without repeat")
                && e.getMessage().contains("1 repeat buyers whose mean spend is 0"), e.getMessage());
    }

    @Test
    void identicalSpendIsRefused() {
        int n = 20;
        int[] x = new int[n];
        Arrays.fill(x, 1);
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, filled(n, 1), filled(n, 10))
                .withMeanSpend(filled(n, 25));
        ModelFitException e = assertThrows(ModelFitException.class, () -> GammaGammaModel.fit(s));
        assertTrue(e.getMessage().contains("same mean spend m_x = 25.0"), e.getMessage());
    }

    @Test
    void spendThatHardlyVariesWithinCustomersHasNoFiniteOptimum() {
        // 40 buyers with x = 3 or 6 and mean spends 10, 11, 12: the likelihood keeps rising as p and q grow together
        // (each customer spending the same every time), so the fit stops with a reason instead of huge parameters.
        int n = 40;
        int[] x = new int[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 * (1 + i % 2);
            spend[i] = 10 + i % 3;
        }
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, filled(n, 29), filled(n, 30))
                .withMeanSpend(spend);
        ModelFitException e = assertThrows(ModelFitException.class, () -> GammaGammaModel.fit(s));
        assertTrue(e.getMessage().startsWith("the Gamma-Gamma fit did not") && e.getMessage().contains("m_x is each "
                + "customer's mean spend"), e.getMessage());
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }
}
