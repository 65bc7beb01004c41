package org.segmenta.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.OrderLines;

/**
 * What the user asked for with {@code --transactions}: the order-line file, its columns, how its dates are written,
 * the cleaning switches, the snapshot and calibration dates, and the lifetime-value assumptions (column names not yet
 * checked against the file).
 *
 * @param file the order-line file
 * @param customerId {@code --customer-id}
 * @param date {@code --date}
 * @param amount {@code --amount}, or null when quantity and price are given
 * @param quantity {@code --quantity}, or null
 * @param price {@code --price}, or null
 * @param orderId {@code --order-id}, or null: orders are then purchase days
 * @param dateFormat {@code --date-format}, or null to detect it
 * @param snapshotDate {@code --snapshot-date}, or null for the day after the last purchase
 * @param calibrationEnd {@code --calibration-end}, or null for no holdout validation
 * @param dropDuplicates {@code --drop-duplicates}
 * @param keepCancellations {@code --keep-cancellations}
 * @param keepReturns {@code --keep-returns} (quantities ≤ 0)
 * @param keepNonPositivePrices {@code --keep-non-positive-prices} (prices or amounts ≤ 0)
 * @param clvMonths {@code --clv-months}: the horizon of the lifetime value and of the expected purchases
 * @param discountRate {@code --discount-rate}: the monthly discount rate of the lifetime value
 * @param margin {@code --margin}: the share of revenue the lifetime value counts
 */
record TransactionSettings(Path file, String customerId, String date, String amount, String quantity, String price,
        String orderId, String dateFormat, LocalDate snapshotDate, LocalDate calibrationEnd, boolean dropDuplicates,
        boolean keepCancellations, boolean keepReturns, boolean keepNonPositivePrices, int clvMonths,
        double discountRate, double margin) {

    /** @return the cleaning rules the switches ask for, from {@link CleaningRules#standard()} */
    CleaningRules cleaning() {
        CleaningRules rules = CleaningRules.standard();
        if (dropDuplicates) {
            rules = rules.dropDuplicates();
        }
        if (keepCancellations) {
            rules = rules.keepCancellations();
        }
        if (keepReturns) {
            rules = rules.keepNonPositiveQuantities();
        }
        if (keepNonPositivePrices) {
            rules = rules.keepNonPositiveAmounts();
        }
        return rules;
    }

    /** @return the order lines as these settings describe them */
    OrderLines orderLines() {
        OrderLines lines = OrderLines.from(file).customerId(customerId).date(date);
        lines = amount != null ? lines.amount(amount) : lines.quantityTimesPrice(quantity, price);
        if (orderId != null) {
            lines = lines.orderId(orderId);
        }
        if (dateFormat != null) {
            lines = lines.dateFormat(dateFormat);
        }
        if (snapshotDate != null) {
            lines = lines.snapshotDate(snapshotDate);
        }
        return lines.cleaning(cleaning());
    }
}
