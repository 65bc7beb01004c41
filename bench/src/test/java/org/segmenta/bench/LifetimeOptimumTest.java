package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifetimeOptimumTest {

    // Hand-made round numbers: only the arithmetic of the comparison is tested here.
    private final LifetimeOptimum peer = new LifetimeOptimum(-1000.0, 0.25, 4.0, 0.5, 2.0, -400.0, 6.0, 4.0, 15.0,
            9_450);

    @Test
    void readsBackItsWordsExactly() {
        LifetimeOptimum odd = new LifetimeOptimum(-95368.44393316074, 0.25162395791537995, 4.788942952421093,
                0.7234335329869661, 2.1610885044187813, -40763.47626139075, 6.275359495775247, 3.6244499462179127,
                14.983685236386266, 9_450);
        assertEquals(odd, LifetimeOptimum.parse(odd.words()));
    }

    @Test
    void readsTheWordsOfThePythonScript() {
        // As peer_bench.py prints them: repr() of floats.
        LifetimeOptimum back = LifetimeOptimum.parse("bgnbd_ll=-1000.0 r=0.25 alpha=4.0 a=0.5 b=2.0 gg_ll=-400.0 "
                + "p=6.0 q=4.0 gamma=15.0 gg_customers=9450");
        assertEquals(peer, back);
        assertEquals(-1400.0, back.totalLogLikelihood());
    }

    @Test
    void findsTheLargestRelativeDifferences() {
        // LL: |−1000.5 − (−1000)| / 1000 = 5e-4 beats |−400.04 − (−400)| / 400 = 1e-4.
        // Parameters: r 0.2501 vs 0.25 → 4e-4; gamma 15.003 vs 15 → 2e-4; the rest equal.
        LifetimeOptimum ours = new LifetimeOptimum(-1000.5, 0.2501, 4.0, 0.5, 2.0, -400.04, 6.0, 4.0, 15.003, 9_450);
        assertEquals(5e-4, ours.largestLogLikelihoodDifference(peer), 1e-15);
        assertEquals(0, ours.mostDifferentParameter(peer), "r");
        assertEquals(4e-4, ours.largestParameterDifference(peer), 1e-12);
    }

    @Test
    void aNaNParameterIsTheMostDifferent() {
        LifetimeOptimum broken = new LifetimeOptimum(-1000.0, 0.25, 4.0, 0.5, 2.0, -400.0, 6.0, Double.NaN, 15.0,
                9_450);
        assertEquals(5, broken.mostDifferentParameter(peer), "q");
        assertTrue(Double.isNaN(broken.largestParameterDifference(peer)));
    }

    @Test
    void namesAMissingWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LifetimeOptimum.parse("bgnbd_ll=-1 r=1 alpha=1 a=1 b=1 gg_ll=-1 p=1 q=1 gamma=1"));
        assertTrue(e.getMessage().contains("gg_customers"), e.getMessage());
    }
}
