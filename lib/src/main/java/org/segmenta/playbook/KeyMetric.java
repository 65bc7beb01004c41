package org.segmenta.playbook;

import org.segmenta.profiling.ReadableNumbers;

/**
 * A key business figure per segment, computed by {@link KeyMetrics} when the columns it needs play their
 * {@link Role}s.
 */
public enum KeyMetric {
    /** Mean of the {@link Role#SPENDING} column over the segment's customers. */
    SPEND_PER_CUSTOMER("Spend per customer", false),
    /** Spend per customer turned into a lifetime-value proxy by a {@link ClvAssumption}. */
    CLV_PROXY("CLV proxy", false),
    /** Mean of the {@link Role#RECENCY} column (e.g. days since the last purchase). */
    RECENCY("Recency", false),
    /** Share of customers whose {@link Role#CAMPAIGN_RESPONSE} value is above 0 (accepted at least one offer). */
    RESPONSE_RATE("Campaign response rate", true),
    /** {@code Σ} {@link Role#DEAL_USAGE} ÷ {@code Σ} {@link Role#FREQUENCY}: the share of purchases made on a deal. */
    DEAL_SHARE("Deal share of purchases", true),
    /** Mean of the {@link Role#CLV} column: the model's lifetime value per customer. */
    LIFETIME_VALUE("Lifetime value (model)", false),
    /** Mean of the {@link Role#EXPECTED_PURCHASES} column. */
    EXPECTED_PURCHASES("Expected purchases", false),
    /** Mean of the {@link Role#P_ALIVE} column: the expected share of the segment still active. */
    P_ALIVE("Mean P(alive)", true),
    /** Share of customers whose {@link Role#P_ALIVE} is below {@link KeyMetrics#AT_RISK_BELOW}. */
    AT_RISK_SHARE("Share at risk", true);

    private final String label;
    private final boolean rate;

    KeyMetric(String label, boolean rate) {
        this.label = label;
        this.rate = rate;
    }

    /** @return the metric's name for people, e.g. "Campaign response rate" */
    public String label() {
        return label;
    }

    /** @return whether the metric is a fraction (0 to 1), shown as a percentage */
    public boolean isRate() {
        return rate;
    }

    /** @return the column header in tables: the label, with " (%)" for rates */
    public String header() {
        return rate ? label + " (%)" : label;
    }

    /** @return {@code value} for people: "15 %" for rates, otherwise {@link ReadableNumbers#value(double)} */
    public String format(double value) {
        return rate ? ReadableNumbers.percent(value) : ReadableNumbers.value(value);
    }
}
