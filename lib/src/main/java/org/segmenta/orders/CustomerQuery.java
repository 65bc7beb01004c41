package org.segmenta.orders;

import java.time.LocalDate;

/**
 * The customer table of checked and cleaned order lines, as a query for the engine that cleaned them
 * ({@link OrderLines#customerQuery(OrderLineEngine)}): the engine runs it where it likes, e.g. into a Tablesaw table on
 * one machine ({@link CustomerTable}) or into a Dataset that stays on a Spark cluster.
 *
 * @param query the customer query ({@link OrderLineSql#customers}): one row per customer with the columns of
 *     {@link CustomerTable}, over the engine's table {@value OrderLineSql#ORDERS_TABLE}
 * @param repeatPurchases the repeat-purchase query over the whole file ({@link OrderLineSql#repeatPurchases}, the
 *     calibration period ending on the last purchase kept, no holdout; as {@link OrderLines#repeatPurchases()}): one
 *     row per customer with {@code x}, {@code t_x}, {@code T} (days), {@code m_x} and {@code x_holdout}, over the
 *     engine's table {@value OrderLineSql#TYPED_TABLE}
 * @param cleaning what cleaning dropped on the way
 * @param snapshotDate the date recency and tenure are counted to
 * @param datePattern how the file's dates were written (given or detected)
 */
public record CustomerQuery(String query, String repeatPurchases, CleaningReport cleaning, LocalDate snapshotDate,
                            DatePattern datePattern) {
}
