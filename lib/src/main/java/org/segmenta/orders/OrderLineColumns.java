package org.segmenta.orders;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.segmenta.data.Fix;

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
        return List.copyOf(bySetting().values());
    }

    /** @return every named column by the setting that names it, in the order above, without the ones not given */
    Map<Fix.Setting, String> bySetting() {
        Map<Fix.Setting, String> names = new EnumMap<>(Fix.Setting.class);
        String[] columns = {customerId, date, amount, quantity, price, orderId};
        Fix.Setting[] settings = {Fix.Setting.CUSTOMER_ID_COLUMN, Fix.Setting.DATE_COLUMN, Fix.Setting.AMOUNT_COLUMN,
                Fix.Setting.QUANTITY_COLUMN, Fix.Setting.PRICE_COLUMN, Fix.Setting.ORDER_ID_COLUMN};
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                names.put(settings[i], columns[i]);
            }
        }
        return names;
    }

    /** @return what the column a setting names holds, in words for messages: "customer ids", "purchase dates"... */
    static String meaning(Fix.Setting setting) {
        return switch (setting) {
            case CUSTOMER_ID_COLUMN -> "customer ids";
            case DATE_COLUMN -> "purchase dates";
            case AMOUNT_COLUMN -> "amounts";
            case QUANTITY_COLUMN -> "quantities";
            case PRICE_COLUMN -> "unit prices";
            case ORDER_ID_COLUMN -> "order ids";
            default -> throw new IllegalArgumentException(setting + " names no order-line column");
        };
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
