package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MissingValuesTest {

    private static Table gaps() {
        return Table.create("gaps",
                DoubleColumn.create("x", 1, Double.NaN, 3, Double.NaN),
                StringColumn.create("g", "a", "b", "", "c"),
                DoubleColumn.create("full", 1, 2, 3, 4));
    }

    @Test
    void reportListsColumnsWithGapsMostMissingFirst() {
        Table report = MissingValues.report(gaps());

        assertEquals(2, report.rowCount());
        assertEquals("x", report.stringColumn("Column").get(0));
        assertEquals(2, report.intColumn("Missing").get(0));
        assertEquals(50.0, report.doubleColumn("Share (%)").get(0));
        assertEquals("2, 4", report.stringColumn("First rows").get(0));
        assertEquals("g", report.stringColumn("Column").get(1));
    }

    @Test
    void personalityIncomeHas24Gaps() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));

        Table report = MissingValues.report(people);

        // data/README.md: Income is missing for 24 customers, nothing else is missing.
        assertEquals(1, report.rowCount());
        assertEquals("Income", report.stringColumn("Column").get(0));
        assertEquals(24, report.intColumn("Missing").get(0));
    }

    @Test
    void dropRowsRemovesIncompleteRowsOfTheNamedColumnsAndKeepsTheInput() {
        Table table = gaps();

        Table kept = MissingValues.dropRows(table, "x");

        assertEquals(2, kept.rowCount());
        assertEquals(1.0, kept.doubleColumn("full").get(0));
        assertEquals(3.0, kept.doubleColumn("full").get(1));
        assertEquals(4, table.rowCount());
    }

    @Test
    void dropRowsWithoutColumnsConsidersEveryColumn() {
        assertEquals(1, MissingValues.dropRows(gaps()).rowCount());
    }

    @Test
    void unknownColumnsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> MissingValues.dropRows(gaps(), "nope"));
    }
}
