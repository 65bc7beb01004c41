package org.segmenta.playbook;

import java.util.Locale;
import java.util.Optional;
import org.segmenta.naming.Level;

/**
 * A marketing concept a column of the customer table can stand for. Playbook rules and key metrics speak of roles,
 * not of column names, so that the same rules work on any table once its columns are mapped ({@link Roles}).
 *
 * <p>In a rule's reason template a role is written as its {@link #key()} in braces, e.g. {@code {income}} or
 * {@code {deal_usage}}.
 */
public enum Role {
    /** The customer's income (e.g. "Annual Income (k$)", "Income"). */
    INCOME("income"),
    /** How much the customer spends with us: an amount, or a score (e.g. "Spending Score (1-100)"). */
    SPENDING("spending"),
    /** Time since the last purchase, e.g. days ("Recency"): high means long ago. */
    RECENCY("recency"),
    /** Number of purchases in the period. */
    FREQUENCY("frequency"),
    /** Number of purchases made with a discount or deal ("NumDealsPurchases"). */
    DEAL_USAGE("deal usage"),
    /** Response to campaigns: accepted the last offer (0/1), or the number of offers accepted. */
    CAMPAIGN_RESPONSE("campaign response"),
    /** How long the customer has been with us. */
    TENURE("tenure"),
    /** The customer's age. */
    AGE("age"),
    /** Children in the household ("Kidhome" + "Teenhome"). */
    CHILDREN("children"),
    /** Model lifetime value: the expected, discounted value of future purchases (e.g. "clv" from BG/NBD and Gamma-Gamma). */
    CLV("lifetime value"),
    /**
     * The probability that the customer is still active ("p_alive" from BG/NBD); low means likely churned. A
     * probability means the same whatever other customers' values are, so it has a scale of its own: Low below 0.5
     * (more likely gone than active), High above 0.75 (three to one still active).
     */
    P_ALIVE("P(alive)", 0.5, 0.75),
    /** The number of purchases a model expects in a coming period ("expected_purchases"). */
    EXPECTED_PURCHASES("expected purchases");

    private final String words;
    private final double lowBelow;
    private final double highAbove;

    Role(String words) {
        this(words, Double.NaN, Double.NaN);
    }

    Role(String words, double lowBelow, double highAbove) {
        this.words = words;
        this.lowBelow = lowBelow;
        this.highAbove = highAbove;
    }

    /**
     * @param value a segment's mean (or median) on the column that plays this role
     * @return its level on this role's own scale (see {@link #P_ALIVE}), or empty for a role whose levels come from
     *     the tertiles of all customers ({@link org.segmenta.naming.FeatureLevels})
     */
    public Optional<Level> ownLevel(double value) {
        return hasOwnScale() ? Optional.of(Level.of(value, lowBelow, highAbove)) : Optional.empty();
    }

    /** @return whether the role's levels are read on a scale of its own rather than from the tertiles */
    public boolean hasOwnScale() {
        return !Double.isNaN(lowBelow);
    }

    /** @return the value below which the role's own scale says Low; NaN without a scale of its own */
    public double lowBelow() {
        return lowBelow;
    }

    /** @return the value above which the role's own scale says High; NaN without a scale of its own */
    public double highAbove() {
        return highAbove;
    }

    /** @return the role in words, e.g. "deal usage" */
    public String words() {
        return words;
    }

    /** @return the placeholder key in reason templates: lower case with underscores, e.g. {@code deal_usage} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
