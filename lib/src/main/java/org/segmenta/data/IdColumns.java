package org.segmenta.data;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Recognises the column that identifies customers, so that it is not mistaken for a feature: a customer number says
 * nothing about the customer, yet it is numeric and would otherwise be clustered on.
 *
 * <p>A column is taken for an id when both hold:
 * <ul>
 *   <li>its name is an id name: {@code id} on its own, or ending in {@code id} after a separator ({@code customer_id},
 *       {@code Customer ID}, {@code client-id}), or in {@code ID}/{@code Id} after a lower-case letter
 *       ({@code CustomerID}, {@code customerId}); case is ignored only for the whole name {@code id}, so that words
 *       such as "Paid" or "Valid" are not ids;</li>
 *   <li>every row has a value and no value repeats.</li>
 * </ul>
 * The first such column in table order is the id.
 *
 * <pre>{@code
 * IdColumns.guess(customers.text());   // Optional[CustomerID] for the mall data
 * }</pre>
 */
public final class IdColumns {

    private static final Pattern ID_NAME = Pattern.compile("(?i:id)|.*[ _\\-.](?i:id)|.*\\p{Ll}(ID|Id)");

    private IdColumns() {
    }

    /** @return the id column of {@code table}, if one is recognised */
    public static Optional<String> guess(Table table) {
        for (Column<?> column : table.columns()) {
            if (isIdName(column.name()) && uniqueAndComplete(column)) {
                return Optional.of(column.name());
            }
        }
        return Optional.empty();
    }

    /** @return whether {@code name} reads as the name of an id column (see the class description) */
    public static boolean isIdName(String name) {
        return ID_NAME.matcher(name.strip()).matches();
    }

    private static boolean uniqueAndComplete(Column<?> column) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i) || !seen.add(column.getString(i))) {
                return false;
            }
        }
        return true;
    }
}
