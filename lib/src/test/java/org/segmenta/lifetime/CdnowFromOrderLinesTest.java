package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.OrderLines;
import org.segmenta.orders.RepeatPurchaseHistory;

/**
 * From order lines to the published models: the CDNOW sample ({@code data/cdnow_sample.csv}, 2,357 customers) read by
 * {@link OrderLines}, summarised for the repeat-purchase models with the
 * 39-week calibration period of Fader, Hardie &amp; Lee (2005), 1997-01-01 … 1997-09-30, in weeks. The reference is
 * the published summary of the same customers, as shipped with the Python lifetimes library
 * ({@code load_cdnow_summary_data_with_monetary_value}) and pymc-marketing ({@code data/clv_quickstart.csv}, rows in
 * customer order, values rounded to 2 decimals): frequency = x, recency = t_x, T, monetary_value = m_x (0 for x = 0);
 * and the paper's count of 946 repeat buyers; then both models fitted on it reproduce the published parameters
 * (BG/NBD: Fader, Hardie &amp; Lee 2005, Marketing Science; Gamma-Gamma: FHL 2005, JMR). Zero-amount purchases are
 * purchases, so they are kept.
 */
class CdnowFromOrderLinesTest {

    /** Customers 1–21 and 26 of the published summary: id, x, t_x, T, m_x. */
    private static final double[][] PUBLISHED = {
            {1, 2, 30.43, 38.86, 22.35}, {2, 1, 1.71, 38.86, 11.77}, {3, 0, 0, 38.86, 0}, {4, 0, 0, 38.86, 0},
            {5, 0, 0, 38.86, 0}, {6, 7, 29.43, 38.86, 73.74}, {7, 1, 5.00, 38.86, 11.77}, {8, 0, 0, 38.86, 0},
            {9, 2, 35.71, 38.86, 25.55}, {10, 0, 0, 38.86, 0}, {11, 5, 24.43, 38.86, 29.44},
            {12, 0, 0, 38.86, 0}, {16, 0, 0, 38.86, 0}, {17, 10, 34.14, 38.86, 24.24}, {18, 1, 4.86, 38.86, 9.99},
            {19, 3, 28.29, 38.71, 25.08}, {20, 0, 0, 38.71, 0}, {21, 2, 14.57, 38.71, 32.30},
            {26, 1, 1.57, 38.71, 227.14}};

    /** The published values are rounded to 2 decimals: 22.345 is published as 22.35. */
    private static final double ROUNDED = 0.005 + 1e-9;

    private static RepeatPurchaseHistory history;
    private static RepeatPurchaseSummary summary;

    @BeforeAll
    static void summarise() {
        history = OrderLines.from(Path.of("../data/cdnow_sample.csv")).customerId("customer_id").date("date")
                .amount("amount").cleaning(CleaningRules.standard().keepNonPositiveAmounts())
                .repeatPurchases(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30));
        summary = RepeatPurchaseSummary.of(history, TimeUnit.WEEKS);
    }

    @Test
    void everyCustomerOfTheCohortIsSummarised() {
        assertEquals(2_357, summary.size());
        assertEquals("1", history.table().stringColumn("customer_id").get(0));
        assertEquals("2357", history.table().stringColumn("customer_id").get(2_356));
        assertEquals(273, history.holdoutDays());
        assertEquals(39.0, summary.holdoutLength(), 1e-12);
    }

    @Test
    void thePublishedSummaryIsReproduced() {
        double[] meanSpend = summary.meanSpends().orElseThrow();
        for (double[] customer : PUBLISHED) {
            int row = (int) customer[0] - 1;
            String who = "customer " + (int) customer[0];
            assertEquals((int) customer[1], summary.frequency(row), who);
            assertEquals(customer[2], summary.recency(row), ROUNDED, who);
            assertEquals(customer[3], summary.age(row), ROUNDED, who);
            if (customer[1] > 0) {
                assertEquals(customer[4], meanSpend[row], ROUNDED, who);
            } else {
                assertTrue(Double.isNaN(meanSpend[row]), who + " has no repeat transaction");
            }
        }
    }

    @Test
    void thePapersRepeatBuyersAreFound() {
        assertEquals(946, summary.repeatBuyers());
    }

    @Test
    void holdoutTransactionsFollowTheCalibrationPeriod() {
        // Customer 1 bought on 1997-01-01, 1997-01-18 and 1997-08-02 (calibration), then 1997-12-12 (holdout).
        int[] holdout = summary.holdoutCounts().orElseThrow();
        assertEquals(1, holdout[0]);
        assertTrue(java.util.Arrays.stream(holdout).allMatch(count -> count >= 0));
    }

    @Test
    void bgNbdFittedOnTheOrderLinesGivesThePublishedParameters() {
        BgNbdModel model = BgNbdModel.fit(summary);

        assertEquals(0.243, model.r(), 0.0005);
        assertEquals(4.414, model.alpha(), 0.0005);
        assertEquals(0.793, model.a(), 0.0005);
        assertEquals(2.426, model.b(), 0.0005);
        assertEquals(-9582.4, model.logLikelihood().orElseThrow(), 0.05);
    }

    @Test
    void gammaGammaFittedOnTheOrderLinesGivesThePublishedParameters() {
        GammaGammaModel model = GammaGammaModel.fit(summary);

        assertEquals(946, model.customers());
        assertEquals(6.25, model.p(), 0.005);
        assertEquals(3.74, model.q(), 0.005);
        assertEquals(15.44, model.gamma(), 0.005);
    }

    /**
     * The cumulative curve from the order lines agrees with the one from the raw purchases (pandas and SciPy in
     * {@code bench/python/btyd_queries.py}, see {@link ValidationDataTest}): weeks since 1997-01-01, published
     * parameters, actual 2462 and expected 2505.1430138667624 repeat transactions by week 39, 4339 and
     * 4171.433582303185 by week 78.
     */
    @Test
    void theCumulativeCurveIsDrawnFromTheOrderLines() {
        CumulativeRepeatPurchases curve = CumulativeRepeatPurchases.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426),
                history, TimeUnit.WEEKS, 1, 78);

        assertEquals(LocalDate.of(1997, 1, 1), history.firstPurchase());
        assertEquals(2_357, history.daily().intColumn("first_purchases").sum(), 0);
        assertEquals(78, curve.times().length);
        assertEquals(2462, curve.actual()[38]);
        assertEquals(4339, curve.actual()[77]);
        assertEquals(2505.1430138667624, curve.expected()[38], 1e-8);
        assertEquals(4171.433582303185, curve.expected()[77], 1e-8);
        assertEquals(272 / 7.0, curve.calibrationEnd(), 1e-12);   // 1997-01-01 to 1997-09-30
        assertEquals("weeks", curve.unit());
    }

    @Test
    void theCumulativeCurveStopsWhereTheDataStop() {
        // 1997-01-01 to 1998-06-30 is 545 days, 77.86 weeks: week 78 is the last point that is not a guess.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CumulativeRepeatPurchases
                .of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426), history, TimeUnit.WEEKS, 1, 79));
        assertTrue(e.getMessage().contains("77.86 weeks"), e.getMessage());
    }

    @Test
    void theCumulativeCurveIsAskedInTheModelsUnit() {
        BgNbdModel weekly = BgNbdModel.fit(summary);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CumulativeRepeatPurchases.of(weekly, history, TimeUnit.DAYS, 7, 540));
        assertTrue(e.getMessage().contains("fitted in weeks"), e.getMessage());
    }
}
