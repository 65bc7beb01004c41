package org.segmenta.lifetime;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Customers grouped by their history (x, t_x, T), with the number of customers in each group. The BG/NBD
 * log-likelihood of a customer depends on nothing but that history (Fader, Hardie &amp; Lee 2005, eq. 6), so the
 * likelihood of all customers is Σ over the groups of (customers in the group) × (ln L of its history), and a fit on the
 * groups is the fit on the customers. With times in whole days, millions of customers share far fewer histories: an
 * engine that aggregates order lines where they are (Spark) sends only the groups to the fit.
 *
 * <p>Rows follow the rules of {@link RepeatPurchaseSummary} (x ≥ 0, 0 ≤ t_x ≤ T, all finite), and each group has at
 * least one customer. Groups are kept in the order given; {@link #of(RepeatPurchaseSummary)} sorts them by x, t_x, T.
 *
 * <pre>{@code
 * RepeatPurchaseGroups groups = RepeatPurchaseGroups.of(TimeUnit.DAYS, x, tx, T, customers);
 * BgNbdModel model = BgNbdModel.fit(groups);
 * }</pre>
 */
public final class RepeatPurchaseGroups {

    private final TimeUnit unit;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final long[] customers;
    private final long total;

    private RepeatPurchaseGroups(TimeUnit unit, int[] frequency, double[] recency, double[] age, long[] customers) {
        this.unit = unit;
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.customers = customers;
        this.total = Arrays.stream(customers).sum();
    }

    /**
     * @param unit the unit of {@code recency} and {@code age}
     * @param frequency x of each group
     * @param recency t_x of each group
     * @param age T of each group
     * @param customers the number of customers with that history (≥ 1)
     * @return the groups (the arrays are copied)
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a row breaks a rule of
     *     {@link RepeatPurchaseSummary}, or a group has no customer
     */
    public static RepeatPurchaseGroups of(TimeUnit unit, int[] frequency, double[] recency, double[] age,
            long[] customers) {
        if (unit == null) {
            throw new IllegalArgumentException("give the time unit of recency and age (TimeUnit.DAYS, WEEKS or MONTHS).");
        }
        if (frequency.length == 0) {
            throw new IllegalArgumentException("there are no groups of customers: give at least one row.");
        }
        if (recency.length != frequency.length || age.length != frequency.length
                || customers.length != frequency.length) {
            throw new IllegalArgumentException("x, t_x, T and the customer counts must have one value per group, got "
                    + frequency.length + ", " + recency.length + ", " + age.length + " and " + customers.length
                    + " values.");
        }
        for (int i = 0; i < frequency.length; i++) {
            RepeatPurchaseSummary.checkRow(i, frequency[i], recency[i], age[i]);
            if (customers[i] < 1) {
                throw new IllegalArgumentException("group " + (i + 1) + " (x = " + frequency[i] + ", t_x = "
                        + recency[i] + ", T = " + age[i] + ") has " + customers[i] + " customers; a group has at "
                        + "least one.");
            }
        }
        return new RepeatPurchaseGroups(unit, frequency.clone(), recency.clone(), age.clone(), customers.clone());
    }

    /**
     * @param summary one row per customer
     * @return its customers grouped by equal (x, t_x, T), sorted by x, then t_x, then T
     */
    public static RepeatPurchaseGroups of(RepeatPurchaseSummary summary) {
        int n = summary.size();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(summary::frequency)
                .thenComparingDouble(summary::recency).thenComparingDouble(summary::age));
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        long[] count = new long[n];
        int groups = 0;
        for (int i : order) {
            if (groups > 0 && x[groups - 1] == summary.frequency(i) && tx[groups - 1] == summary.recency(i)
                    && t[groups - 1] == summary.age(i)) {
                count[groups - 1]++;
            } else {
                x[groups] = summary.frequency(i);
                tx[groups] = summary.recency(i);
                t[groups] = summary.age(i);
                count[groups] = 1;
                groups++;
            }
        }
        return new RepeatPurchaseGroups(summary.unit(), Arrays.copyOf(x, groups), Arrays.copyOf(tx, groups),
                Arrays.copyOf(t, groups), Arrays.copyOf(count, groups));
    }

    /** @return the number of groups */
    public int size() {
        return frequency.length;
    }

    /** @return the number of customers in all groups */
    public long customers() {
        return total;
    }

    /** @return the unit of the times */
    public TimeUnit unit() {
        return unit;
    }

    /** @return the number of customers with a repeat transaction (x &gt; 0) */
    public long repeatBuyers() {
        long buyers = 0;
        for (int i = 0; i < frequency.length; i++) {
            buyers += frequency[i] > 0 ? customers[i] : 0;
        }
        return buyers;
    }

    /** @return a copy of x, one value per group */
    public int[] frequencies() {
        return frequency.clone();
    }

    /** @return a copy of t_x, one value per group */
    public double[] recencies() {
        return recency.clone();
    }

    /** @return a copy of T, one value per group */
    public double[] ages() {
        return age.clone();
    }

    /** @return a copy of the number of customers in each group */
    public long[] counts() {
        return customers.clone();
    }
}
