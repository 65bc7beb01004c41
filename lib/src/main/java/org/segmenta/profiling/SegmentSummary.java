package org.segmenta.profiling;

import org.segmenta.clustering.Segmentation;
import tech.tablesaw.api.Table;

/**
 * A first look at segments: how many customers each holds, their share of the whole, and the mean of chosen numeric
 * columns per segment, next to the mean over all customers for comparison.
 *
 * <pre>{@code
 * Table summary = SegmentSummary.of(mall, segments, "Age", "Annual Income (k$)", "Spending Score (1-100)");
 * }</pre>
 *
 * <p>It is the wide table of {@link SegmentProfiles} on numeric columns only, under a shorter caption: the same
 * numbers as {@code SegmentProfiles.of(customers, segmentation, columns).table()}, computed by it. Use
 * {@link SegmentProfiles} for medians, lift, standardised differences, categorical columns and what sets each segment
 * apart.
 */
public final class SegmentSummary {

    private SegmentSummary() {
    }

    /**
     * Summarises segments: one row per segment ("Segment 1" is the largest), then a row
     * {@value SegmentProfiles#ALL_CUSTOMERS}. Missing values are left out of the means; a segment with no value in a
     * column has a missing mean.
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param columns numeric columns of {@code customers} to average; they need not be the clustering features
     * @return columns {@code Segment}, {@code Customers}, {@code Share (%)} and {@code Mean <column>} for each column,
     *     captioned with the method and k
     * @throws IllegalArgumentException if the table has a different number of rows, no column is given, or a column
     *     is named twice, unknown or not numeric
     */
    public static Table of(Table customers, Segmentation segmentation, String... columns) {
        return SegmentProfiles.of(customers, segmentation, columns).table()
                .setName("Segments: " + segmentation.method() + ", k = " + segmentation.k());
    }
}
