package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class DerivedColumnsTest {

    private static Table people() {
        return Table.create("people",
                IntColumn.create("Year_Birth", 1957, 1990),
                DateColumn.create("Dt_Customer", LocalDate.of(2012, 9, 4), LocalDate.of(2014, 12, 30)),
                DoubleColumn.create("Wine", 635, 11),
                DoubleColumn.create("Meat", 546, Double.NaN));
    }

    @Test
    void yearsSinceGivesAgeFromBirthYear() {
        Table t = DerivedColumns.yearsSince(people(), "Year_Birth", 2014, "Age");

        assertEquals(57.0, t.doubleColumn("Age").get(0));
        assertEquals(24.0, t.doubleColumn("Age").get(1));
    }

    @Test
    void daysBetweenCountsCalendarDays() {
        // 2012-09-04 to 2014-12-31: 27 days left in Sept 2012 + 91 (Oct-Dec) + 365 (2013) + 365 (2014) = 848
        Table t = DerivedColumns.daysBetween(people(), "Dt_Customer", LocalDate.of(2014, 12, 31), "Tenure");

        assertEquals(848.0, t.doubleColumn("Tenure").get(0));
        assertEquals(1.0, t.doubleColumn("Tenure").get(1));
    }

    @Test
    void sumAddsColumnsAndIsMissingWhenATermIs() {
        Table t = DerivedColumns.sum(people(), "Spend", "Wine", "Meat");

        assertEquals(1181.0, t.doubleColumn("Spend").get(0));
        assertTrue(t.doubleColumn("Spend").isMissing(1));
    }

    @Test
    void theInputTableIsNotChanged() {
        Table input = people();

        DerivedColumns.sum(input, "Spend", "Wine", "Meat");

        assertFalse(input.containsColumn("Spend"));
    }

    @Test
    void anExistingColumnNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DerivedColumns.sum(people(), "Wine", "Wine", "Meat"));
    }

    @Test
    void aNonDateColumnIsRefusedForDaysBetween() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DerivedColumns.daysBetween(people(), "Wine", LocalDate.of(2014, 1, 1), "x"));

        assertTrue(e.getMessage().contains("'Wine'"), e.getMessage());
    }

    @Test
    void mappedTurnsCategoriesIntoNumbersWithADefault() {
        Table table = Table.create("t", tech.tablesaw.api.StringColumn.create("Marital_Status", "Married", "Single",
                "Together", ""));

        Table t = DerivedColumns.mapped(table, "Marital_Status", "Adults",
                java.util.Map.of("Married", 2.0, "Together", 2.0), 1.0);

        assertEquals(2.0, t.doubleColumn("Adults").get(0));
        assertEquals(1.0, t.doubleColumn("Adults").get(1));
        assertEquals(2.0, t.doubleColumn("Adults").get(2));
        assertTrue(t.doubleColumn("Adults").isMissing(3));
    }
}
