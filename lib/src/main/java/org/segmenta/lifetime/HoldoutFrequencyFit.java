package org.segmenta.lifetime;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The conditional-expectation check of Fader, Hardie &amp; Lee (2005, Figure 4): customers grouped by their number
 * of repeat transactions in the calibration period (0, 1, …, "top+"), and for each group the mean number of
 * transactions actually made in the holdout period against the mean the model expected,
 * {@link BgNbdModel#conditionalExpectedPurchases}{@code (holdout length, x, t_x, T)}. The lifetimes library draws
 * the same comparison as {@code plot_calibration_purchases_vs_holdout_purchases}.
 *
 * <pre>{@code
 * HoldoutFrequencyFit check = HoldoutFrequencyFit.of(model, summary.withHoldout(xStar, 39), 7);
 * }</pre>
 */
public final class HoldoutFrequencyFit {

    private final String[] labels;
    private final int[] customers;
    private final double[] actualMean;
    private final double[] expectedMean;

    private HoldoutFrequencyFit(String[] labels, int[] customers, double[] actualMean, double[] expectedMean) {
        this.labels = labels;
        this.customers = customers;
        this.actualMean = actualMean;
        this.expectedMean = expectedMean;
    }

    /**
     * @param summary a summary with holdout counts ({@link RepeatPurchaseSummary#withHoldout})
     * @param top the last group, "top+" (≥ 1; 7 as in the paper)
     * @throws IllegalArgumentException if the summary has no holdout counts
     */
    public static HoldoutFrequencyFit of(BgNbdModel model, RepeatPurchaseSummary summary, int top) {
        FrequencyGroups.checkTop(top);
        int[] holdout = summary.holdoutCounts().orElseThrow(() -> new IllegalArgumentException("the summary has no "
                + "holdout counts: add them with withHoldout(x*, length) to compare with the holdout period."));
        double[] expected = model.conditionalExpectedPurchases(summary.holdoutLength(), summary);
        int[] customers = new int[top + 1];
        double[] actualMean = new double[top + 1];
        double[] expectedMean = new double[top + 1];
        for (int i = 0; i < summary.size(); i++) {
            int g = FrequencyGroups.group(summary.frequency(i), top);
            customers[g]++;
            actualMean[g] += holdout[i];
            expectedMean[g] += expected[i];
        }
        for (int g = 0; g <= top; g++) {
            // An empty group has no mean; it is shown as 0 customers with means 0.
            actualMean[g] = customers[g] == 0 ? 0 : actualMean[g] / customers[g];
            expectedMean[g] = customers[g] == 0 ? 0 : expectedMean[g] / customers[g];
        }
        return new HoldoutFrequencyFit(FrequencyGroups.labels(top), customers, actualMean, expectedMean);
    }

    /** @return the group labels "0", "1", …, "top+" */
    public String[] labels() {
        return labels.clone();
    }

    /** @return the number of customers in each group */
    public int[] customers() {
        return customers.clone();
    }

    /** @return each group's mean number of holdout transactions (0 for an empty group) */
    public double[] actualMean() {
        return actualMean.clone();
    }

    /** @return each group's mean expected number of holdout transactions (0 for an empty group) */
    public double[] expectedMean() {
        return expectedMean.clone();
    }

    /** @return a table with columns "calibration repeat transactions", "customers", "actual", "expected" */
    public Table toTable() {
        return Table.create("holdout transactions by calibration frequency",
                StringColumn.create("calibration repeat transactions", labels),
                IntColumn.create("customers", customers), DoubleColumn.create("actual holdout (mean)", actualMean),
                DoubleColumn.create("expected holdout (mean)", expectedMean));
    }
}
