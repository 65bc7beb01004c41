package org.segmenta.rfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.exploring.NumericColumns;
import org.segmenta.format.Decimals;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One row per named RFM segment: how many customers, their share of all customers, their mean recency, frequency and
 * monetary value, and their share of the total spend; then a row "All customers".
 *
 * <pre>{@code
 * Table segmented = RfmSegmentMap.standard().apply(RfmScores.score(customers));
 * Show.table(RfmSegmentSummary.of(segmented, RfmSegmentMap.standard()));
 * }</pre>
 *
 * <p>Rows follow the order of the map's segments (for the standard map: Champions first, Lost last); segments without
 * customers are left out (their means do not exist), and customers in cells no rule covers get a row
 * {@value RfmSegmentMap#UNASSIGNED} before "All customers". Read it next to the grid chart: a segment's mean recency
 * and spend say what its name means on this data (how many days "About to Sleep" is, how much "Champions" spend).
 *
 * <p>It is the RFM counterpart of {@link org.segmenta.profiling.SegmentSummary}, not a view of
 * {@link SegmentProfiles}: its groups are named by rules over RFM scores, held in a text column, rather than found by a
 * {@link org.segmenta.clustering.Segmentation} (numbered by size); its rows follow the map, not size; it adds each
 * segment's share of the total spend; and every customer must have all three values, as {@link RfmScores} requires.
 */
public final class RfmSegmentSummary {

    private RfmSegmentSummary() {
    }

    /**
     * Summarises the segments from the columns {@value RfmScores#RECENCY}, {@value RfmScores#FREQUENCY} and
     * {@value RfmScores#MONETARY}.
     *
     * @see #of(Table, RfmSegmentMap, String, String, String)
     */
    public static Table of(Table segmented, RfmSegmentMap map) {
        return of(segmented, map, RfmScores.RECENCY, RfmScores.FREQUENCY, RfmScores.MONETARY);
    }

    /**
     * @param segmented customers with the column {@value RfmSegmentMap#SEGMENT_COLUMN}, as {@link RfmSegmentMap#apply}
     *     makes it
     * @param map the map that named the segments (it gives the order of the rows)
     * @param recency name of the recency column
     * @param frequency name of the frequency column
     * @param monetary name of the monetary column
     * @return columns {@code Segment}, {@code Customers}, {@code Share (%)}, {@code Mean <recency>},
     *     {@code Mean <frequency>}, {@code Mean <monetary>}, {@code Share of <monetary> (%)}
     * @throws IllegalArgumentException if a column is missing or not of the right type, a value is missing, or a
     *     customer's segment is not one of the map's
     */
    public static Table of(Table segmented, RfmSegmentMap map, String recency, String frequency, String monetary) {
        if (!segmented.containsColumn(RfmSegmentMap.SEGMENT_COLUMN)
                || !(segmented.column(RfmSegmentMap.SEGMENT_COLUMN) instanceof StringColumn)) {
            throw new IllegalArgumentException("table '" + segmented.name() + "' has no text column '"
                    + RfmSegmentMap.SEGMENT_COLUMN + "'; name the segments first with map.apply(scored).");
        }
        if (segmented.rowCount() == 0) {
            throw new IllegalArgumentException("table '" + segmented.name() + "' has no customers to summarise.");
        }
        StringColumn segments = segmented.stringColumn(RfmSegmentMap.SEGMENT_COLUMN);
        List<NumericColumn<?>> measures = List.of(NumericColumns.get(segmented, recency),
                NumericColumns.get(segmented, frequency), NumericColumns.get(segmented, monetary));
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (String name : map.segments()) {
            rowOf.put(name, rowOf.size());
        }
        rowOf.put(RfmSegmentMap.UNASSIGNED, rowOf.size());
        int groups = rowOf.size();
        int[] counts = new int[groups];
        double[][] sums = new double[measures.size()][groups];
        for (int i = 0; i < segmented.rowCount(); i++) {
            Integer row = rowOf.get(segments.get(i));
            if (row == null) {
                throw new IllegalArgumentException("row " + i + " of table '" + segmented.name() + "' is in segment '"
                        + segments.get(i) + "', which is not a segment of " + map + "; summarise with the map that "
                        + "named the segments.");
            }
            counts[row]++;
            for (int c = 0; c < measures.size(); c++) {
                NumericColumn<?> column = measures.get(c);
                if (column.isMissing(i)) {
                    throw new IllegalArgumentException("column '" + column.name() + "' has a missing value in row "
                            + i + "; every customer needs a value. Summarise the table RfmScores.score accepted.");
                }
                sums[c][row] += column.getDouble(i);
            }
        }
        int n = segmented.rowCount();
        StringColumn names = StringColumn.create("Segment");
        IntColumn customers = IntColumn.create("Customers");
        DoubleColumn shares = DoubleColumn.create("Share (%)");
        List<DoubleColumn> means = new ArrayList<>();
        for (NumericColumn<?> column : measures) {
            means.add(DoubleColumn.create("Mean " + column.name()));
        }
        DoubleColumn spendShares = DoubleColumn.create("Share of " + measures.get(2).name() + " (%)");
        double[] totals = new double[measures.size()];
        for (int c = 0; c < measures.size(); c++) {
            for (double sum : sums[c]) {
                totals[c] += sum;
            }
        }
        for (Map.Entry<String, Integer> group : rowOf.entrySet()) {
            int row = group.getValue();
            if (counts[row] == 0) {
                continue;
            }
            names.append(group.getKey());
            customers.append(counts[row]);
            shares.append(100.0 * counts[row] / n);
            for (int c = 0; c < measures.size(); c++) {
                means.get(c).append(sums[c][row] / counts[row]);
            }
            spendShares.append(100.0 * sums[2][row] / totals[2]);
        }
        names.append(SegmentProfiles.ALL_CUSTOMERS);
        customers.append(n);
        shares.append(100.0);
        for (int c = 0; c < measures.size(); c++) {
            means.get(c).append(totals[c] / n);
        }
        spendShares.append(100.0);
        shares.setPrintFormatter(Decimals.column(1));
        spendShares.setPrintFormatter(Decimals.column(1));
        means.get(0).setPrintFormatter(Decimals.column(1));
        means.get(1).setPrintFormatter(Decimals.column(1));
        means.get(2).setPrintFormatter(Decimals.column(2));
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(names, customers, shares));
        columns.addAll(means);
        columns.add(spendShares);
        return Table.create("RFM segments", columns);
    }
}
