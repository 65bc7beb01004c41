package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link MissingValues#completeRows}: the rows {@link MissingValues#dropRows} keeps, as indices. */
class CompleteRowsTest {

    private static Table gaps() {
        return Table.create("gaps",
                DoubleColumn.create("x", 1, Double.NaN, 3, Double.NaN, 5),
                StringColumn.create("g", "a", "b", "", "c", "d"),
                DoubleColumn.create("full", 1, 2, 3, 4, 5));
    }

    @Test
    void rowsWithAValueInTheNamedColumnsAreListedInOrder() {
        assertArrayEquals(new int[] {0, 2, 4}, MissingValues.completeRows(gaps(), "x"));
    }

    @Test
    void withoutNamedColumnsEveryColumnMustHaveAValue() {
        assertArrayEquals(new int[] {0, 4}, MissingValues.completeRows(gaps()));
    }

    @Test
    void completeRowsAreTheRowsDropRowsKeeps() {
        Table table = gaps();

        int[] rows = MissingValues.completeRows(table, "x", "g");
        Table kept = MissingValues.dropRows(table, "x", "g");

        assertEquals(kept.rowCount(), rows.length);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(kept.doubleColumn("full").get(i), table.doubleColumn("full").get(rows[i]));
        }
    }
}
