package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customers grouped by history: a fit on the groups is the fit on the customers. References: SciPy's optimum on the
 * CDNOW sample (see {@link BgNbdCdnowTest}: r, α, a, b = 0.24259451548201724, 4.41360188687722, 0.7929220960492691,
 * 2.42590684399785, LL = −9582.429206673929), with the groups made in this test by a hash map, not by the class under
 * test; and the fact that counting every customer twice doubles the log-likelihood and leaves its maximum in place.
 */
class RepeatPurchaseGroupsTest {

    private static final RepeatPurchaseSummary SAMPLE = CdnowSummary.read(CdnowSummary.SAMPLE).summary();

    @Test
    void aFitOnGroupsMadeByHandMatchesSciPy() {
        RepeatPurchaseGroups groups = groupedByHand(SAMPLE, 1);
        assertTrue(groups.size() < SAMPLE.size() / 2, "CDNOW's 2,357 customers share far fewer histories");
        assertEquals(2357, groups.customers());
        assertEquals(946, groups.repeatBuyers());

        BgNbdModel model = BgNbdModel.fit(groups);

        assertRelative(0.24259451548201724, model.r(), 1e-5);
        assertRelative(4.41360188687722, model.alpha(), 1e-5);
        assertRelative(0.7929220960492691, model.a(), 1e-5);
        assertRelative(2.42590684399785, model.b(), 1e-5);
        assertEquals(-9582.429206673929, model.logLikelihood().orElseThrow(), 1e-6);
        assertEquals(2357, model.customers());
    }

    @Test
    void countingEveryCustomerTwiceDoublesTheLikelihoodAtTheSameOptimum() {
        BgNbdModel model = BgNbdModel.fit(groupedByHand(SAMPLE, 2));

        assertRelative(0.24259451548201724, model.r(), 1e-5);
        assertRelative(2.42590684399785, model.b(), 1e-5);
        assertEquals(2 * -9582.429206673929, model.logLikelihood().orElseThrow(), 2e-6);
        assertEquals(2 * 2357, model.customers());
    }

    @Test
    void groupingASummarySortsAndCountsEqualHistories() {
        RepeatPurchaseSummary summary = RepeatPurchaseSummary.of(TimeUnit.DAYS, new int[] {2, 0, 2, 0, 1},
                new double[] {5, 0, 5, 0, 3}, new double[] {9, 7, 9, 8, 9});

        RepeatPurchaseGroups groups = RepeatPurchaseGroups.of(summary);

        assertArrayEquals(new int[] {0, 0, 1, 2}, groups.frequencies());
        assertArrayEquals(new double[] {0, 0, 3, 5}, groups.recencies());
        assertArrayEquals(new double[] {7, 8, 9, 9}, groups.ages());
        assertArrayEquals(new long[] {1, 1, 1, 2}, groups.counts());
        assertEquals(5, groups.customers());
        assertEquals(TimeUnit.DAYS, groups.unit());
    }

    @Test
    void aGroupWithoutCustomersIsRefusedByNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RepeatPurchaseGroups.of(
                TimeUnit.DAYS, new int[] {1, 0}, new double[] {2, 0}, new double[] {4, 4}, new long[] {3, 0}));
        assertEquals("group 2 (x = 0, t_x = 0.0, T = 4.0) has 0 customers; a group has at least one.", e.getMessage());
    }

    @Test
    void aGroupBreakingTheSummaryRulesIsRefusedWithItsRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RepeatPurchaseGroups.of(
                TimeUnit.DAYS, new int[] {1}, new double[] {5}, new double[] {4}, new long[] {1}));
        assertTrue(e.getMessage().startsWith("t_x = 5.0 at row 1 (x = 1, t_x = 5.0, T = 4.0)"), e.getMessage());
    }

    /** Groups by a hash map on (x, t_x, T) in first-seen order, each customer counted {@code times}. */
    private static RepeatPurchaseGroups groupedByHand(RepeatPurchaseSummary summary, int times) {
        Map<List<Double>, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < summary.size(); i++) {
            counts.merge(List.of((double) summary.frequency(i), summary.recency(i), summary.age(i)), (long) times,
                    Long::sum);
        }
        List<List<Double>> keys = new ArrayList<>(counts.keySet());
        int[] x = new int[keys.size()];
        double[] tx = new double[keys.size()];
        double[] t = new double[keys.size()];
        long[] n = new long[keys.size()];
        for (int g = 0; g < keys.size(); g++) {
            x[g] = keys.get(g).get(0).intValue();
            tx[g] = keys.get(g).get(1);
            t[g] = keys.get(g).get(2);
            n[g] = counts.get(keys.get(g));
        }
        return RepeatPurchaseGroups.of(summary.unit(), x, tx, t, n);
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance);
    }
}
