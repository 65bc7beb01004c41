package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RepeatPurchaseSummaryTest {

    private static Table table(double[] x, double[] tx, double[] t) {
        return Table.create("customers", DoubleColumn.create("frequency", x), DoubleColumn.create("recency", tx),
                DoubleColumn.create("T", t));
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void keepsTheInputsOfEachCustomer() {
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {0, 2, 5},
                new double[] {0, 10.5, 30}, new double[] {38.86, 20, 30});

        assertEquals(3, s.size());
        assertEquals(2, s.repeatBuyers());
        assertEquals(7, s.totalRepeatTransactions());
        assertEquals(10.5, s.recency(1));
        assertEquals(38.86, s.age(0));
        assertTrue(s.meanSpends().isEmpty());
        assertTrue(s.holdoutCounts().isEmpty());
    }

    @Test
    void readsNamedColumnsOfATable() {
        Table t = table(new double[] {0, 3}, new double[] {0, 12}, new double[] {20, 25});
        t.addColumns(DoubleColumn.create("spend", 0, 17.5), IntColumn.create("next", 1, 4));

        RepeatPurchaseSummary s = RepeatPurchaseSummary.fromTable(t, TimeUnit.DAYS, "frequency", "recency", "T")
                .withMeanSpend(t, "spend").withHoldout(t, "next", 180);

        assertArrayEquals(new int[] {0, 3}, s.frequencies());
        assertArrayEquals(new double[] {0, 17.5}, s.meanSpends().orElseThrow());
        assertArrayEquals(new int[] {1, 4}, s.holdoutCounts().orElseThrow());
        assertEquals(180, s.holdoutLength());
        assertEquals(TimeUnit.DAYS, s.unit());
        assertEquals(5, s.toTable().columnCount());
    }

    @Test
    void aNegativeFrequencyIsRefusedWithItsRow() {
        String m = message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1, -1},
                new double[] {1, 0}, new double[] {2, 2}));
        assertTrue(m.contains("x = -1 at row 2"), m);
    }

    @Test
    void aFractionalFrequencyInATableIsRefusedWithItsRow() {
        String m = message(() -> RepeatPurchaseSummary.fromTable(table(new double[] {1, 2.5},
                new double[] {1, 1}, new double[] {2, 2}), TimeUnit.WEEKS, "frequency", "recency", "T"));
        assertTrue(m.contains("x = 2.5 at row 2") && m.contains("whole number"), m);
    }

    @Test
    void recencyBeyondTheAgeIsRefusedWithItsRow() {
        String m = message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1, 2, 3},
                new double[] {1, 1, 9}, new double[] {2, 2, 5}));
        assertTrue(m.contains("t_x = 9.0 at row 3") && m.contains("between"), m);
    }

    @Test
    void recencyWithoutRepeatPurchasesIsRefused() {
        String m = message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {0}, new double[] {3},
                new double[] {5}));
        assertTrue(m.contains("row 1") && m.contains("t_x = 0"), m);
    }

    @Test
    void nonFiniteTimesAreRefused() {
        String m = message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1}, new double[] {1},
                new double[] {Double.POSITIVE_INFINITY}));
        assertTrue(m.contains("finite") && m.contains("row 1"), m);
        String nan = message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1}, new double[] {Double.NaN},
                new double[] {3}));
        assertTrue(nan.contains("row 1"), nan);
    }

    @Test
    void aMissingValueInATableIsRefusedWithItsRow() {
        Table t = table(new double[] {1, 2}, new double[] {1, 1}, new double[] {2, 2});
        t.doubleColumn("T").setMissing(1);
        String m = message(() -> RepeatPurchaseSummary.fromTable(t, TimeUnit.WEEKS, "frequency", "recency", "T"));
        assertTrue(m.contains("'T'") && m.contains("missing value at row 2"), m);
    }

    @Test
    void anUnknownOrTextColumnIsRefused() {
        Table t = table(new double[] {1}, new double[] {1}, new double[] {2});
        String unknown = message(() -> RepeatPurchaseSummary.fromTable(t, TimeUnit.WEEKS, "x", "recency", "T"));
        assertTrue(unknown.contains("no column 'x'") && unknown.contains("frequency"), unknown);
        t.addColumns(StringColumn.create("name", "Ann"));
        String text = message(() -> RepeatPurchaseSummary.fromTable(t, TimeUnit.WEEKS, "frequency", "name", "T"));
        assertTrue(text.contains("not numeric"), text);
    }

    @Test
    void aNegativeMeanSpendOfARepeatBuyerIsRefused() {
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {0, 1}, new double[] {0, 1},
                new double[] {2, 2});
        String m = message(() -> s.withMeanSpend(new double[] {Double.NaN, -4}));
        assertTrue(m.contains("m_x = -4.0 at row 2"), m);
        // a one-time buyer's m_x is not used and may be NaN
        assertEquals(2, s.withMeanSpend(new double[] {Double.NaN, 4}).size());
    }

    @Test
    void holdoutCountsMustFitTheCustomers() {
        RepeatPurchaseSummary s = RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {0, 1}, new double[] {0, 1},
                new double[] {2, 2});
        assertTrue(message(() -> s.withHoldout(new int[] {1}, 39)).contains("one value per customer"));
        assertTrue(message(() -> s.withHoldout(new int[] {1, -2}, 39)).contains("x* = -2 at row 2"));
        assertTrue(message(() -> s.withHoldout(new int[] {1, 2}, 0)).contains("positive length"));
    }

    @Test
    void arraysOfDifferentLengthsAndEmptySummariesAreRefused() {
        assertTrue(message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[] {1, 2}, new double[] {1},
                new double[] {2, 2})).contains("one value per customer"));
        assertTrue(message(() -> RepeatPurchaseSummary.of(TimeUnit.WEEKS, new int[0], new double[0],
                new double[0])).contains("no customers"));
    }
}
