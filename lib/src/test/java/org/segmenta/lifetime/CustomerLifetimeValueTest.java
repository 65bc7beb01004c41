package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Against lifetimes' {@code _customer_lifetime_value} loop, re-typed in {@code bench/python/btyd_queries.py} with
 * SciPy 1.10.1 (published BG/NBD and Gamma-Gamma parameters, weeks, {@code factor = 4.345}):
 * <pre>
 * def clv(x, tx, T, m, months=12, d=0.01, factor=4.345, margin=1.0):
 *     spend = P*(G + x*m)/(P*x + Q - 1) if x > 0 else P*G/(Q - 1)
 *     total = 0.0
 *     for i in np.arange(1, months + 1) * factor:
 *         total += margin * spend * (cond(i, x, tx, T) - cond(i - factor, x, tx, T)) / (1 + d) ** (i / factor)
 *     return total
 * </pre>
 */
class CustomerLifetimeValueTest {

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 15.44);

    @Test
    void matchesLifetimesWithItsDefaults() {
        // clv(2, 30.43, 38.86, 35.5) -> 52.15895260553368; clv(0, 0, 38.86, 0) -> 8.369004358920183
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(PURCHASES, SPEND);
        assertEquals(52.15895260553368, clv.value(TimeUnit.WEEKS, 2, 30.43, 38.86, 35.5), 1e-10);
        assertEquals(8.369004358920183, clv.value(TimeUnit.WEEKS, 0, 0, 38.86, 0), 1e-10);
    }

    @Test
    void matchesLifetimesWithAHorizonRateAndMargin() {
        // clv(5, 35, 38.86, 20, months=24, d=0.015, margin=0.3) -> 36.478042852139204
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(PURCHASES, SPEND).months(24).monthlyDiscountRate(0.015)
                .margin(0.3);
        assertEquals(36.478042852139204, clv.value(TimeUnit.WEEKS, 5, 35, 38.86, 20), 1e-10);
    }

    @Test
    void withoutDiscountingOneMonthIsSpendTimesExpectedPurchases() {
        // Hand rule: one month, d = 0 → E[M | x, m_x] · E[Y(4.345) | x, t_x, T]
        double expected = SPEND.conditionalExpectedAverageSpend(2, 35.5)
                * PURCHASES.conditionalExpectedPurchases(4.345, 2, 30.43, 38.86);
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(PURCHASES, SPEND).months(1).monthlyDiscountRate(0);
        assertEquals(expected, clv.value(TimeUnit.WEEKS, 2, 30.43, 38.86, 35.5), 1e-12);
    }

    @Test
    void anExplicitMonthLengthOverridesTheUnit() {
        // 4.345 weeks given explicitly for a summary said to be in days must equal the weekly default
        CustomerLifetimeValue weekly = CustomerLifetimeValue.of(PURCHASES, SPEND);
        assertEquals(weekly.value(TimeUnit.WEEKS, 2, 30.43, 38.86, 35.5),
                weekly.unitsPerMonth(4.345).value(TimeUnit.DAYS, 2, 30.43, 38.86, 35.5), 1e-12);
    }

    @Test
    void valuesEveryCustomerOfASummary() {
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {2, 0}, new double[] {30.43, 0},
                new double[] {38.86, 38.86}).withMeanSpend(new double[] {35.5, Double.NaN});
        assertArrayEquals(new double[] {52.15895260553368, 8.369004358920183},
                CustomerLifetimeValue.of(PURCHASES, SPEND).values(s), 1e-10);
    }

    @Test
    void badSettingsAreRefused() {
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(PURCHASES, SPEND);
        assertThrows(IllegalArgumentException.class, () -> clv.months(0));
        assertThrows(IllegalArgumentException.class, () -> clv.monthlyDiscountRate(-0.01));
        assertThrows(IllegalArgumentException.class, () -> clv.margin(30));
        assertThrows(IllegalArgumentException.class, () -> clv.unitsPerMonth(Double.NaN));
    }
}
