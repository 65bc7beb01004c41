package org.segmenta.comparing;

import org.segmenta.clustering.Segmentation;
import tech.tablesaw.api.StringColumn;

/**
 * The adjusted Rand index (ARI) of Hubert &amp; Arabie ("Comparing partitions", Journal of Classification 2, 1985,
 * 193–218): how well two partitions of the same customers agree, corrected for the agreement expected by chance.
 * 1 means the same partition (whatever the segment numbers), about 0 means no more agreement than two random
 * partitions with the same segment sizes, and negative values mean less than that.
 *
 * <p>From the contingency table {@code n_ij} with row totals {@code a_i}, column totals {@code b_j} and {@code n}
 * customers, writing {@code C(m) = m(m−1)/2} for the number of pairs among m customers:
 * <pre>
 *   index    = Σ_ij C(n_ij)                                 (pairs kept together by both partitions)
 *   expected = Σ_i C(a_i) · Σ_j C(b_j) / C(n)
 *   maximum  = ½ [Σ_i C(a_i) + Σ_j C(b_j)]
 *   ARI      = (index − expected) / (maximum − expected)
 * </pre>
 * The denominator is zero only when both partitions are the same and trivial (everyone in one segment, or every
 * customer alone); the ARI is then 1, as scikit-learn's {@code adjusted_rand_score} defines it.
 *
 * <pre>{@code
 * double agreement = AdjustedRandIndex.between(kMeansSegments, wardSegments);
 * double withRfm = AdjustedRandIndex.between(named.stringColumn("rfm_segment"), kMeansSegments);
 * }</pre>
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /**
     * @return the ARI of two segmentations of the same customers
     * @throws IllegalArgumentException if they do not have the same number of customers
     */
    public static double between(Segmentation a, Segmentation b) {
        return of(ContingencyTable.of(a, b));
    }

    /**
     * @param names one segment name per customer, e.g. the named RFM segments
     * @param segmentation a segmentation of the same customers, in the same order
     * @return the ARI of the partition by name and the segmentation (it does not depend on the order of the names)
     * @throws IllegalArgumentException if a name is missing or the two do not have the same number of customers
     */
    public static double between(StringColumn names, Segmentation segmentation) {
        return of(ContingencyTable.of(names, segmentation));
    }

    /**
     * @return the ARI of two label arrays (one non-negative segment label per customer, same customers in the same
     *     order)
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a negative label
     */
    public static double between(int[] a, int[] b) {
        return of(ContingencyTable.of(a, b));
    }

    /** @return the ARI of the two partitions crossed in {@code table} */
    public static double of(ContingencyTable table) {
        long index = 0;
        for (int r = 0; r < table.rows(); r++) {
            for (int c = 0; c < table.columns(); c++) {
                index += pairs(table.count(r, c));
            }
        }
        long rowPairs = 0;
        for (int r = 0; r < table.rows(); r++) {
            rowPairs += pairs(table.rowTotal(r));
        }
        long columnPairs = 0;
        for (int c = 0; c < table.columns(); c++) {
            columnPairs += pairs(table.columnTotal(c));
        }
        if (index == rowPairs && index == columnPairs) {
            // Every pair together in one partition is together in the other: the same partition.
            return 1.0;
        }
        double expected = (double) rowPairs * columnPairs / pairs(table.total());
        double maximum = (rowPairs + columnPairs) / 2.0;
        return (index - expected) / (maximum - expected);
    }

    private static long pairs(long m) {
        return m * (m - 1) / 2;
    }
}
