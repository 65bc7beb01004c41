package org.segmenta.stability;

import java.util.BitSet;

/**
 * The Jaccard similarity of two sets of customers: the share of the customers in either set that are in both,
 * {@code J(A, B) = |A ∩ B| / |A ∪ B|} (Jaccard, "The distribution of the flora in the alpine zone", New Phytologist
 * 11, 1912). 1 means the same customers, 0 no customer in common. Two empty sets score 0, as in {@code fpc::clujaccard}
 * with {@code zerobyzero = 0}, the setting {@code clusterboot} uses (Hennig 2007, see {@link BootstrapStability}).
 *
 * <pre>{@code
 * Jaccard.similarity(BitSet.valueOf(new long[] {0b1111}), BitSet.valueOf(new long[] {0b11100}));   // 2 / 5
 * }</pre>
 */
public final class Jaccard {

    private Jaccard() {
    }

    /**
     * @param a a set of customers, as the indices of its set bits
     * @param b another set of customers, indexed the same way
     * @return {@code |a ∩ b| / |a ∪ b|}, or 0 when both are empty
     */
    public static double similarity(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        int intersection = both.cardinality();
        int union = a.cardinality() + b.cardinality() - intersection;
        return union == 0 ? 0.0 : (double) intersection / union;
    }
}
