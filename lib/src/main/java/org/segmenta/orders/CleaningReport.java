package org.segmenta.orders;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What cleaning did to an order-line file: the lines read, each {@link CleaningStep} in the order the rules were
 * applied (see {@link CleaningRules}), and what was left: lines, customers, orders and the dates they span.
 *
 * @param file the order-line file
 * @param linesRead data lines in the file (the header not counted)
 * @param steps the rules in the order they were applied
 * @param linesKept lines left after every rule
 * @param customers distinct customers among the lines kept
 * @param orders the orders of the lines kept: each customer's distinct order ids (distinct purchase days without an
 *     order-id column), added up over the customers
 * @param firstPurchase the earliest purchase date among the lines kept
 * @param lastPurchase the latest purchase date among the lines kept
 */
public record CleaningReport(Path file, long linesRead, List<CleaningStep> steps, long linesKept, long customers,
                             long orders, LocalDate firstPurchase, LocalDate lastPurchase) {

    /** Copies the steps. */
    public CleaningReport {
        steps = List.copyOf(steps);
    }

    /** @return lines dropped by all rules together */
    public long linesDropped() {
        return linesRead - linesKept;
    }

    /**
     * @return one row per rule: {@code rule}, {@code action} ("drop" or "keep"), {@code lines matching},
     *     {@code lines dropped} and {@code lines left} after it; the first row is the lines read
     */
    public Table table() {
        StringColumn rule = StringColumn.create("rule");
        StringColumn applied = StringColumn.create("action");
        LongColumn matching = LongColumn.create("lines matching");
        LongColumn dropped = LongColumn.create("lines dropped");
        LongColumn left = LongColumn.create("lines left");
        rule.append("lines read");
        applied.append("");
        matching.append(linesRead);
        dropped.append(0);
        long remaining = linesRead;
        left.append(remaining);
        for (CleaningStep step : steps) {
            remaining -= step.linesDropped();
            rule.append(step.rule());
            applied.append(step.applied() ? "drop" : "keep");
            matching.append(step.linesMatching());
            dropped.append(step.linesDropped());
            left.append(remaining);
        }
        return Table.create("Cleaning " + file.getFileName(), rule, applied, matching, dropped, left);
    }

    /** @return the report as lines of text, e.g. "cancellations (order id starts with C): 9,288 matching, 8,905 dropped" */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %,d order lines read%n",
                file.getFileName(), linesRead));
        for (CleaningStep step : steps) {
            text.append(String.format(Locale.ROOT, "  %s: %,d matching, %s%n", step.rule(), step.linesMatching(),
                    step.applied() ? String.format(Locale.ROOT, "%,d dropped", step.linesDropped()) : "kept"));
        }
        return text.append(String.format(Locale.ROOT,
                "%,d lines kept: %,d customers, %,d orders, %s … %s", linesKept, customers, orders,
                firstPurchase, lastPurchase)).toString();
    }
}
