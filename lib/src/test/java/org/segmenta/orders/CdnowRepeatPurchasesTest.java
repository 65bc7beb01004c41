package org.segmenta.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The CDNOW sample ({@code data/cdnow_sample.csv}, 2,357 customers) summarised for the repeat-purchase models with the
 * 39-week calibration period of Fader, Hardie &amp; Lee (2005), 1997-01-01 … 1997-09-30, in weeks. The reference is
 * the published summary of the same customers, as shipped with the Python lifetimes library
 * ({@code load_cdnow_summary_data_with_monetary_value}) and pymc-marketing ({@code data/clv_quickstart.csv}, rows in
 * customer order, values rounded to 2 decimals): frequency = x, recency = t_x, T, monetary_value = m_x (0 for x = 0);
 * and the paper's count of 946 repeat buyers. Zero-amount purchases are purchases, so they are kept.
 */
class CdnowRepeatPurchasesTest {

    /** Customers 1–21 and 26 of the published summary: id, x, t_x, T, m_x. */
    private static final double[][] PUBLISHED = {
            {1, 2, 30.43, 38.86, 22.35}, {2, 1, 1.71, 38.86, 11.77}, {3, 0, 0, 38.86, 0}, {4, 0, 0, 38.86, 0},
            {5, 0, 0, 38.86, 0}, {6, 7, 29.43, 38.86, 73.74}, {7, 1, 5.00, 38.86, 11.77}, {8, 0, 0, 38.86, 0},
            {9, 2, 35.71, 38.86, 25.55}, {10, 0, 0, 38.86, 0}, {11, 5, 24.43, 38.86, 29.44},
            {12, 0, 0, 38.86, 0}, {16, 0, 0, 38.86, 0}, {17, 10, 34.14, 38.86, 24.24}, {18, 1, 4.86, 38.86, 9.99},
            {19, 3, 28.29, 38.71, 25.08}, {20, 0, 0, 38.71, 0}, {21, 2, 14.57, 38.71, 32.30},
            {26, 1, 1.57, 38.71, 227.14}};

    private static Table summary;

    @BeforeAll
    static void summarise() {
        summary = OrderLines.from(Path.of("../data/cdnow_sample.csv")).customerId("customer_id").date("date")
                .amount("amount").cleaning(CleaningRules.standard().keepNonPositiveAmounts())
                .repeatPurchases(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), 7);
    }

    @Test
    void everyCustomerOfTheCohortIsSummarised() {
        assertEquals(2_357, summary.rowCount());
        assertEquals("1", summary.stringColumn("customer_id").get(0));
        assertEquals("2357", summary.stringColumn("customer_id").get(2_356));
    }

    @Test
    void thePublishedSummaryIsReproduced() {
        for (double[] customer : PUBLISHED) {
            int row = (int) customer[0] - 1;
            String who = "customer " + (int) customer[0];
            assertEquals(customer[1], summary.intColumn("x").getInt(row), who);
            assertEquals(customer[2], summary.doubleColumn("t_x").get(row), 0.005, who);
            assertEquals(customer[3], summary.doubleColumn("T").get(row), 0.005, who);
            if (customer[1] > 0) {
                assertEquals(customer[4], summary.doubleColumn("m_x").get(row), 0.005, who);
            } else {
                assertTrue(summary.doubleColumn("m_x").isMissing(row), who + " has no repeat transaction");
            }
        }
    }

    @Test
    void thePapersRepeatBuyersAreFound() {
        assertEquals(946, summary.intColumn("x").isGreaterThan(0).size());
    }

    @Test
    void holdoutTransactionsFollowTheCalibrationPeriod() {
        // Customer 1 bought on 1997-01-01, 1997-01-18 and 1997-08-02 (calibration), then 1997-12-12 (holdout).
        assertEquals(1, summary.intColumn("x_holdout").get(0));
        assertTrue(summary.intColumn("x_holdout").min() >= 0);
    }
}
