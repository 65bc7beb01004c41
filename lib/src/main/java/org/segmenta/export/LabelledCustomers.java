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
        if (customers.rowCount() != segmentation.features().rows()) {
            throw new IllegalArgumentException("table '" + customers.name() + "' has " + customers.rowCount()
                    + " rows but the segmentation has " + segmentation.features().rows()
                    + "; pass the table the features were built from.");
        }
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
}
