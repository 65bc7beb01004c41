package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fix is data: the advice, the setting and the suggested value; its Java sentence is the advice completed by the
 * setting's call, written out here by hand for each case.
 */
class FixTest {

    @Test
    void aFixWithAValueNamesTheCallWithTheValueAsALiteral() {
        Fix fix = new Fix("Give the format of this column", Fix.Setting.DATE_FORMAT, "d/M/yyyy");

        assertEquals("Give the format of this column with .dateFormat(\"d/M/yyyy\").", fix.java());
    }

    @Test
    void aFixWithoutAValueNamesTheCallWithItsParameter() {
        Fix fix = new Fix("Fix that value, or give the format the column uses", Fix.Setting.DATE_FORMAT, "");

        assertEquals("Fix that value, or give the format the column uses with .dateFormat(pattern).", fix.java());
    }

    @Test
    void datesAreParsedFromTheirIsoForm() {
        assertEquals(".snapshotDate(LocalDate.parse(\"2024-03-01\"))", Fix.Setting.SNAPSHOT_DATE.java("2024-03-01"));
        assertEquals(".snapshotDate(date)", Fix.Setting.SNAPSHOT_DATE.java(""));
        assertEquals(".repeatPurchases(calibrationEnd, holdoutEnd)", Fix.Setting.CALIBRATION_END.java(""));
    }

    @Test
    void aDelimiterIsACharLiteralAndQuotesAreEscaped() {
        assertEquals("CustomerFile.read(file, ';')", Fix.Setting.DELIMITER.java(";"));
        assertEquals("CustomerFile.read(file, '\\t')", Fix.Setting.DELIMITER.java("\t"));
        assertEquals("CustomerFile.readSheet(file, \"The \\\"best\\\" ones\")",
                Fix.Setting.SHEET.java("The \"best\" ones"));
        assertEquals(".quantityTimesPrice(quantity, \"Price\")", Fix.Setting.PRICE_COLUMN.java("Price"));
        assertEquals(".maxIterations(600)", Fix.Setting.MAX_ITERATIONS.java("600"));
        assertEquals(".maxIterations(maxIterations)", Fix.Setting.MAX_ITERATIONS.java(""));
    }

    @ParameterizedTest
    @EnumSource(Fix.Setting.class)
    void everySettingNamesAJavaCallWithOrWithoutAValue(Fix.Setting setting) {
        String without = setting.java("");
        String with = setting.java("X");

        assertTrue(without.contains("(") && without.contains(")"), without);
        assertFalse(without.contains("--"), without);
        assertTrue(setting == Fix.Setting.CLEANING_RULES || with.contains("X"), with);
    }

    @Test
    void theAdviceIsTheStartOfASentence() {
        assertThrows(IllegalArgumentException.class, () -> new Fix("Give the format.", Fix.Setting.DATE_FORMAT, ""));
        assertThrows(IllegalArgumentException.class, () -> new Fix(" ", Fix.Setting.DATE_FORMAT, ""));
        assertThrows(NullPointerException.class, () -> new Fix("Give it", null, ""));
    }

    @Test
    void theExceptionSaysTheProblemThenTheJavaFixAndKeepsBothApart() {
        Path file = Path.of("orders.csv");
        Fix fix = new Fix("Name the column that holds the customer ids", Fix.Setting.CUSTOMER_ID_COLUMN, "Customer");

        DataFileException e = new DataFileException(file, "has no column 'CustomerID'.", fix);

        assertEquals("orders.csv: has no column 'CustomerID'. Name the column that holds the customer ids with "
                + ".customerId(\"Customer\").", e.getMessage());
        assertEquals("has no column 'CustomerID'.", e.problem());
        assertEquals(fix, e.fix().orElseThrow());
    }

    @Test
    void withoutAFixTheProblemSaysWhatToDo() {
        DataFileException e = new DataFileException(Path.of("a.csv"), "is empty. Check that the export finished.");

        assertEquals("a.csv: is empty. Check that the export finished.", e.getMessage());
        assertEquals("is empty. Check that the export finished.", e.problem());
        assertTrue(e.fix().isEmpty());
    }
}
