package org.segmenta.comparing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.segmenta.clustering.Segmentation;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The cross-tabulation of two partitions of the same customers: cell {@code (i, j)} counts the customers that the
 * first partition (the rows) puts in its segment i and the second (the columns) puts in its segment j. Read it along
 * a row: a segment that the other partition keeps together has one large cell and zeros elsewhere; a segment spread
 * over several columns was split (or merged with others) by the other method.
 *
 * <p>Segment labels are the library's 0-based numbers ({@link Segmentation#labels()}) and are shown to people as
 * "Segment label+1". Only labels that occur get a row or a column, in increasing order. A partition can also be a
 * text column of segment names, such as the named RFM segments of {@code org.segmenta.rfm.RfmSegmentMap}: its rows
 * are then shown by name ({@link #of(StringColumn, List, Segmentation)}).
 *
 * <pre>{@code
 * ContingencyTable crossed = ContingencyTable.of(kMeansSegments, wardSegments);
 * Show.table(crossed.table());                       // Segment 1.. × Segment 1.., with totals
 * ContingencyTable seeds = ContingencyTable.of("seed 1", a.labels(), "seed 2", b.labels());
 * ContingencyTable rfm = ContingencyTable.of(named.stringColumn("rfm_segment"), map.segments(), kMeansSegments);
 * }</pre>
 *
 * Instances are immutable.
 */
public final class ContingencyTable {

    private final String rowName;
    private final String columnName;
    /** How each row is shown: "Segment label+1", or the segment's name for a partition given by names. */
    private final String[] rowHeadings;
    private final int[] rowLabels;
    private final int[] columnLabels;
    private final int[][] counts;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int total;

    private ContingencyTable(String rowName, int[] rows, List<String> rowNames, String columnName, int[] columns) {
        this.rowName = rowName;
        this.columnName = columnName;
        this.rowLabels = Arrays.stream(rows).distinct().sorted().toArray();
        this.rowHeadings = Arrays.stream(rowLabels)
                .mapToObj(label -> rowNames == null ? Segmentation.segmentLabel(label) : rowNames.get(label))
                .toArray(String[]::new);
        this.columnLabels = Arrays.stream(columns).distinct().sorted().toArray();
        this.counts = new int[rowLabels.length][columnLabels.length];
        this.rowTotals = new int[rowLabels.length];
        this.columnTotals = new int[columnLabels.length];
        for (int i = 0; i < rows.length; i++) {
            int r = Arrays.binarySearch(rowLabels, rows[i]);
            int c = Arrays.binarySearch(columnLabels, columns[i]);
            counts[r][c]++;
            rowTotals[r]++;
            columnTotals[c]++;
        }
        this.total = rows.length;
    }

    /**
     * Crosses two segmentations of the same customers; rows and columns are named after their methods
     * ({@link Segmentation#method()}), with " (A)" and " (B)" appended when the two names are equal.
     *
     * @throws IllegalArgumentException if the two segmentations do not have the same number of customers
     */
    public static ContingencyTable of(Segmentation rows, Segmentation columns) {
        String rowName = rows.method();
        String columnName = columns.method();
        if (rowName.equals(columnName)) {
            rowName += " (A)";
            columnName += " (B)";
        }
        return of(rowName, rows.labels(), columnName, columns.labels());
    }

    /**
     * Crosses two label arrays, named "A" (rows) and "B" (columns).
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a negative label
     */
    public static ContingencyTable of(int[] rows, int[] columns) {
        return of("A", rows, "B", columns);
    }

    /**
     * Crosses two label arrays under the given names (shown in the table's header).
     *
     * @param rowName what the row partition is, e.g. {@code "k-means, seed 1"}
     * @param rows one segment label (0, 1, 2, ...) per customer
     * @param columnName what the column partition is
     * @param columns one segment label per customer, same customers in the same order as {@code rows}
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a negative label
     */
    public static ContingencyTable of(String rowName, int[] rows, String columnName, int[] columns) {
        if (rows.length != columns.length) {
            throw new IllegalArgumentException("the two partitions must label the same customers: " + rowName + " has "
                    + rows.length + " labels but " + columnName + " has " + columns.length
                    + ". Pass labels of the same customers, in the same order.");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("there are no customers to compare: both label arrays are empty.");
        }
        checkNotNegative(rowName, rows);
        checkNotNegative(columnName, columns);
        return new ContingencyTable(rowName, rows.clone(), null, columnName, columns.clone());
    }

    /**
     * Crosses a text column of segment names (rows, in alphabetical order) with a segmentation of the same customers
     * (columns).
     *
     * @see #of(StringColumn, List, Segmentation)
     */
    public static ContingencyTable of(StringColumn rows, Segmentation columns) {
        return of(rows, List.copyOf(new TreeSet<>(rows.asList())), columns);
    }

    /**
     * Crosses a text column of segment names with a segmentation of the same customers, for example the named RFM
     * segments with k-means segments found on the same customers. Rows are the names, shown as they are, in the
     * order of {@code order} (names in {@code order} that no customer has get no row); columns are the segmentation's
     * segments. The rows are named after the column, the columns after the segmentation's method.
     *
     * @param rows one segment name per customer, e.g. {@code named.stringColumn("rfm_segment")}
     * @param order every name that occurs in {@code rows}, in the order the rows should have, e.g.
     *     {@code RfmSegmentMap.segments()}
     * @param columns a segmentation of the same customers, in the same order as {@code rows}
     * @throws IllegalArgumentException if a value of {@code rows} is missing or not in {@code order}, {@code order}
     *     repeats a name, or the two partitions do not have the same number of customers
     */
    public static ContingencyTable of(StringColumn rows, List<String> order, Segmentation columns) {
        Map<String, Integer> labelOf = new LinkedHashMap<>();
        for (String name : order) {
            if (labelOf.putIfAbsent(name, labelOf.size()) != null) {
                throw new IllegalArgumentException("the order of the rows names '" + name + "' twice; list each "
                        + "segment name once.");
            }
        }
        int[] labels = new int[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            if (rows.isMissing(i)) {
                throw new IllegalArgumentException("column '" + rows.name() + "' has no segment name in row " + i
                        + "; every customer needs one. Fill or drop the rows without a segment first.");
            }
            Integer label = labelOf.get(rows.get(i));
            if (label == null) {
                throw new IllegalArgumentException("column '" + rows.name() + "' holds '" + rows.get(i) + "' in row "
                        + i + ", which is not in the order of the rows " + order + ". Add it to the order (e.g. "
                        + "\"Unassigned\" for customers an RFM map does not cover).");
            }
            labels[i] = label;
        }
        if (labels.length != columns.labels().length) {
            throw new IllegalArgumentException("the two partitions must label the same customers: column '"
                    + rows.name() + "' has " + labels.length + " rows but the " + columns.method() + " segmentation has "
                    + columns.labels().length + " customers. Segment the same table the names belong to.");
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("there are no customers to compare: column '" + rows.name()
                    + "' is empty.");
        }
        return new ContingencyTable(rows.name(), labels, List.copyOf(labelOf.keySet()), columns.method(),
                columns.labels().clone());
    }

    private static void checkNotNegative(String name, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " of " + name
                        + " is negative: segment labels are 0, 1, 2, ... Renumber the labels (e.g. map a noise "
                        + "label -1 to its own segment) first.");
            }
        }
    }

    /** @return the name of the row partition */
    public String rowName() {
        return rowName;
    }

    /** @return the name of the column partition */
    public String columnName() {
        return columnName;
    }

    /** @return the number of rows: segments that occur in the row partition */
    public int rows() {
        return rowLabels.length;
    }

    /** @return the number of columns: segments that occur in the column partition */
    public int columns() {
        return columnLabels.length;
    }

    /**
     * @return the segment label (0-based) of row {@code row}; for rows given by names, the name's position in the
     *     order of the rows
     */
    public int rowLabel(int row) {
        return rowLabels[row];
    }

    /** @return how row {@code row} is shown: "Segment label+1", or its name when the rows were given by names */
    public String rowHeading(int row) {
        return rowHeadings[row];
    }

    /** @return the segment label (0-based) of column {@code column} */
    public int columnLabel(int column) {
        return columnLabels[column];
    }

    /** @return how many customers row segment {@code row} and column segment {@code column} share */
    public int count(int row, int column) {
        return counts[row][column];
    }

    /** @return a copy of all counts, {@code [row][column]} */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** @return the number of customers in row segment {@code row} */
    public int rowTotal(int row) {
        return rowTotals[row];
    }

    /** @return the number of customers in column segment {@code column} */
    public int columnTotal(int column) {
        return columnTotals[column];
    }

    /** @return the number of customers */
    public int total() {
        return total;
    }

    /**
     * The table for people: a first column naming the row segments ("Segment 1", ..., or their names when the rows
     * were given by names) and a last row "Total"; one
     * count column per column segment ("Segment 1", ...) and a last column "Total". The first column's name says which
     * partition runs down and which across: {@code "<rows> \ <columns>"}.
     */
    public Table table() {
        StringColumn names = StringColumn.create(rowName + " \\ " + columnName);
        for (String heading : rowHeadings) {
            names.append(heading);
        }
        names.append("Total");
        List<Column<?>> result = new ArrayList<>();
        result.add(names);
        for (int c = 0; c < columnLabels.length; c++) {
            IntColumn column = IntColumn.create(Segmentation.segmentLabel(columnLabels[c]));
            for (int r = 0; r < rowLabels.length; r++) {
                column.append(counts[r][c]);
            }
            column.append(columnTotals[c]);
            result.add(column);
        }
        IntColumn totals = IntColumn.create("Total");
        for (int rowTotal : rowTotals) {
            totals.append(rowTotal);
        }
        totals.append(total);
        result.add(totals);
        return Table.create("Contingency table: " + rowName + " (rows) × " + columnName + " (columns)", result);
    }

    @Override
    public String toString() {
        return "ContingencyTable[" + rowName + " (" + rows() + " segments) × " + columnName + " (" + columns()
                + " segments), " + total + " customers]";
    }
}
