package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmenta.data.DataFileException;
import org.segmenta.data.Fix;
import picocli.CommandLine;

/**
 * Every fix the lib can name has the command's wording: an option the command really has, and no Java call. The
 * sentences are written out by hand.
 */
class FixOptionsTest {

    private static final Set<String> OPTIONS = Set.copyOf(new CommandLine(new SegmentCommand()).getCommandSpec()
            .optionsMap().keySet());

    @ParameterizedTest
    @EnumSource(Fix.Setting.class)
    void everySettingIsAnOptionOfTheCommand(Fix.Setting setting) {
        for (String value : new String[] {"", "x"}) {
            String option = FixOptions.option(setting, value);
            Matcher names = Pattern.compile("--[a-z-]+").matcher(option);
            assertTrue(names.find(), option);
            do {
                assertTrue(OPTIONS.contains(names.group()), () -> names.group() + " is not an option of segment");
            } while (names.find());
            assertFalse(option.contains("(") || option.contains("CleaningRules"), () -> "Java in: " + option);
        }
    }

    @Test
    void aFixIsSaidWithTheOptionAndItsValue() {
        assertEquals("Leave it out to use the day after the last purchase, or choose a date on or after 2024-03-01 "
                + "with --snapshot-date 2024-03-01.", FixOptions.sentence(new Fix("Leave it out to use the day after "
                + "the last purchase, or choose a date on or after 2024-03-01", Fix.Setting.SNAPSHOT_DATE,
                "2024-03-01")));
        assertEquals("Fix that value, or give the format the column uses with --date-format PATTERN.",
                FixOptions.sentence(new Fix("Fix that value, or give the format the column uses",
                        Fix.Setting.DATE_FORMAT, "")));
    }

    @Test
    void valuesAreQuotedForTheShellWhenTheyNeedIt() {
        assertEquals("--sheet Customers", FixOptions.option(Fix.Setting.SHEET, "Customers"));
        assertEquals("--sheet 'Customers 2024'", FixOptions.option(Fix.Setting.SHEET, "Customers 2024"));
        assertEquals("--customer-id 'Kunde'\\''s Nr'", FixOptions.option(Fix.Setting.CUSTOMER_ID_COLUMN,
                "Kunde's Nr"));
        assertEquals("--date-format 'M/d/yyyy H:mm'", FixOptions.option(Fix.Setting.DATE_FORMAT, "M/d/yyyy H:mm"));
        assertEquals("--delimiter ';'", FixOptions.option(Fix.Setting.DELIMITER, ";"));
        assertEquals("--delimiter tab", FixOptions.option(Fix.Setting.DELIMITER, "\t"));
        assertEquals("--sheet NAME", FixOptions.option(Fix.Setting.SHEET, ""));
        assertEquals("--max-iterations 600", FixOptions.option(Fix.Setting.MAX_ITERATIONS, "600"));
        assertEquals("--max-iterations N", FixOptions.option(Fix.Setting.MAX_ITERATIONS, ""));
    }

    @Test
    void theMessageIsTheProblemThenTheCommandsFix() {
        DataFileException e = new DataFileException(Path.of("orders.csv"), "has no column 'CustomerId'.",
                new Fix("Name the column that holds the customer ids", Fix.Setting.CUSTOMER_ID_COLUMN, "CustomerID"));

        assertEquals("orders.csv: has no column 'CustomerId'. Name the column that holds the customer ids with "
                + "--customer-id CustomerID.", FixOptions.message(e));
    }

    @Test
    void aProblemWithoutAFixIsSaidAsTheLibSaysIt() {
        DataFileException e = new DataFileException(Path.of("a.csv"), "is empty. Check that the export finished.");

        assertEquals(e.getMessage(), FixOptions.message(e));
    }
}
