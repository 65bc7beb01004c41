package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A BG/NBD model that cannot be fitted says why and what to do; it never returns NaN parameters. */
class BgNbdFitFailureTest {

    private static RepeatPurchaseSummary summary(int[] x, double[] tx, double[] t) {
        return RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, tx, t);
    }

    private static String failure(RepeatPurchaseSummary s) {
        return assertThrows(ModelFitException.class, () -> BgNbdModel.fit(s)).getMessage();
    }

    @Test
    void tooFewCustomers() {
        String m = failure(summary(new int[] {0, 1, 2}, new double[] {0, 3, 5}, new double[] {10, 10, 10}));
        assertTrue(m.contains("at least 10 customers") && m.contains("got 3"), m);
    }

    @Test
    void noRepeatBuyers() {
        int n = 30;
        String m = failure(summary(new int[n], new double[n], filled(n, 20)));
        assertTrue(m.contains("no customer made a repeat transaction") && m.contains("longer calibration"), m);
    }

    @Test
    void everyCustomerWithTheSameFrequency() {
        int n = 30;
        int[] x = new int[n];
        java.util.Arrays.fill(x, 2);
        String m = failure(summary(x, filled(n, 5), filled(n, 20)));
        assertTrue(m.contains("every customer has x = 2"), m);
    }

    @Test
    void everyCustomerStartingAtTheEnd() {
        int n = 30;
        int[] x = new int[n];
        x[0] = 1;
        String m = failure(summary(x, new double[n], new double[n]));
        assertTrue(m.contains("T = 0"), m);
    }

    @Test
    void nobodyDroppingOutSendsAParameterToTheBound() {
        // Every buyer keeps buying until the end (t_x = T): the likelihood grows as a → 0 / b → ∞, with no optimum.
        int n = 40;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + i % 7;
            tx[i] = 30;
            t[i] = 30;
        }
        String m = failure(summary(x, tx, t));
        assertTrue(m.contains("did not settle") && m.contains("cannot pin it down") && m.contains("Check the summary"),
                m);
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
