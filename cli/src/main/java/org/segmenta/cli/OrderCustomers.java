package org.segmenta.cli;

import java.util.List;
import org.segmenta.data.CustomerFile;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.HoldoutFrequencyFit;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;
import org.segmenta.orders.CustomerTable;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;
import tech.tablesaw.api.Table;

/**
 * The customers the command made from order lines ({@code --transactions}), step by step; each part was made by the
 * lib: the customer table with its cleaning report, the RFM scores and named segments, the lifetime models fitted on
 * the whole file with their predictions per customer, the holdout validation when asked for, and the joined table the
 * segmentation study runs on.
 *
 * @param settings what was asked for
 * @param customers the customer table ({@code OrderLines.customers()})
 * @param rfm the customers with RFM scores and the standard map's segment names
 * @param models the lifetime models fitted on the whole file, and the holdout check when asked for
 * @param predictions each customer's expected purchases, P(alive) and lifetime value
 * @param table the customers with the columns {@link #COLUMNS} (after the id), in the customers' order
 * @param file {@code table} seen as a customer file, for the segmentation study
 */
record OrderCustomers(TransactionSettings settings, CustomerTable customers, Table rfm, Models models,
        Predictions predictions, Table table, CustomerFile file) {

    /**
     * The lifetime models.
     *
     * @param summary the repeat-purchase summary of the whole file, in {@link #UNIT}, rows in the customers' order
     * @param purchases the BG/NBD model fitted on {@code summary}
     * @param spend the Gamma-Gamma model fitted on {@code summary}
     * @param validation the fit on the calibration period checked on the holdout, or null without {@code
     *     --calibration-end}
     */
    record Models(RepeatPurchaseSummary summary, BgNbdModel purchases, GammaGammaModel spend,
            HoldoutValidation validation) {
    }

    /**
     * The models' predictions, one value per customer in the customers' order.
     *
     * @param expectedPurchases expected purchases over the next {@code --clv-months} months
     * @param probabilityAlive P(alive) at the end of the data
     * @param lifetimeValue the discounted lifetime value over {@code --clv-months} months
     */
    record Predictions(double[] expectedPurchases, double[] probabilityAlive, double[] lifetimeValue) {
    }

    /** The time unit of the lifetime models, as in Fader, Hardie &amp; Lee (2005) and lifetimes' examples. */
    static final TimeUnit UNIT = TimeUnit.WEEKS;

    /** The last calibration-frequency group of the holdout validation ("7+"), as in the paper's Figure 4. */
    static final int TOP_FREQUENCY = 7;

    /** Column: expected purchases over the lifetime-value horizon. */
    static final String EXPECTED_PURCHASES = "expected_purchases";
    /** Column: the probability that the customer is still active. */
    static final String P_ALIVE = "p_alive";
    /** Column: the discounted lifetime value. */
    static final String CLV = "clv";

    /** The columns after the customer id, in this order (other tools rely on it). */
    static final List<String> COLUMNS = List.of(CustomerTable.RECENCY_DAYS, CustomerTable.FREQUENCY,
            CustomerTable.MONETARY, CustomerTable.AVERAGE_ORDER_VALUE, CustomerTable.TENURE_DAYS,
            CustomerTable.FIRST_PURCHASE, CustomerTable.LAST_PURCHASE, RfmScores.R_SCORE, RfmScores.F_SCORE,
            RfmScores.M_SCORE, RfmSegmentMap.SEGMENT_COLUMN, EXPECTED_PURCHASES, P_ALIVE, CLV);

    /** The default features: log-scaled recency, frequency and monetary value. */
    static final List<String> FEATURES = List.of(CustomerTable.RECENCY_DAYS, CustomerTable.FREQUENCY,
            CustomerTable.MONETARY);

    /** @return the model's time units in the lifetime-value horizon ({@code --clv-months} × units per month) */
    static double horizon(TransactionSettings settings) {
        return settings.lifetimeValue().months() * UNIT.unitsPerMonth();
    }

    /**
     * The BG/NBD model fitted on the calibration period and compared with what the customers did in the holdout.
     *
     * @param calibration the summary of the calibration period, with each customer's holdout transactions
     * @param purchases the BG/NBD model fitted on {@code calibration}
     * @param fit expected against actual holdout transactions, per calibration frequency 0..7+
     */
    record HoldoutValidation(RepeatPurchaseSummary calibration, BgNbdModel purchases, HoldoutFrequencyFit fit) {

        /** @return Σ x*, the holdout transactions the customers made */
        long actualTotal() {
            return java.util.Arrays.stream(calibration.holdoutCounts().orElseThrow()).asLongStream().sum();
        }

        /** @return the holdout transactions the model expected of all customers together */
        double expectedTotal() {
            return java.util.Arrays.stream(purchases.conditionalExpectedPurchases(calibration.holdoutLength(),
                    calibration)).sum();
        }
    }
}
