package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmenta.testing.BadInput.assertMentions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.BadInput;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableSchemaTest {

    private static final Path FILE = Path.of("customers.csv");

    private static DataFileException checkFails(TableSchema schema, Table table) {
        return BadInput.fails(FILE, () -> schema.check(table, FILE));
    }

    @Test
    void columnNamesKeepTheOrderOfDeclaration() {
        TableSchema schema = TableSchema.builder().text("Gender").numeric("Zeta", "Alpha").date("Joined")
                .numericAllowingMissing("Income").build();

        assertEquals(List.of("Gender", "Zeta", "Alpha", "Joined", "Income"), schema.columnNames());
    }

    @Test
    void kindOfGivesTheDeclaredKindAndNullForAnUndeclaredColumn() {
        TableSchema schema = TableSchema.builder().numeric("Age").numericAllowingMissing("Income").text("Gender")
                .date("Joined").build();

        assertEquals(TableSchema.Kind.NUMERIC, schema.kindOf("Age"));
        assertEquals(TableSchema.Kind.NUMERIC_ALLOWING_MISSING, schema.kindOf("Income"));
        assertEquals(TableSchema.Kind.TEXT, schema.kindOf("Gender"));
        assertEquals(TableSchema.Kind.DATE, schema.kindOf("Joined"));
        assertNull(schema.kindOf("Zip"));
    }

    @Test
    void aColumnDeclaredTwiceIsRejectedByName() {
        TableSchema.Builder builder = TableSchema.builder().numeric("Age");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.text("Age"));

        assertMentions(e.getMessage(), "'Age'", "declared twice");
    }

    @Test
    void tableWithEveryColumnOfTheRightKindPassesAndExtraColumnsAreIgnored() {
        TableSchema schema = TableSchema.builder().numeric("Age").numericAllowingMissing("Income").text("Gender")
                .date("Joined").build();
        DoubleColumn income = DoubleColumn.create("Income", 15.0, Double.NaN);
        Table table = Table.create("t", IntColumn.create("Age", 19, 21), income,
                StringColumn.create("Gender", "Male", "Female"),
                DateColumn.create("Joined", LocalDate.of(2012, 9, 4), LocalDate.of(2013, 1, 2)),
                StringColumn.create("Notes", "x", "y"));

        assertDoesNotThrow(() -> schema.check(table, FILE));
    }

    @Test
    void missingColumnIsNamedWithTheColumnsFoundAndTheFix() {
        TableSchema schema = TableSchema.builder().numeric("Age", "Annual Income (k$)").build();
        Table table = Table.create("t", IntColumn.create("Age", 19, 21), IntColumn.create("Annual Income", 15, 16));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "column 'Annual Income (k$)' is missing",
                "Columns found: 'Age', 'Annual Income'", "including case and spaces");
    }

    @Test
    void textColumnWhereNumbersAreRequiredNamesTheFirstNonNumericRowAndValue() {
        TableSchema schema = TableSchema.builder().numeric("Income").build();
        // blanks and anything that looks like a number are skipped when looking for the culprit
        Table table = Table.create("t", StringColumn.create("Income", "12", "", "-0.5", "1.5e3", ".25", "n.a.", "x"));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "column 'Income' must hold numbers", "data row 6", "'n.a.'", "Fix or remove");
    }

    @Test
    void textColumnIsRejectedEvenWhereMissingNumbersAreAllowed() {
        TableSchema schema = TableSchema.builder().numericAllowingMissing("Income").build();
        Table table = Table.create("t", StringColumn.create("Income", "12", "lots"));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "'Income'", "data row 2", "'lots'");
    }

    @Test
    void missingValuesInANumericColumnAreCountedWithTheFirstRow() {
        TableSchema schema = TableSchema.builder().numeric("Income").build();
        Table table = Table.create("t", DoubleColumn.create("Income", 1.0, 2.0, Double.NaN, 4.0, Double.NaN));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "column 'Income' has 2 missing value(s)", "first at data row 3",
                "Fill them in or remove those rows");
    }

    @Test
    void missingValuesAreAcceptedInANumericColumnThatAllowsThem() {
        TableSchema schema = TableSchema.builder().numericAllowingMissing("Income").build();
        Table table = Table.create("t", DoubleColumn.create("Income", 1.0, Double.NaN, Double.NaN));

        assertDoesNotThrow(() -> schema.check(table, FILE));
    }

    @Test
    void numericColumnWithNoValueAtAllIsReportedAsEmptyNotAsText() {
        // Tablesaw reads a column whose cells are all blank as text; the problem is the missing values.
        TableSchema schema = TableSchema.builder().numeric("Income").build();
        Table table = Table.create("t", StringColumn.create("Income", "", "", ""));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "'Income'", "3", "missing");
        assertFalse(e.getMessage().contains("non-numeric"), () -> "there is no non-numeric value: " + e.getMessage());
    }

    @Test
    void dateColumnHoldingTextIsReportedWithItsFirstValueAndTheAdviceToCheckTheFormat() {
        TableSchema schema = TableSchema.builder().date("Joined").build();
        Table table = Table.create("t", StringColumn.create("Joined", "04/09/2012", "05/09/2012"));

        DataFileException e = checkFails(schema, table);

        assertMentions(e.getMessage(), "column 'Joined' must hold dates", "read as string", "'04/09/2012'",
                "Check the date format");
    }

    @Test
    void textColumnAcceptsAnyValues() {
        TableSchema schema = TableSchema.builder().text("Code").build();
        Table table = Table.create("t", IntColumn.create("Code", 1, 2));

        assertDoesNotThrow(() -> schema.check(table, FILE));
    }
}
