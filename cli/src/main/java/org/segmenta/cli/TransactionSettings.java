package org.segmenta.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.OrderLineColumns;
import org.segmenta.orders.OrderLines;

/**
 * What the user asked for with {@code --transactions}: the order-line file, its columns, its dates, the cleaning rules
 * and the lifetime-value assumptions (column names not yet checked against the file).
 *
 * @param file the order-line file
 * @param columns {@code --customer-id}, {@code --date}, {@code --amount} or {@code --quantity} and {@code --price}, and
 *     {@code --order-id} (orders are purchase days without it)
 * @param dates how the dates are written and which dates the study counts from
 * @param cleaning the cleaning rules: {@link CleaningRules#standard()} changed by {@code --drop-duplicates},
 *     {@code --keep-cancellations}, {@code --keep-returns} and {@code --keep-non-positive-prices}
 * @param lifetimeValue the lifetime-value assumptions
 */
record TransactionSettings(Path file, OrderLineColumns columns, Dates dates, CleaningRules cleaning,
        LifetimeValue lifetimeValue) {

    /**
     * @param format {@code --date-format}, or null to detect it
     * @param snapshot {@code --snapshot-date}, or null for the day after the last purchase
     * @param calibrationEnd {@code --calibration-end}, or null for no holdout validation
     */
    record Dates(String format, LocalDate snapshot, LocalDate calibrationEnd) {
    }

    /**
     * @param months {@code --clv-months}: the horizon of the lifetime value and of the expected purchases
     * @param monthlyDiscountRate {@code --discount-rate}: the monthly discount rate of the lifetime value
     * @param margin {@code --margin}: the share of revenue the lifetime value counts
     */
    record LifetimeValue(int months, double monthlyDiscountRate, double margin) {
    }

    /**
     * @return the named columns by the keys {@code summary.json} and the notebook parameters give them:
     *     {@code customerId}, {@code date}, {@code amount}, {@code quantity}, {@code price}, {@code orderId} (null
     *     when not given), in that order
     */
    Map<String, Object> columnsByKey() {
        Map<String, Object> byKey = new LinkedHashMap<>();
        byKey.put("customerId", columns.customerId());
        byKey.put("date", columns.date());
        byKey.put("amount", columns.amount());
        byKey.put("quantity", columns.quantity());
        byKey.put("price", columns.price());
        byKey.put("orderId", columns.orderId());
        return byKey;
    }

    /** @return the order lines as these settings describe them */
    OrderLines orderLines() {
        OrderLines lines = OrderLines.from(file).customerId(columns.customerId()).date(columns.date());
        lines = columns.quantityTimesPrice() ? lines.quantityTimesPrice(columns.quantity(), columns.price())
                : lines.amount(columns.amount());
        if (columns.orderId() != null) {
            lines = lines.orderId(columns.orderId());
        }
        if (dates.format() != null) {
            lines = lines.dateFormat(dates.format());
        }
        if (dates.snapshot() != null) {
            lines = lines.snapshotDate(dates.snapshot());
        }
        return lines.cleaning(cleaning);
    }
}
