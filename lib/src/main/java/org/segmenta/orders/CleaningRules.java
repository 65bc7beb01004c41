package org.segmenta.orders;

/**
 * Which order lines are left out before customers are counted. Every rule is applied in this order, and the
 * {@link CleaningReport} counts the lines each one matched and dropped:
 *
 * <ol>
 *   <li><b>exact duplicates</b> (every column equal to an earlier line): kept by default, because two identical lines
 *       can be two real purchases of the same item in one order; {@link #dropDuplicates()} drops the copies;</li>
 *   <li><b>lines without a customer</b>: always dropped, since they belong to no one (in Online Retail, a quarter of
 *       the lines);</li>
 *   <li><b>lines without a date or an amount</b> (empty cells): always dropped;</li>
 *   <li><b>cancellations</b>: lines whose order id starts with {@link #cancellationPrefix()} ({@code "C"} by default, as
 *       in Online Retail's {@code C536379}); dropped by default, not netted against the order they cancel. Their
 *       quantities are negative, so {@link #keepCancellations()} alone keeps none of them: the next rule drops them;
 *       with {@link #keepNonPositiveQuantities()} as well, they lower the customer's total and each cancellation
 *       counts as an order. Checked only when an order-id column is named;</li>
 *   <li><b>non-positive quantities</b> (returns, corrections): dropped by default;</li>
 *   <li><b>non-positive prices or amounts</b> (free samples, adjustments): dropped by default.</li>
 * </ol>
 *
 * <pre>{@code
 * CleaningRules rules = CleaningRules.standard().dropDuplicates().keepCancellations();
 * }</pre>
 *
 * @param dropsDuplicates whether exact duplicate lines are reduced to one
 * @param dropsCancellations whether cancellation lines are dropped (they are counted either way)
 * @param cancellationPrefix the order-id prefix that marks a cancellation
 * @param dropsNonPositiveQuantities whether lines with a quantity ≤ 0 are dropped
 * @param dropsNonPositiveAmounts whether lines with a unit price ≤ 0 (or, without quantity and price, an amount ≤ 0)
 *     are dropped
 */
public record CleaningRules(boolean dropsDuplicates, boolean dropsCancellations, String cancellationPrefix,
                            boolean dropsNonPositiveQuantities, boolean dropsNonPositiveAmounts) {

    /** Checks that the cancellation prefix is not empty. */
    public CleaningRules {
        if (cancellationPrefix == null || cancellationPrefix.isEmpty()) {
            throw new IllegalArgumentException("the cancellation prefix is empty, which would make every order a "
                    + "cancellation; give the prefix that marks them (e.g. \"C\"), or keep cancellations.");
        }
    }

    /** @return the default rules: keep duplicates; drop cancellations ("C…"), quantities ≤ 0 and prices ≤ 0 */
    public static CleaningRules standard() {
        return new CleaningRules(false, true, "C", true, true);
    }

    /** @return these rules, also reducing exact duplicate lines to one */
    public CleaningRules dropDuplicates() {
        return new CleaningRules(true, dropsCancellations, cancellationPrefix, dropsNonPositiveQuantities,
                dropsNonPositiveAmounts);
    }

    /** @return these rules, keeping cancellation lines */
    public CleaningRules keepCancellations() {
        return new CleaningRules(dropsDuplicates, false, cancellationPrefix, dropsNonPositiveQuantities,
                dropsNonPositiveAmounts);
    }

    /** @return these rules, with cancellations marked by order ids that start with {@code prefix} */
    public CleaningRules cancellationsStartWith(String prefix) {
        return new CleaningRules(dropsDuplicates, dropsCancellations, prefix, dropsNonPositiveQuantities,
                dropsNonPositiveAmounts);
    }

    /** @return these rules, keeping lines with a quantity ≤ 0 */
    public CleaningRules keepNonPositiveQuantities() {
        return new CleaningRules(dropsDuplicates, dropsCancellations, cancellationPrefix, false,
                dropsNonPositiveAmounts);
    }

    /** @return these rules, keeping lines with a price (or amount) ≤ 0 */
    public CleaningRules keepNonPositiveAmounts() {
        return new CleaningRules(dropsDuplicates, dropsCancellations, cancellationPrefix, dropsNonPositiveQuantities,
                false);
    }
}
