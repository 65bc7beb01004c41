package org.segmenta.profiling;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.clustering.Segmentation;
import org.segmenta.exploring.NumericColumns;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A first look at segments: how many customers each holds, their share of the whole, and the mean of chosen numeric
 * columns per segment, next to the mean over all customers for comparison.
 *
 * <pre>{@code
 * Table summary = SegmentSummary.of(mall, segments, "Age", "Annual Income (k$)", "Spending Score (1-100)");
 * Table labelled = SegmentSummary.withSegmentColumn(mall, segments);   // the customers with a "Segment" column
 * }</pre>
 */
public final class SegmentSummary {

    /** Name of the column that {@link #withSegmentColumn} adds. */
    public static final String SEGMENT_COLUMN = "Segment";

    private SegmentSummary() {
    }

    /**
     * Summarises segments: one row per segment ("Segment 1" is the largest), then a row "All customers".
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param columns numeric columns of {@code customers} to average; they need not be the clustering features
     * @return columns {@code Segment}, {@code Customers}, {@code Share (%)} and {@code Mean <column>} for each column
     * @throws IllegalArgumentException if the table has a different number of rows, or a column is unknown or not
     *     numeric
     */
    public static Table of(Table customers, Segmentation segmentation, String... columns) {
        segmentation.requireRowsOf(customers);
        int k = segmentation.k();
        int n = customers.rowCount();
        StringColumn names = StringColumn.create(SEGMENT_COLUMN);
        IntColumn counts = IntColumn.create("Customers");
        DoubleColumn shares = DoubleColumn.create("Share (%)");
        for (int s = 0; s < k; s++) {
            names.append(Segmentation.segmentLabel(s));
            counts.append(segmentation.size(s));
            shares.append(100.0 * segmentation.size(s) / n);
        }
        names.append("All customers");
        counts.append(n);
        shares.append(100.0);
        shares.setPrintFormatter(Decimals.column(1));
        List<Column<?>> result = new ArrayList<>();
        result.add(names);
        result.add(counts);
        result.add(shares);
        for (String name : columns) {
            NumericColumn<?> column = NumericColumns.get(customers, name);
            double[] sums = new double[k];
            int[] present = new int[k];
            double total = 0;
            int totalPresent = 0;
            for (int i = 0; i < n; i++) {
                if (!column.isMissing(i)) {
                    double v = column.getDouble(i);
                    sums[segmentation.segmentOf(i)] += v;
                    present[segmentation.segmentOf(i)]++;
                    total += v;
                    totalPresent++;
                }
            }
            DoubleColumn means = DoubleColumn.create("Mean " + name);
            for (int s = 0; s < k; s++) {
                means.append(present[s] == 0 ? Double.NaN : sums[s] / present[s]);
            }
            means.append(totalPresent == 0 ? Double.NaN : total / totalPresent);
            means.setPrintFormatter(Decimals.column(2));
            result.add(means);
        }
        return Table.create("Segments: " + segmentation.method() + ", k = " + k, result);
    }

    /**
     * Returns a copy of {@code customers} with a {@value #SEGMENT_COLUMN} column holding each customer's segment
     * number, 1..k as in the summary. The input table is not changed.
     */
    public static Table withSegmentColumn(Table customers, Segmentation segmentation) {
        segmentation.requireRowsOf(customers);
        if (customers.containsColumn(SEGMENT_COLUMN)) {
            throw new IllegalArgumentException("table '" + customers.name() + "' already has a column '"
                    + SEGMENT_COLUMN + "'; remove or rename it first.");
        }
        Table copy = customers.copy();
        int[] labels = segmentation.labels();
        int[] numbers = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            numbers[i] = labels[i] + 1;
        }
        copy.addColumns(IntColumn.create(SEGMENT_COLUMN, numbers));
        return copy;
    }
}
