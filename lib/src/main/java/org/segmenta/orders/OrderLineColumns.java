package org.segmenta.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an order-line file that the study reads, named as in the file's header: the customer, the date (or
 * date and time) of the purchase, either the line's amount or its quantity and unit price (amount = quantity × unit
 * price), and optionally the order id (an invoice number). Other columns are ignored.
 *
 * @param customerId the customer id column
 * @param date the purchase date column
 * @param amount the amount column, or {@code null} when quantity and price are given
 * @param quantity the quantity column, or {@code null} when an amount is given
 * @param price the unit price column, or {@code null} when an amount is given
 * @param orderId the order id column, or {@code null}: orders are then counted as purchase days
 */
public record OrderLineColumns(String customerId, String date, String amount, String quantity, String price,
                               String orderId) {

    /** @return whether the amount is quantity × unit price (otherwise an amount column is read) */
    public boolean quantityTimesPrice() {
        return quantity != null;
    }

    /** @return every named column, in the order above, without the ones not given */
    public List<String> named() {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {customerId, date, amount, quantity, price, orderId}) {
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Checks that the columns are complete: a customer, a date, and an amount or both quantity and price.
     *
     * @throws IllegalArgumentException saying which column to name
     */
    void requireComplete() {
        if (customerId == null) {
            throw new IllegalArgumentException("name the customer id column of the order lines, e.g. "
                    + ".customerId(\"CustomerID\").");
        }
        if (date == null) {
            throw new IllegalArgumentException("name the purchase date column of the order lines, e.g. "
                    + ".date(\"InvoiceDate\").");
        }
        if (amount == null && (quantity == null || price == null)) {
            throw new IllegalArgumentException("name either the amount column (.amount(\"Amount\")) or the quantity "
                    + "and unit price columns (.quantityTimesPrice(\"Quantity\", \"UnitPrice\")) of the order lines.");
        }
    }
}
