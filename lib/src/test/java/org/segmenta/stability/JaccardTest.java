package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class JaccardTest {

    private static BitSet set(int... members) {
        BitSet set = new BitSet();
        for (int member : members) {
            set.set(member);
        }
        return set;
    }

    @Test
    void sharedCustomersOverAllCustomersOfEither() {
        // {0,1,2,3} and {2,3,4}: both hold 2 and 3; together 0,1,2,3,4. J = 2/5.
        assertEquals(0.4, Jaccard.similarity(set(0, 1, 2, 3), set(2, 3, 4)), 1e-15);
    }

    @Test
    void aSetInsideAnotherScoresItsShareOfTheLarger() {
        // {5,6} inside {4,5,6,7}: J = 2/4.
        assertEquals(0.5, Jaccard.similarity(set(5, 6), set(4, 5, 6, 7)), 1e-15);
    }

    @Test
    void identicalSetsScoreOneAndDisjointSetsZero() {
        assertEquals(1.0, Jaccard.similarity(set(1, 9, 40), set(1, 9, 40)));
        assertEquals(0.0, Jaccard.similarity(set(1, 2), set(3, 4)));
    }

    @Test
    void anEmptySetScoresZeroAsInClusterboot() {
        assertEquals(0.0, Jaccard.similarity(set(), set(1, 2)));
        assertEquals(0.0, Jaccard.similarity(set(), set()));
    }

    @Test
    void leavesItsArgumentsUnchanged() {
        BitSet a = set(0, 1, 2);
        BitSet b = set(2, 3);

        Jaccard.similarity(a, b);

        assertEquals(set(0, 1, 2), a);
        assertEquals(set(2, 3), b);
    }
}
