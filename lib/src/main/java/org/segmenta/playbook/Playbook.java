package org.segmenta.playbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.segmenta.naming.FeatureLevels;
import org.segmenta.naming.Level;
import org.segmenta.profiling.NumericFeatureProfile;
import org.segmenta.profiling.ReadableNumbers;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A marketing playbook: a table of rules ({@link PlaybookRule}: conditions on feature levels → action + reason) that
 * turns segment profiles into recommended actions. The rules are data: start from {@link #standard()}, add rules with
 * {@link #with(PlaybookRule)}, drop them with {@link #without(String)}, or build your own with {@link #of}. Immutable.
 *
 * <pre>{@code
 * Roles roles = Roles.none().with(Role.INCOME, "Annual Income (k$)").with(Role.SPENDING, "Spending Score (1-100)");
 * Recommendations advice = Playbook.standard().advise(profiles, roles);
 * Show.table(Playbook.standard().table());     // the rules themselves
 * Show.table(advice.table(names));             // what to do with each segment, and why
 * }</pre>
 *
 * <p><b>How rules fire.</b> A segment's level on a feature is its mean against the tertiles of all customers
 * ({@link FeatureLevels}), except for a role with a scale of its own ({@link Role#ownLevel}): {@link Role#P_ALIVE} is
 * Low below 0.5 (more likely gone than active: "probably lapsing") and High above 0.75, whatever the other customers'
 * values. Otherwise a model that finds almost every customer alive (P(alive) ≈ 1 everywhere) would still call the
 * lowest third "lapsing". A rule fires for a segment when every condition holds. A condition on a {@link Role} that no
 * column plays is not met, so rules about, say, recency simply stay silent on a table without a recency column. Rules
 * are listed in priority order: the first rule that fires gives a segment's top action.
 *
 * <p><b>The standard rules</b> (priority order; see {@link #table()}), first the nine cells of the income × spending
 * grid, so that every segment gets a core strategy when those two roles are mapped, then behaviour rules:
 * <ol>
 *   <li>high income &amp; high spending → retain: VIP programme, early access;</li>
 *   <li>high income &amp; low spending → premium loyalty / VIP offers to win share of wallet;</li>
 *   <li>low income &amp; high spending → instalments, cashback and deals;</li>
 *   <li>low income &amp; low spending → low-cost channels, re-activation only if the margin allows;</li>
 *   <li>mid income &amp; mid spending → standard programme, test cross-sell;</li>
 *   <li>the four edges of the income × spending grid: high &amp; mid → trade up; mid &amp; high → reward loyalty;
 *       low &amp; mid → value offers; mid &amp; low → activation;</li>
 *   <li>with a lifetime model's predictions: high lifetime value &amp; high P(alive) → protect them; high spending &amp;
 *       low P(alive) → personal win-back now; low spending &amp; low P(alive) → no paid campaigns; high P(alive) &amp;
 *       mid lifetime value → grow them;</li>
 *   <li>high recency (long since the last purchase) → win-back campaign;</li>
 *   <li>high campaign response → priority in the next campaign;</li>
 *   <li>high deal usage → deal-led promotions;</li>
 *   <li>high children → family bundles;</li>
 *   <li>low tenure → onboarding journey.</li>
 * </ol>
 * They encode common segment-strategy heuristics (the income × spending quadrants of the mall case study; the recency
 * rule follows RFM practice, A. M. Hughes, <i>Strategic Database Marketing</i>; the lifetime-value rules follow the
 * "value × churn risk" grid of customer-base analysis, e.g. Fader, Hardie &amp; Lee 2005, <i>RFM and CLV</i>) and are
 * meant to be adapted to the business: they are a starting point, not a law.
 */
public final class Playbook {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final List<PlaybookRule> rules;

    private Playbook(List<PlaybookRule> rules) {
        Set<String> names = new HashSet<>();
        for (PlaybookRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("two playbook rules are named '" + rule.name()
                        + "'; give each rule its own name.");
            }
        }
        this.rules = List.copyOf(rules);
    }

    /**
     * @param rules the rules, highest priority first
     * @return a playbook with exactly these rules
     * @throws IllegalArgumentException if two rules share a name
     */
    public static Playbook of(List<PlaybookRule> rules) {
        return new Playbook(rules);
    }

    /**
     * @param rules the rules, highest priority first
     * @return a playbook with exactly these rules
     * @throws IllegalArgumentException if two rules share a name
     */
    public static Playbook of(PlaybookRule... rules) {
        return new Playbook(List.of(rules));
    }

    /** @return the standard rules listed in the class description */
    public static Playbook standard() {
        return of(
                rule("Retain the best", "Retain: VIP programme, early access to new collections, personal service",
                        "High income and high spending ({income}; {spending}): the most valuable customers.",
                        Condition.role(Role.INCOME, Level.HIGH), Condition.role(Role.SPENDING, Level.HIGH)),
                rule("Win share of wallet", "Premium loyalty and VIP offers to win a larger share of wallet",
                        "High income but low spending ({income}; {spending}): they can afford more than they "
                                + "spend with us.",
                        Condition.role(Role.INCOME, Level.HIGH), Condition.role(Role.SPENDING, Level.LOW)),
                rule("Make spending easy", "Instalments, cashback and deals",
                        "Low income but high spending ({income}; {spending}): keen but price-sensitive customers.",
                        Condition.role(Role.INCOME, Level.LOW), Condition.role(Role.SPENDING, Level.HIGH)),
                rule("Serve at low cost",
                        "Serve through low-cost channels; re-activation campaigns only if the margin allows",
                        "Low income and low spending ({income}; {spending}): little room to grow, so keep the cost "
                                + "to serve low.",
                        Condition.role(Role.INCOME, Level.LOW), Condition.role(Role.SPENDING, Level.LOW)),
                rule("Nurture the middle", "Standard loyalty programme; test cross-sell and upgrade offers",
                        "Average income and spending ({income}; {spending}): a broad base to develop step by step.",
                        Condition.role(Role.INCOME, Level.MID), Condition.role(Role.SPENDING, Level.MID)),
                rule("Trade up", "Upsell premium ranges with personal recommendations",
                        "High income, average spending ({income}; {spending}): room to trade up.",
                        Condition.role(Role.INCOME, Level.HIGH), Condition.role(Role.SPENDING, Level.MID)),
                rule("Reward loyalty", "Reward loyalty: points, member prices, free delivery",
                        "Average income but high spending ({income}; {spending}): loyal customers to keep engaged.",
                        Condition.role(Role.INCOME, Level.MID), Condition.role(Role.SPENDING, Level.HIGH)),
                rule("Offer value", "Value offers: own-brand ranges and multi-buy bundles",
                        "Low income, average spending ({income}; {spending}): value-minded regulars.",
                        Condition.role(Role.INCOME, Level.LOW), Condition.role(Role.SPENDING, Level.MID)),
                rule("Activate", "Activation: targeted offers on a first category, with reminders",
                        "Average income but low spending ({income}; {spending}): not yet engaged with us.",
                        Condition.role(Role.INCOME, Level.MID), Condition.role(Role.SPENDING, Level.LOW)),
                rule("Protect the most valuable",
                        "Protect: VIP service, early access and thank-you gifts; no discounts needed",
                        "The highest expected lifetime value ({clv}) and very likely still active ({p_alive}).",
                        Condition.role(Role.CLV, Level.HIGH), Condition.role(Role.P_ALIVE, Level.HIGH)),
                rule("Rescue big spenders at risk",
                        "Personal win-back now: a call or a tailored offer before they are gone",
                        "They spent much ({spending}) but are probably lapsing ({p_alive}).",
                        Condition.role(Role.SPENDING, Level.HIGH), Condition.role(Role.P_ALIVE, Level.LOW)),
                rule("Let the lost go", "No paid campaigns; one low-cost reactivation e-mail at most",
                        "Little spend ({spending}) and probably gone ({p_alive}).",
                        Condition.role(Role.SPENDING, Level.LOW), Condition.role(Role.P_ALIVE, Level.LOW)),
                rule("Grow the active", "Cross-sell and second-category offers to raise their value",
                        "Likely still active ({p_alive}) with room to grow in value ({clv}).",
                        Condition.role(Role.P_ALIVE, Level.HIGH), Condition.role(Role.CLV, Level.MID)),
                rule("Win back", "Win-back campaign: a reminder with a time-limited incentive",
                        "Long since the last purchase ({recency}): at risk of lapsing.",
                        Condition.role(Role.RECENCY, Level.HIGH)),
                rule("Next campaign first", "Give them priority in the next campaign",
                        "They respond to campaigns more than most customers ({campaign_response}).",
                        Condition.role(Role.CAMPAIGN_RESPONSE, Level.HIGH)),
                rule("Lead with deals", "Deal-led promotions: coupons, bundles, sale alerts",
                        "They buy on deals more than most customers ({deal_usage}).",
                        Condition.role(Role.DEAL_USAGE, Level.HIGH)),
                rule("Family bundles", "Family bundles and offers for children",
                        "More children at home than most customers ({children}).",
                        Condition.role(Role.CHILDREN, Level.HIGH)),
                rule("Onboard newcomers", "Onboarding journey: welcome offer and a second-purchase incentive",
                        "Customers for a shorter time than most ({tenure}).",
                        Condition.role(Role.TENURE, Level.LOW)));
    }

    private static PlaybookRule rule(String name, String action, String reason, Condition... conditions) {
        return new PlaybookRule(name, List.of(conditions), action, reason);
    }

    /** @return a copy with {@code rule} added last (lowest priority) */
    public Playbook with(PlaybookRule rule) {
        List<PlaybookRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Playbook(more);
    }

    /**
     * @return a copy without the rule named {@code ruleName}
     * @throws IllegalArgumentException if there is no such rule, listing the rules there are
     */
    public Playbook without(String ruleName) {
        List<PlaybookRule> fewer = new ArrayList<>(rules);
        if (!fewer.removeIf(rule -> rule.name().equals(ruleName))) {
            throw new IllegalArgumentException("there is no playbook rule named '" + ruleName + "'; rules: "
                    + rules.stream().map(PlaybookRule::name).toList());
        }
        return new Playbook(fewer);
    }

    /** @return the rules, in priority order */
    public List<PlaybookRule> rules() {
        return rules;
    }

    /** @return the rule table: {@code Priority}, {@code Rule}, {@code When}, {@code Action}, {@code Reason} */
    public Table table() {
        IntColumn priorities = IntColumn.create("Priority");
        StringColumn names = StringColumn.create("Rule");
        StringColumn conditions = StringColumn.create("When");
        StringColumn actions = StringColumn.create("Action");
        StringColumn reasons = StringColumn.create("Reason");
        for (int r = 0; r < rules.size(); r++) {
            priorities.append(r + 1);
            names.append(rules.get(r).name());
            conditions.append(rules.get(r).describeConditions());
            actions.append(rules.get(r).action());
            reasons.append(rules.get(r).reason());
        }
        return Table.create("Playbook rules (levels: segment mean against the tertiles of all customers)",
                priorities, names, conditions, actions, reasons);
    }

    /**
     * Recommends actions for every segment, judging levels from segment means.
     *
     * @throws IllegalArgumentException if a rule needs a column (through a role, a condition or a placeholder) that
     *     was not profiled as numeric, or a reason names an unknown placeholder
     */
    public Recommendations advise(SegmentProfiles profiles, Roles roles) {
        return advise(FeatureLevels.of(profiles), roles);
    }

    /**
     * Recommends actions for every segment from already judged levels (e.g. from medians).
     *
     * @throws IllegalArgumentException if a rule needs a column (through a role, a condition or a placeholder) that
     *     was not profiled as numeric, or a reason names an unknown placeholder
     */
    public Recommendations advise(FeatureLevels levels, Roles roles) {
        List<List<Recommendation>> perSegment = new ArrayList<>();
        for (int s = 0; s < levels.k(); s++) {
            List<Recommendation> fired = new ArrayList<>();
            for (PlaybookRule rule : rules) {
                if (fires(rule, levels, roles, s)) {
                    fired.add(new Recommendation(s, rule.name(), rule.action(),
                            fillReason(rule, levels.profiles(), roles, s)));
                }
            }
            perSegment.add(fired);
        }
        return new Recommendations(perSegment);
    }

    private static boolean fires(PlaybookRule rule, FeatureLevels levels, Roles roles, int segment) {
        for (Condition condition : rule.conditions()) {
            Optional<String> column = switch (condition) {
                case Condition.OnRole onRole -> roles.column(onRole.role());
                case Condition.OnColumn onColumn -> Optional.of(onColumn.column());
            };
            if (column.isEmpty()) {
                return false;
            }
            requireProfiled(levels.profiles(), column.get(), rule, condition.describe());
            Level level = condition instanceof Condition.OnRole onRole && onRole.role().hasOwnScale()
                    ? onRole.role().ownLevel(levels.centralValue()
                            .of(levels.profiles().profile(segment).numeric(column.get()))).orElseThrow()
                    : levels.level(segment, column.get());
            if (level != condition.level()) {
                return false;
            }
        }
        return true;
    }

    private static String fillReason(PlaybookRule rule, SegmentProfiles profiles, Roles roles, int segment) {
        Matcher matcher = PLACEHOLDER.matcher(rule.reason());
        StringBuilder reason = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String column = columnFor(key, profiles, roles, rule);
            requireProfiled(profiles, column, rule, "{" + key + "}");
            NumericFeatureProfile feature = profiles.profile(segment).numeric(column);
            matcher.appendReplacement(reason, Matcher.quoteReplacement(column + " "
                    + ReadableNumbers.vs(feature.mean(), feature.populationMean()) + " overall"));
        }
        matcher.appendTail(reason);
        return reason.toString();
    }

    /** A placeholder names a mapped role's column first, then a profiled numeric column of that name. */
    private static String columnFor(String key, SegmentProfiles profiles, Roles roles, PlaybookRule rule) {
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.key().equals(key)).findFirst();
        if (role.isPresent() && roles.has(role.get())) {
            return roles.column(role.get()).orElseThrow();
        }
        if (profiles.numericColumns().contains(key)) {
            return key;
        }
        if (role.isPresent()) {
            throw new IllegalArgumentException("the reason of playbook rule '" + rule.name() + "' uses {" + key
                    + "}, but no column plays the role " + role.get().words() + ". Map it with Roles.with(Role."
                    + role.get() + ", column).");
        }
        throw new IllegalArgumentException("the reason of playbook rule '" + rule.name() + "' uses {" + key
                + "}, which is neither a role (" + Arrays.stream(Role.values()).map(Role::key).toList()
                + ") nor a profiled numeric column " + profiles.numericColumns() + ".");
    }

    private static void requireProfiled(SegmentProfiles profiles, String column, PlaybookRule rule, String use) {
        if (!profiles.numericColumns().contains(column)) {
            throw new IllegalArgumentException("playbook rule '" + rule.name() + "' needs column '" + column
                    + "' (" + use + "), but it is not among the profiled numeric columns "
                    + profiles.numericColumns() + ". Add it to the numeric columns of SegmentProfiles.of.");
        }
    }

    @Override
    public String toString() {
        return "Playbook" + rules.stream().map(PlaybookRule::name).toList();
    }
}
