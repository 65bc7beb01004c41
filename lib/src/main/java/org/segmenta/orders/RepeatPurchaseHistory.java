package org.segmenta.orders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import tech.tablesaw.api.Table;

/**
 * Each customer's transactions summarised for the repeat-purchase models, in days (see
 * {@link OrderLines#repeatPurchases(LocalDate, LocalDate)}): the customer id column, then {@code x}, {@code t_x},
 * {@code T}, {@code m_x} and {@code x_holdout}, one row per customer whose first purchase is on or before the end of
 * the calibration period, in the order of {@link CustomerTable}.
 *
 * @param table the summary, times in days
 * @param calibrationEnd the last day of the calibration period
 * @param holdoutEnd the last day of the holdout period (equal to {@code calibrationEnd} when there is none)
 * @param cleaning what cleaning dropped from the order lines
 */
public record RepeatPurchaseHistory(Table table, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                    CleaningReport cleaning) {

    /** @return the days from the end of the calibration period to the end of the holdout period (0 without one) */
    public long holdoutDays() {
        return ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd);
    }

    /** @return the name of the customer id column (the input's) */
    public String idColumn() {
        return table.column(0).name();
    }
}
