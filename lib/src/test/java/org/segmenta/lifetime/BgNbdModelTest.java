package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The questions a BG/NBD model answers, with the published CDNOW parameters of Fader, Hardie &amp; Lee (2005):
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426 (weeks). References: the paper's E[Y(39) | 2, 30.43, 38.86] = 1.226,
 * cases worked by hand, and {@code bench/python/btyd_queries.py} (SciPy 1.10.1 {@code hyp2f1}; mpmath 1.2.1 at 30
 * digits where SciPy's own error shows), which writes the formulas of the paper as lifetimes 0.11 does:
 * <pre>
 * def cond(t, x, tx, T):   # lifetimes conditional_expected_number_of_purchases_up_to_time
 *     z = t / (al + T + t)
 *     num = (a+b+x-1)/(a-1) * (1 - ((al+T)/(al+T+t))**(r+x) * hyp2f1(r+x, b+x, a+b+x-1, z))
 *     return num / (1 + (x > 0) * a/(b+x-1) * ((al+T)/(al+tx))**(r+x))
 * def palive(x, tx, T): return 1.0 if x == 0 else 1/(1 + a/(b+x-1) * ((al+T)/(al+tx))**(r+x))
 * def ex(t): return (a+b-1)/(a-1) * (1 - hyp2f1(r, b, a+b-1, t/(al+t)) * (al/(al+t))**r)
 * </pre>
 */
class BgNbdModelTest {

    private static final BgNbdModel PUBLISHED = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

    @Test
    void conditionalExpectationMatchesThePaper() {
        // FHL 2005, section 5: 1.226; SciPy 1.226028174767135, mpmath 1.2260281747671445
        double value = PUBLISHED.conditionalExpectedPurchases(39, 2, 30.43, 38.86);
        assertEquals(1.226, value, 5e-4);
        assertEquals(1.2260281747671445, value, 1e-13);
    }

    @Test
    void conditionalExpectationMatchesMpmathOverHistories() {
        // mpmath (30 digits): (0, 0, 38.86) 0.19509805201126264; (1, 2.0, 38.86) 0.21254630065120143;
        // (5, 35.0, 38.86) 3.1691146960255778; (23, 38.5, 38.86) 15.620637133474996;
        // (200, 38.0, 38.86) 113.09852445576197 (SciPy: 113.09852445571966, off by 4e-13 relative)
        assertEquals(0.19509805201126264, PUBLISHED.conditionalExpectedPurchases(39, 0, 0, 38.86), 1e-13);
        assertEquals(0.21254630065120143, PUBLISHED.conditionalExpectedPurchases(39, 1, 2.0, 38.86), 1e-13);
        assertEquals(3.1691146960255778, PUBLISHED.conditionalExpectedPurchases(39, 5, 35.0, 38.86), 1e-12);
        assertEquals(15.620637133474996, PUBLISHED.conditionalExpectedPurchases(39, 23, 38.5, 38.86), 1e-11);
        assertEquals(113.09852445576197, PUBLISHED.conditionalExpectedPurchases(39, 200, 38.0, 38.86), 1e-10);
    }

    @Test
    void conditionalExpectationOverALongHorizonMatchesMpmath() {
        // ten years ahead: z = 520 / (4.414 + 38.86 + 520) = 0.923; mpmath 7.3193138117111046
        assertEquals(7.3193138117111046, PUBLISHED.conditionalExpectedPurchases(520, 2, 30.43, 38.86), 1e-12);
    }

    @Test
    void conditionalExpectationIsContinuousThroughAEqualsOne() {
        // a = 1 makes the formula 0/0; mpmath.limit(lambda a: cond(39, 3, 20, 30, a=a), 1) -> 1.6339057745618531
        BgNbdModel atOne = BgNbdModel.of(0.243, 4.414, 1.0, 2.426);
        assertEquals(1.6339057745618531, atOne.conditionalExpectedPurchases(39, 3, 20, 30), 1e-9);
    }

    @Test
    void nothingIsExpectedInAnEmptyPeriod() {
        assertEquals(0.0, PUBLISHED.conditionalExpectedPurchases(0, 4, 10, 20));
        assertEquals(0.0, PUBLISHED.expectedPurchases(0));
    }

    @Test
    void probabilityAliveMatchesTheFormula() {
        // SciPy/numpy palive: (2, 30.43, 38.86) 0.726578570080673; (1, 2.0, 38.86) 0.22187090056481515;
        // (23, 38.5, 38.86) 0.9620724124348127
        assertEquals(0.726578570080673, PUBLISHED.probabilityAlive(2, 30.43, 38.86), 1e-14);
        assertEquals(0.22187090056481515, PUBLISHED.probabilityAlive(1, 2.0, 38.86), 1e-14);
        assertEquals(0.9620724124348127, PUBLISHED.probabilityAlive(23, 38.5, 38.86), 1e-14);
    }

    @Test
    void oneTimeBuyersHaveNoInformativeProbabilityAlive() {
        RepeatPurchaseSummary summary = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {2, 0, 1},
                new double[] {30.43, 0, 2.0}, new double[] {38.86, 38.86, 38.86});

        double[] alive = PUBLISHED.probabilityAliveOfRepeatBuyers(summary);

        assertEquals(1.0, PUBLISHED.probabilityAlive(0, 0, 38.86), "the model's value for x = 0");
        assertEquals(0.726578570080673, alive[0], 1e-14);
        assertTrue(Double.isNaN(alive[1]), "left missing for the one-time buyer");
        assertEquals(0.22187090056481515, alive[2], 1e-14);
    }

    @Test
    void probabilityAliveWorkedByHand() {
        // x = 1, t_x = T: 1 / (1 + a/b) = b / (a + b) = 2.426 / 3.219
        assertEquals(2.426 / 3.219, PUBLISHED.probabilityAlive(1, 20, 20), 1e-15);
    }

    @Test
    void oneTimeBuyersAreAliveForSure() {
        // In the BG/NBD model a customer can only drop out right after a repeat purchase (Hardie's P(alive) note).
        assertEquals(1.0, PUBLISHED.probabilityAlive(0, 0, 38.86));
    }

    @Test
    void probabilityAliveShowsTheIncreasingFrequencyParadox() {
        // BTYD's bgnbd.PAlive example (x = 5..20, t_x = 30, T = 39); SciPy/numpy: x = 5 0.7056268471578602,
        // 10 0.5715517342425382, 15 0.3750918928900534, 20 0.1968204444670386
        assertEquals(0.7056268471578602, PUBLISHED.probabilityAlive(5, 30, 39), 1e-14);
        assertEquals(0.5715517342425382, PUBLISHED.probabilityAlive(10, 30, 39), 1e-14);
        assertEquals(0.3750918928900534, PUBLISHED.probabilityAlive(15, 30, 39), 1e-14);
        assertEquals(0.1968204444670386, PUBLISHED.probabilityAlive(20, 30, 39), 1e-14);
    }

    @Test
    void unconditionalExpectationMatchesSciPy() {
        // ex(1.0) 0.05326789117165627; ex(39.0) 1.1967231933207985; ex(78.0) 1.8605190579427455
        assertEquals(0.05326789117165627, PUBLISHED.expectedPurchases(1), 1e-14);
        assertEquals(1.1967231933207985, PUBLISHED.expectedPurchases(39), 1e-13);
        assertEquals(1.8605190579427455, PUBLISHED.expectedPurchases(78), 1e-13);
    }

    @Test
    void purchaseCountDistributionMatchesSciPy() {
        // FHL 2005 eq. 8 with scipy.special.betaln/gammaln: P(X(39)=0) 0.5737863520960094,
        // =1 0.1993952808359115, =2 0.08542975953906076, =7 0.008695428804155268
        assertEquals(0.5737863520960094, PUBLISHED.probabilityOfPurchases(0, 39), 1e-14);
        assertEquals(0.1993952808359115, PUBLISHED.probabilityOfPurchases(1, 39), 1e-14);
        assertEquals(0.08542975953906076, PUBLISHED.probabilityOfPurchases(2, 39), 1e-14);
        assertEquals(0.008695428804155268, PUBLISHED.probabilityOfPurchases(7, 39), 1e-14);
    }

    @Test
    void purchaseCountProbabilitiesSumToOne() {
        double sum = 0;
        for (int n = 0; n < 400; n++) {
            sum += PUBLISHED.probabilityOfPurchases(n, 39);
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void theMeanOfTheCountDistributionIsTheExpectation() {
        double mean = 0;
        for (int n = 1; n < 2000; n++) {
            mean += n * PUBLISHED.probabilityOfPurchases(n, 10);
        }
        assertEquals(PUBLISHED.expectedPurchases(10), mean, 1e-8);
    }

    @Test
    void parametersMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BgNbdModel.of(0.243, -1, 0.793, 2.426));
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BgNbdModel.of(Double.NaN, 1, 1, 1));
    }

    @Test
    void anImpossibleHistoryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PUBLISHED.probabilityAlive(2, 40, 38.86));
        assertTrue(e.getMessage().contains("t_x = 40.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PUBLISHED.conditionalExpectedPurchases(-1, 2, 3, 4));
    }

    @Test
    void aModelMadeFromParametersHasNoFitButALikelihoodOnData() {
        assertTrue(PUBLISHED.logLikelihood().isEmpty());
        assertEquals(0, PUBLISHED.customers());
        // One customer, x = 0, T = 1, r = α = a = b = 1: ln L = A1 + A2 + A3 = 0 + 0 − ln 2 (Hardie's formula by hand)
        RepeatPurchaseSummary one = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {0}, new double[] {0},
                new double[] {1});
        assertEquals(-Math.log(2), BgNbdModel.of(1, 1, 1, 1).logLikelihood(one), 1e-13);
    }

    @Test
    void logLikelihoodOfARepeatBuyerWorkedByHand() {
        // x = 1, t_x = 1, T = 2, r = α = a = b = 1:
        // A1 = lnΓ(2) − lnΓ(1) + 0 = 0; A2 = lnΓ(2) + lnΓ(2) − lnΓ(1) − lnΓ(3) = −ln 2
        // A3 = −2 ln 3; A4 = ln 1 − ln 1 − 2 ln 2;  ln L = −ln 2 + ln(1/9 + 1/4) = ln(13/72)
        RepeatPurchaseSummary one = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1}, new double[] {1},
                new double[] {2});
        assertEquals(Math.log(13.0 / 72.0), BgNbdModel.of(1, 1, 1, 1).logLikelihood(one), 1e-13);
    }
}
