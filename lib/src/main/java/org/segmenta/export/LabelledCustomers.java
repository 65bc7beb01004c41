package org.segmenta.export;

import org.segmenta.clustering.Segmentation;
import org.segmenta.naming.SegmentNames;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The customer table with each customer's segment added: every input column unchanged, then {@value #SEGMENT}
 * (1..k, Segment 1 the largest) and {@value #SEGMENT_NAME}. This is what {@link CsvExport#labelledCustomers} writes.
 *
 * <pre>{@code
 * Table labelled = LabelledCustomers.of(mall, segments, names);
 * }</pre>
 */
public final class LabelledCustomers {

    /** Name of the column with the segment number, 1..k. */
    public static final String SEGMENT = "segment";
    /** Name of the column with the segment's name. */
    public static final String SEGMENT_NAME = "segment_name";

    private LabelledCustomers() {
    }

    /**
     * @param customers the customer table the segmentation was made from (same rows, same order); not changed
     * @param segmentation the segments
     * @param names one name per segment
     * @return a copy of {@code customers} with the columns {@value #SEGMENT} and {@value #SEGMENT_NAME} added
     * @throws IllegalArgumentException if the rows or the number of names do not match, or the table already has a
     *     column of either name
     */
    public static Table of(Table customers, Segmentation segmentation, SegmentNames names) {
        segmentation.requireRowsOf(customers);
        checkColumns(customers, segmentation, names);
        IntColumn numbers = IntColumn.create(SEGMENT);
        StringColumn segmentNames = StringColumn.create(SEGMENT_NAME);
        for (int label : segmentation.labels()) {
            numbers.append(label + 1);
            segmentNames.append(names.name(label));
        }
        Table labelled = customers.copy();
        labelled.addColumns(numbers, segmentNames);
        return labelled;
    }

    /**
     * As {@link #of(Table, Segmentation, SegmentNames)} when only some rows were segmented (e.g. the customers left
     * after dropping those with missing values): row {@code segmentedRows[i]} of {@code customers} is row i of the
     * segmentation. The other rows are kept with every column unchanged and no segment (both new columns missing), so
     * the result still has one row per customer, in the table's order.
     *
     * <pre>{@code
     * int[] complete = MissingValues.completeRows(customers, "Income");
     * Table labelled = LabelledCustomers.of(customers, complete, segmentsOfCompleteRows, names);
     * }</pre>
     *
     * @param customers every customer; not changed
     * @param segmentedRows the rows of {@code customers} that were segmented, ascending, one per segmentation row
     * @param segmentation the segments of those rows
     * @param names one name per segment
     * @return a copy of {@code customers} with {@value #SEGMENT} and {@value #SEGMENT_NAME} added
     * @throws IllegalArgumentException if the row indices are not ascending, out of range, or not one per segmented
     *     row; or as {@link #of(Table, Segmentation, SegmentNames)} for the names and columns
     */
    public static Table of(Table customers, int[] segmentedRows, Segmentation segmentation, SegmentNames names) {
        if (segmentedRows.length != segmentation.features().rows()) {
            throw new IllegalArgumentException("got " + segmentedRows.length + " segmented row indices for a "
                    + "segmentation of " + segmentation.features().rows() + " rows; give one per segmented row.");
        }
        for (int i = 0; i < segmentedRows.length; i++) {
            if (segmentedRows[i] < 0 || segmentedRows[i] >= customers.rowCount()
                    || (i > 0 && segmentedRows[i] <= segmentedRows[i - 1])) {
                throw new IllegalArgumentException("segmented row index " + segmentedRows[i] + " (position " + i
                        + ") is out of range 0.." + (customers.rowCount() - 1) + " or not ascending; give the rows "
                        + "of table '" + customers.name() + "' that were segmented, in table order.");
            }
        }
        checkColumns(customers, segmentation, names);
        IntColumn numbers = IntColumn.create(SEGMENT);
        StringColumn segmentNames = StringColumn.create(SEGMENT_NAME);
        int[] labels = segmentation.labels();
        int next = 0;
        for (int row = 0; row < customers.rowCount(); row++) {
            if (next < segmentedRows.length && segmentedRows[next] == row) {
                numbers.append(labels[next] + 1);
                segmentNames.append(names.name(labels[next]));
                next++;
            } else {
                numbers.appendMissing();
                segmentNames.appendMissing();
            }
        }
        Table labelled = customers.copy();
        labelled.addColumns(numbers, segmentNames);
        return labelled;
    }

    private static void checkColumns(Table customers, Segmentation segmentation, SegmentNames names) {
        if (names.k() != segmentation.k()) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + segmentation.k()
                    + " segments; name the segments of this segmentation.");
        }
        for (String column : new String[] {SEGMENT, SEGMENT_NAME}) {
            if (customers.containsColumn(column)) {
                throw new IllegalArgumentException("table '" + customers.name() + "' already has a column '" + column
                        + "'; rename or remove it before adding segments.");
            }
        }
    }
}
