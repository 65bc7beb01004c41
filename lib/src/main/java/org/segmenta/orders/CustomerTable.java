package org.segmenta.orders;

import java.time.LocalDate;
import tech.tablesaw.api.Table;

/**
 * Customers made from order lines: one row per customer, in the order of their ids, with the input's customer id
 * column (as text) and
 *
 * <ul>
 *   <li>{@value #RECENCY_DAYS}: whole days from the calendar date of the last purchase to the snapshot date (1 for a
 *       customer who bought on the last day of the data, with the default snapshot, the day after it);</li>
 *   <li>{@value #FREQUENCY}: distinct orders (distinct purchase days when there is no order-id column);</li>
 *   <li>{@value #MONETARY}: the total of the kept lines' amounts (quantity × unit price);</li>
 *   <li>{@value #AVERAGE_ORDER_VALUE}: monetary ÷ frequency;</li>
 *   <li>{@value #TENURE_DAYS}: whole days from the date of the first purchase to the snapshot date;</li>
 *   <li>{@value #FIRST_PURCHASE}, {@value #LAST_PURCHASE}: the dates of the first and last purchase.</li>
 * </ul>
 *
 * <p>The table flows into the rest of a study like any customer table, e.g.
 * {@code FeatureMatrix.builder(customers.table()).numeric("recency_days", "frequency", "monetary")}.
 *
 * @param table the customers
 * @param cleaning what cleaning dropped on the way
 * @param snapshotDate the date recency and tenure are counted to
 * @param datePattern how the file's dates were written (given or detected)
 */
public record CustomerTable(Table table, CleaningReport cleaning, LocalDate snapshotDate, DatePattern datePattern) {

    /** Column: days since the last purchase. */
    public static final String RECENCY_DAYS = "recency_days";
    /** Column: number of orders. */
    public static final String FREQUENCY = "frequency";
    /** Column: total spend. */
    public static final String MONETARY = "monetary";
    /** Column: total spend per order. */
    public static final String AVERAGE_ORDER_VALUE = "average_order_value";
    /** Column: days since the first purchase. */
    public static final String TENURE_DAYS = "tenure_days";
    /** Column: date of the first purchase. */
    public static final String FIRST_PURCHASE = "first_purchase";
    /** Column: date of the last purchase. */
    public static final String LAST_PURCHASE = "last_purchase";

    /** @return the name of the customer id column (the input's) */
    public String idColumn() {
        return table.column(0).name();
    }

    /** @return the number of customers */
    public int size() {
        return table.rowCount();
    }
}
