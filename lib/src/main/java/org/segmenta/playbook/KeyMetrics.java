package org.segmenta.playbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.segmenta.clustering.Segmentation;
import org.segmenta.format.Decimals;
import org.segmenta.naming.SegmentNames;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Key business figures per segment and for all customers, computed from whichever columns play the needed
 * {@link Role}s (others are left out). Missing values are skipped.
 *
 * <ul>
 *   <li>{@link KeyMetric#SPEND_PER_CUSTOMER}: mean of the spending column;</li>
 *   <li>{@link KeyMetric#CLV_PROXY}: {@code spend per customer ÷ spend period × horizon}, only when a
 *       {@link ClvAssumption} is given (see there for what it assumes);</li>
 *   <li>{@link KeyMetric#RECENCY}: mean of the recency column;</li>
 *   <li>{@link KeyMetric#RESPONSE_RATE}: share of customers whose campaign-response value is above 0;</li>
 *   <li>{@link KeyMetric#DEAL_SHARE}: {@code Σ deal purchases ÷ Σ purchases} over the customers with both values
 *       (needs {@link Role#DEAL_USAGE} and {@link Role#FREQUENCY}, the latter counting all purchases);</li>
 *   <li>{@link KeyMetric#LIFETIME_VALUE}, {@link KeyMetric#EXPECTED_PURCHASES}, {@link KeyMetric#P_ALIVE}: means of
 *       the columns playing {@link Role#CLV}, {@link Role#EXPECTED_PURCHASES} and {@link Role#P_ALIVE} (a model's
 *       predictions per customer, e.g. from {@code org.segmenta.lifetime}); the mean P(alive) is the share of the
 *       segment the model expects to be still active;</li>
 *   <li>{@link KeyMetric#AT_RISK_SHARE}: share of customers with P(alive) below {@link #AT_RISK_BELOW} (0.5), i.e. more
 *       likely gone than active.</li>
 * </ul>
 *
 * <pre>{@code
 * Roles roles = Roles.none().with(Role.SPENDING, "MntTotal").with(Role.RECENCY, "Recency")
 *         .with(Role.CAMPAIGN_RESPONSE, "Response").with(Role.DEAL_USAGE, "NumDealsPurchases")
 *         .with(Role.FREQUENCY, "NumPurchases");
 * KeyMetrics metrics = KeyMetrics.of(people, segments, roles, ClvAssumption.of(2, 3));
 * Show.table(metrics.table());
 * }</pre>
 */
public final class KeyMetrics {

    /**
     * A customer whose P(alive) is below this is counted as at risk: more likely churned than active, the Low mark of
     * {@link Role#P_ALIVE}'s own scale, which the playbook's churn rules use too.
     */
    public static final double AT_RISK_BELOW = Role.P_ALIVE.lowBelow();

    private final int k;
    private final int[] sizes;
    private final int customers;
    private final Map<KeyMetric, double[]> values;
    private final Roles roles;
    private final ClvAssumption clv;

    private KeyMetrics(int[] sizes, int customers, Map<KeyMetric, double[]> values, Roles roles, ClvAssumption clv) {
        this.k = sizes.length;
        this.sizes = sizes;
        this.customers = customers;
        this.values = values;
        this.roles = roles;
        this.clv = clv;
    }

    /**
     * Computes the metrics the mapped roles allow, without a CLV proxy.
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param roles which columns play which roles
     * @return the metrics
     * @throws IllegalArgumentException if the table's rows do not match the segmentation, or a mapped column is
     *     missing from the table or not numeric
     */
    public static KeyMetrics of(Table customers, Segmentation segmentation, Roles roles) {
        return compute(customers, segmentation, roles, null);
    }

    /**
     * Computes the metrics the mapped roles allow, with a CLV proxy when a spending column is mapped.
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param roles which columns play which roles
     * @param clv the assumption that turns spend per customer into a lifetime-value proxy
     * @return the metrics
     * @throws IllegalArgumentException if the table's rows do not match the segmentation, or a mapped column is
     *     missing from the table or not numeric
     */
    public static KeyMetrics of(Table customers, Segmentation segmentation, Roles roles, ClvAssumption clv) {
        return compute(customers, segmentation, roles, Objects.requireNonNull(clv, "clv"));
    }

    private static KeyMetrics compute(Table customers, Segmentation segmentation, Roles roles, ClvAssumption clv) {
        segmentation.requireRowsOf(customers);
        int k = segmentation.k();
        int[] labels = segmentation.labels();
        Map<KeyMetric, double[]> values = new EnumMap<>(KeyMetric.class);
        Optional<double[]> spending = column(customers, roles, Role.SPENDING);
        spending.ifPresent(x -> {
            double[] means = ratio(x, ones(x.length), labels, k);
            values.put(KeyMetric.SPEND_PER_CUSTOMER, means);
            if (clv != null) {
                double[] lifetime = new double[k + 1];
                for (int s = 0; s <= k; s++) {
                    lifetime[s] = clv.clv(means[s]);
                }
                values.put(KeyMetric.CLV_PROXY, lifetime);
            }
        });
        column(customers, roles, Role.RECENCY)
                .ifPresent(x -> values.put(KeyMetric.RECENCY, ratio(x, ones(x.length), labels, k)));
        column(customers, roles, Role.CAMPAIGN_RESPONSE).ifPresent(x -> {
            double[] responded = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                responded[i] = Double.isNaN(x[i]) ? Double.NaN : x[i] > 0 ? 1 : 0;
            }
            values.put(KeyMetric.RESPONSE_RATE, ratio(responded, ones(x.length), labels, k));
        });
        column(customers, roles, Role.CLV)
                .ifPresent(x -> values.put(KeyMetric.LIFETIME_VALUE, ratio(x, ones(x.length), labels, k)));
        column(customers, roles, Role.EXPECTED_PURCHASES)
                .ifPresent(x -> values.put(KeyMetric.EXPECTED_PURCHASES, ratio(x, ones(x.length), labels, k)));
        column(customers, roles, Role.P_ALIVE).ifPresent(x -> {
            values.put(KeyMetric.P_ALIVE, ratio(x, ones(x.length), labels, k));
            double[] atRisk = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                atRisk[i] = Double.isNaN(x[i]) ? Double.NaN : x[i] < AT_RISK_BELOW ? 1 : 0;
            }
            values.put(KeyMetric.AT_RISK_SHARE, ratio(atRisk, ones(x.length), labels, k));
        });
        Optional<double[]> deals = column(customers, roles, Role.DEAL_USAGE);
        Optional<double[]> purchases = column(customers, roles, Role.FREQUENCY);
        if (deals.isPresent() && purchases.isPresent()) {
            values.put(KeyMetric.DEAL_SHARE, ratio(deals.get(), purchases.get(), labels, k));
        }
        return new KeyMetrics(segmentation.sizes(), customers.rowCount(), values, roles, clv);
    }

    private static Optional<double[]> column(Table customers, Roles roles, Role role) {
        return roles.column(role).map(name -> {
            if (!customers.containsColumn(name)) {
                throw new IllegalArgumentException("column '" + name + "' (role " + role.words() + ") is not in table '"
                        + customers.name() + "'. Columns available: " + customers.columnNames());
            }
            Column<?> column = customers.column(name);
            if (!(column instanceof NumericColumn<?> numeric)) {
                throw new IllegalArgumentException("column '" + name + "' (role " + role.words() + ") of table '"
                        + customers.name() + "' is " + column.type().name().toLowerCase()
                        + ", not numeric. Map the role to a numeric column.");
            }
            double[] x = new double[numeric.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = numeric.isMissing(i) ? Double.NaN : numeric.getDouble(i);
            }
            return x;
        });
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * {@code Σ numerator ÷ Σ denominator} per segment (indices 0..k-1) and over everyone (index k), over the rows
     * where both are present. With a denominator of ones this is the mean of the numerator.
     */
    private static double[] ratio(double[] numerator, double[] denominator, int[] labels, int k) {
        double[] top = new double[k + 1];
        double[] bottom = new double[k + 1];
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isNaN(numerator[i]) && !Double.isNaN(denominator[i])) {
                top[labels[i]] += numerator[i];
                bottom[labels[i]] += denominator[i];
                top[k] += numerator[i];
                bottom[k] += denominator[i];
            }
        }
        double[] ratios = new double[k + 1];
        for (int s = 0; s <= k; s++) {
            ratios[s] = bottom[s] == 0 ? Double.NaN : top[s] / bottom[s];
        }
        return ratios;
    }

    /** @return the number of segments */
    public int k() {
        return k;
    }

    /** @return the metrics computed (those whose roles are mapped), in {@link KeyMetric} order */
    public List<KeyMetric> available() {
        return List.copyOf(values.keySet());
    }

    /** @return whether {@code metric} was computed */
    public boolean has(KeyMetric metric) {
        return values.containsKey(metric);
    }

    /**
     * @param segment the segment index, {@code 0 .. k-1}
     * @param metric the metric
     * @return its value for the segment (rates as fractions 0 to 1; NaN if no customer had the values)
     * @throws IllegalArgumentException if the metric was not computed, saying which role to map
     */
    public double value(int segment, KeyMetric metric) {
        if (segment < 0 || segment >= k) {
            throw new IllegalArgumentException("segment index " + segment + " is outside 0.." + (k - 1)
                    + " (Segment n has index n - 1)");
        }
        return series(metric)[segment];
    }

    /** @return the metric over all customers */
    public double overall(KeyMetric metric) {
        return series(metric)[k];
    }

    private double[] series(KeyMetric metric) {
        double[] series = values.get(metric);
        if (series == null) {
            throw new IllegalArgumentException(metric.label() + " was not computed: " + needs(metric)
                    + ". Computed: " + available());
        }
        return series;
    }

    private static String needs(KeyMetric metric) {
        return switch (metric) {
            case SPEND_PER_CUSTOMER -> "map Role.SPENDING to a column";
            case CLV_PROXY -> "map Role.SPENDING and pass a ClvAssumption";
            case RECENCY -> "map Role.RECENCY to a column";
            case RESPONSE_RATE -> "map Role.CAMPAIGN_RESPONSE to a column";
            case DEAL_SHARE -> "map both Role.DEAL_USAGE and Role.FREQUENCY to columns";
            case LIFETIME_VALUE -> "map Role.CLV to a column";
            case EXPECTED_PURCHASES -> "map Role.EXPECTED_PURCHASES to a column";
            case P_ALIVE, AT_RISK_SHARE -> "map Role.P_ALIVE to a column";
        };
    }

    /** @return how each computed metric is defined, with the columns used and the CLV assumption */
    public String caption() {
        List<String> parts = new ArrayList<>();
        for (KeyMetric metric : values.keySet()) {
            parts.add(switch (metric) {
                case SPEND_PER_CUSTOMER -> "spend per customer = mean of '" + roleColumn(Role.SPENDING) + "'";
                case CLV_PROXY -> clv.describe();
                case RECENCY -> "recency = mean of '" + roleColumn(Role.RECENCY) + "'";
                case RESPONSE_RATE -> "response rate = share of customers with '"
                        + roleColumn(Role.CAMPAIGN_RESPONSE) + "' > 0";
                case DEAL_SHARE -> "deal share = Σ '" + roleColumn(Role.DEAL_USAGE) + "' ÷ Σ '"
                        + roleColumn(Role.FREQUENCY) + "'";
                case LIFETIME_VALUE -> "lifetime value = mean of '" + roleColumn(Role.CLV) + "'";
                case EXPECTED_PURCHASES -> "expected purchases = mean of '" + roleColumn(Role.EXPECTED_PURCHASES)
                        + "'";
                case P_ALIVE -> "mean P(alive) = mean of '" + roleColumn(Role.P_ALIVE) + "'";
                case AT_RISK_SHARE -> "at risk = share with '" + roleColumn(Role.P_ALIVE) + "' < " + AT_RISK_BELOW;
            });
        }
        return "Key metrics per segment" + (parts.isEmpty() ? " (no role mapped)" : ": " + String.join("; ", parts));
    }

    private String roleColumn(Role role) {
        return roles.column(role).orElseThrow();
    }

    /**
     * @return {@code Segment}, {@code Customers}, then one column per computed metric (rates in %), a row per segment
     *     and a last row "All customers"; the caption states the formulas and the CLV assumption
     */
    public Table table() {
        return table(s -> Segmentation.segmentLabel(s));
    }

    /**
     * @param names the segments' names, shown as "n · name"
     * @return as {@link #table()}, with the segments shown by name
     * @throws IllegalArgumentException if the names are not for k segments
     */
    public Table table(SegmentNames names) {
        if (names.k() != k) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + k + " segments; name the "
                    + "same segmentation the metrics are for.");
        }
        return table(names::numbered);
    }

    private Table table(java.util.function.IntFunction<String> label) {
        StringColumn segments = StringColumn.create("Segment");
        IntColumn counts = IntColumn.create("Customers");
        for (int s = 0; s < k; s++) {
            segments.append(label.apply(s));
            counts.append(sizes[s]);
        }
        segments.append("All customers");
        counts.append(customers);
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(segments, counts));
        values.forEach((metric, series) -> {
            DoubleColumn column = DoubleColumn.create(metric.header());
            column.setPrintFormatter(Decimals.column(metric.isRate() ? 1 : 2));
            for (double value : series) {
                column.append(metric.isRate() ? 100 * value : value);
            }
            columns.add(column);
        });
        return Table.create(caption(), columns);
    }
}
