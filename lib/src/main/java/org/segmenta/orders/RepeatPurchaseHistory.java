package org.segmenta.orders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import tech.tablesaw.api.Table;

/**
 * Each customer's transactions summarised for the repeat-purchase models, in days (see
 * {@link OrderLines#repeatPurchases(LocalDate, LocalDate)}): the customer id column, then {@code x}, {@code t_x},
 * {@code T}, {@code m_x} and {@code x_holdout}, one row per customer whose first purchase is on or before the end of
 * the calibration period, in the order of {@link CustomerTable}; and the same customers' transactions day by day
 * ({@code day}, {@code first_purchases}, {@code repeat_transactions}, up to the end of the holdout period; see
 * {@link OrderLineSql#dailyTransactions}), from which the cumulative repeat-purchase curve is drawn.
 *
 * @param table the summary, times in days
 * @param calibrationEnd the last day of the calibration period
 * @param holdoutEnd the last day of the holdout period (equal to {@code calibrationEnd} when there is none)
 * @param cleaning what cleaning dropped from the order lines
 * @param daily the cohort's first purchases and repeat transactions per calendar day, ordered by day
 */
public record RepeatPurchaseHistory(Table table, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                    CleaningReport cleaning, Table daily) {

    /** @return the days from the end of the calibration period to the end of the holdout period (0 without one) */
    public long holdoutDays() {
        return ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd);
    }

    /** @return the name of the customer id column (the input's) */
    public String idColumn() {
        return table.column(0).name();
    }

    /** @return the day of the cohort's first purchase: the origin of the cumulative repeat-purchase curve */
    public LocalDate firstPurchase() {
        return daily.dateColumn("day").get(0);
    }
}
