package org.segmenta.lifetime;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How well a BG/NBD model reproduces the calibration data: the number of customers with 0, 1, 2, … repeat
 * transactions, actual against expected (Fader, Hardie &amp; Lee 2005, Figure 2; Hardie's note "Creating a fit
 * histogram for the BG/NBD model"). Each customer i was observed for her own T_i, so the expected count of
 * customers with k repeat transactions is {@code Σ_i P(X(T_i) = k)} ({@link BgNbdModel#probabilityOfPurchases}); the
 * last group collects k and more.
 *
 * <pre>{@code
 * CalibrationFrequencyFit fit = CalibrationFrequencyFit.of(model, summary, 7);   // groups 0..6 and 7+
 * Show.table(fit.toTable());
 * }</pre>
 */
public final class CalibrationFrequencyFit {

    private final String[] labels;
    private final int[] actual;
    private final double[] expected;

    private CalibrationFrequencyFit(String[] labels, int[] actual, double[] expected) {
        this.labels = labels;
        this.actual = actual;
        this.expected = expected;
    }

    /** @param top the last group, "top+" (≥ 1) */
    public static CalibrationFrequencyFit of(BgNbdModel model, RepeatPurchaseSummary summary, int top) {
        FrequencyGroups.checkTop(top);
        int[] actual = new int[top + 1];
        double[] expected = new double[top + 1];
        for (int i = 0; i < summary.size(); i++) {
            actual[FrequencyGroups.group(summary.frequency(i), top)]++;
            double below = 0;
            for (int k = 0; k < top; k++) {
                double probability = model.probabilityOfPurchases(k, summary.age(i));
                expected[k] += probability;
                below += probability;
            }
            expected[top] += Math.max(0, 1 - below);
        }
        return new CalibrationFrequencyFit(FrequencyGroups.labels(top), actual, expected);
    }

    /** @return the group labels "0", "1", …, "top+" */
    public String[] labels() {
        return labels.clone();
    }

    /** @return the number of customers in each group */
    public int[] actual() {
        return actual.clone();
    }

    /** @return the expected number of customers in each group under the model */
    public double[] expected() {
        return expected.clone();
    }

    /** @return a table with columns "repeat transactions", "actual customers", "expected customers" */
    public Table toTable() {
        return Table.create("calibration frequencies: actual vs BG/NBD", StringColumn.create("repeat transactions",
                labels), IntColumn.create("actual customers", actual), DoubleColumn.create("expected customers",
                expected));
    }
}
