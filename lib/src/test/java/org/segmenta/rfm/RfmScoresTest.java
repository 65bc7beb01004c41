package org.segmenta.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RfmScoresTest {

    /**
     * Ten customers with ties, worked by hand (n = 10, so a score is 1 + floor(count / 2)):
     * <pre>
     * recency   1   1   5  10  10  10  30  60  90 365   larger:  8 8 7 4 4 4 3 2 1 0  → R 5 5 4 3 3 3 2 2 1 1
     * frequency 1   1   1   1   2   2   3   5   8   8   smaller: 0 0 0 0 4 4 6 7 8 8  → F 1 1 1 1 3 3 4 4 5 5
     * monetary 10  20  20 35.5 50  80 120 400 400 1000 smaller: 0 1 1 3 4 5 6 7 7 9  → M 1 1 1 2 3 3 4 4 4 5
     * FM = (F + M + 1) / 2:                                                              1 1 1 2 3 3 4 4 5 5
     * </pre>
     * The same with pandas 1.5.3: {@code s = lambda x: 1 + np.floor(5 * (x.rank(method="min") - 1) / len(x))},
     * {@code r = s(-recency)}, {@code f = s(frequency)}, {@code m = s(monetary)},
     * {@code fm = np.floor((f + m) / 2 + 0.5)} gives the same columns.
     */
    static Table tenCustomers() {
        return Table.create("ten",
                StringColumn.create("customer", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J"),
                IntColumn.create(RfmScores.RECENCY, 1, 1, 5, 10, 10, 10, 30, 60, 90, 365),
                IntColumn.create(RfmScores.FREQUENCY, 1, 1, 1, 1, 2, 2, 3, 5, 8, 8),
                DoubleColumn.create(RfmScores.MONETARY, 10, 20, 20, 35.5, 50, 80, 120, 400, 400, 1000));
    }

    private static int[] ints(Table table, String column) {
        return table.intColumn(column).asIntArray();
    }

    @Test
    void tiedValuesShareAScoreCountedFromTheCustomersStrictlyBelow() {
        Table scored = RfmScores.score(tenCustomers());

        assertArrayEquals(new int[] {5, 5, 4, 3, 3, 3, 2, 2, 1, 1}, ints(scored, RfmScores.R_SCORE));
        assertArrayEquals(new int[] {1, 1, 1, 1, 3, 3, 4, 4, 5, 5}, ints(scored, RfmScores.F_SCORE));
        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 3, 4, 4, 4, 5}, ints(scored, RfmScores.M_SCORE));
    }

    @Test
    void manyTiedValuesMakeUnevenGroups() {
        int[] f = ints(RfmScores.score(tenCustomers()), RfmScores.F_SCORE);

        // four one-time buyers share F = 1, so no customer gets F = 2
        assertEquals(4, java.util.Arrays.stream(f).filter(s -> s == 1).count());
        assertEquals(0, java.util.Arrays.stream(f).filter(s -> s == 2).count());
    }

    @Test
    void distinctValuesFallIntoExactFifths() {
        double[] values = {7, 3, 9, 1, 10, 2, 8, 4, 6, 5};

        assertArrayEquals(new int[] {4, 2, 5, 1, 5, 1, 4, 2, 3, 3}, RfmScores.quintileScores(values));
    }

    @Test
    void fmScoreIsTheMeanOfFAndMRoundedHalfUpAndTheCellIsRFM() {
        Table scored = RfmScores.score(tenCustomers());

        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 3, 4, 4, 5, 5}, ints(scored, RfmScores.FM_SCORE));
        assertEquals(List.of("511", "511", "411", "312", "333", "333", "244", "244", "154", "155"),
                scored.stringColumn(RfmScores.RFM_CELL).asList());
        assertEquals(1, RfmScores.fmScore(1, 1));
        assertEquals(2, RfmScores.fmScore(1, 2));
        assertEquals(3, RfmScores.fmScore(1, 5));
        assertEquals(5, RfmScores.fmScore(4, 5));
        assertThrows(IllegalArgumentException.class, () -> RfmScores.fmScore(0, 3));
        assertThrows(IllegalArgumentException.class, () -> RfmScores.fmScore(3, 6));
    }

    @Test
    void scoresDoNotDependOnRowOrder() {
        Table reversed = tenCustomers().sortDescendingOn("customer");

        Table scored = RfmScores.score(reversed);

        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 3, 4, 5, 5}, ints(scored, RfmScores.R_SCORE));
        assertArrayEquals(new int[] {5, 4, 4, 4, 3, 3, 2, 1, 1, 1}, ints(scored, RfmScores.M_SCORE));
        assertEquals("J", scored.stringColumn("customer").get(0));
    }

    @Test
    void returnsACopyWithTheScoreColumnsAndLeavesTheInputAlone() {
        Table customers = tenCustomers();

        Table scored = RfmScores.score(customers);

        assertEquals(List.of("customer", RfmScores.RECENCY, RfmScores.FREQUENCY, RfmScores.MONETARY,
                RfmScores.R_SCORE, RfmScores.F_SCORE, RfmScores.M_SCORE, RfmScores.FM_SCORE, RfmScores.RFM_CELL),
                scored.columnNames());
        assertEquals(4, customers.columnCount());
        assertTrue(scored.column(RfmScores.R_SCORE) instanceof IntColumn);
    }

    @Test
    void acceptsOtherColumnNamesAndNumericTypes() {
        Table customers = Table.create("renamed",
                DoubleColumn.create("days", 1, 1, 5, 10, 10, 10, 30, 60, 90, 365),
                LongColumn.create("orders", 1, 1, 1, 1, 2, 2, 3, 5, 8, 8),
                DoubleColumn.create("revenue", 10, 20, 20, 35.5, 50, 80, 120, 400, 400, 1000));

        Table scored = RfmScores.score(customers, "days", "orders", "revenue");

        assertArrayEquals(ints(RfmScores.score(tenCustomers()), RfmScores.FM_SCORE), ints(scored, RfmScores.FM_SCORE));
    }

    @Test
    void refusesAnUnknownColumnNamingTheColumnsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmScores.score(tenCustomers(), "recency", RfmScores.FREQUENCY, RfmScores.MONETARY));

        assertTrue(e.getMessage().contains("no column 'recency'"), e.getMessage());
        assertTrue(e.getMessage().contains("recency_days"), e.getMessage());
    }

    @Test
    void refusesATextColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmScores.score(tenCustomers(), "customer", RfmScores.FREQUENCY, RfmScores.MONETARY));

        assertTrue(e.getMessage().contains("'customer'") && e.getMessage().contains("not numeric"), e.getMessage());
    }

    @Test
    void refusesAMissingValueNamingTheRow() {
        Table customers = tenCustomers();
        customers.doubleColumn(RfmScores.MONETARY).setMissing(3);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmScores.score(customers));

        assertTrue(e.getMessage().contains("'monetary'") && e.getMessage().contains("row 3"), e.getMessage());
    }

    @Test
    void refusesNonFiniteValues() {
        Table customers = tenCustomers();
        customers.doubleColumn(RfmScores.MONETARY).set(7, Double.POSITIVE_INFINITY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmScores.score(customers));

        assertTrue(e.getMessage().contains("Infinity") && e.getMessage().contains("row 7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RfmScores.quintileScores(new double[] {1, Double.NaN}));
    }

    @Test
    void refusesNegativeRecency() {
        Table customers = tenCustomers();
        customers.intColumn(RfmScores.RECENCY).set(2, -4);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmScores.score(customers));

        assertTrue(e.getMessage().contains("-4") && e.getMessage().contains("snapshot"), e.getMessage());
    }

    @Test
    void refusesFewerThanFiveCustomers() {
        Table four = tenCustomers().first(4);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmScores.score(four));

        assertTrue(e.getMessage().contains("at least 5 customers") && e.getMessage().contains("has 4"),
                e.getMessage());
        assertFalse(RfmScores.score(tenCustomers().first(5)).isEmpty());
    }

    @Test
    void refusesATableThatIsAlreadyScored() {
        Table scored = RfmScores.score(tenCustomers());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmScores.score(scored));

        assertTrue(e.getMessage().contains("already has a column 'r_score'"), e.getMessage());
    }

    @Test
    void countsCustomersPerGridCell() {
        int[][] counts = RfmScores.cellCounts(RfmScores.score(tenCustomers()));

        // cells (R, FM): 51 ×2, 41, 32, 33 ×2, 24 ×2, 15 ×2
        assertEquals(2, counts[4][0]);
        assertEquals(1, counts[3][0]);
        assertEquals(1, counts[2][1]);
        assertEquals(2, counts[2][2]);
        assertEquals(2, counts[1][3]);
        assertEquals(2, counts[0][4]);
        assertEquals(10, java.util.Arrays.stream(counts).flatMapToInt(java.util.Arrays::stream).sum());
    }

    @Test
    void cellCountsRefuseTablesWithoutScores() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmScores.cellCounts(tenCustomers()));

        assertTrue(e.getMessage().contains("RfmScores.score"), e.getMessage());
    }
}
