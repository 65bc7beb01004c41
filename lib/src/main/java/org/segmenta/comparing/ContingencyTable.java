package org.segmenta.comparing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * "Segment label+1". Only labels that occur get a row or a column, in increasing order.
 *
 * <pre>{@code
 * ContingencyTable crossed = ContingencyTable.of(kMeansSegments, wardSegments);
 * Show.table(crossed.table());                       // Segment 1.. × Segment 1.., with totals
 * ContingencyTable seeds = ContingencyTable.of("seed 1", a.labels(), "seed 2", b.labels());
 * }</pre>
 *
 * Instances are immutable.
 */
public final class ContingencyTable {

    private final String rowName;
    private final String columnName;
    private final int[] rowLabels;
    private final int[] columnLabels;
    private final int[][] counts;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int total;

    private ContingencyTable(String rowName, int[] rows, String columnName, int[] columns) {
        this.rowName = rowName;
        this.columnName = columnName;
        this.rowLabels = Arrays.stream(rows).distinct().sorted().toArray();
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
        return new ContingencyTable(rowName, rows.clone(), columnName, columns.clone());
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

    /** @return the segment label (0-based) of row {@code row} */
    public int rowLabel(int row) {
        return rowLabels[row];
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
     * The table for people: a first column naming the row segments ("Segment 1", ...) and a last row "Total"; one
     * count column per column segment ("Segment 1", ...) and a last column "Total". The first column's name says which
     * partition runs down and which across: {@code "<rows> \ <columns>"}.
     */
    public Table table() {
        StringColumn names = StringColumn.create(rowName + " \\ " + columnName);
        for (int label : rowLabels) {
            names.append(segmentName(label));
        }
        names.append("Total");
        List<Column<?>> result = new ArrayList<>();
        result.add(names);
        for (int c = 0; c < columnLabels.length; c++) {
            IntColumn column = IntColumn.create(segmentName(columnLabels[c]));
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

    private static String segmentName(int label) {
        return "Segment " + (label + 1);
    }

    @Override
    public String toString() {
        return "ContingencyTable[" + rowName + " (" + rows() + " segments) × " + columnName + " (" + columns()
                + " segments), " + total + " customers]";
    }
}
