package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimiterDetectionTest {

    private static final Path FILE = Path.of("customers.csv");

    @Test
    void commaSeparatedFileIsDetected() {
        assertEquals(',', DelimiterDetection.detect(FILE, "id,age,income\n1,30,50\n2,40,60\n"));
    }

    @Test
    void semicolonSeparatedFileWithDecimalCommasIsDetectedAsSemicolons() {
        assertEquals(';', DelimiterDetection.detect(FILE, "id;age;income\n1;30;50,5\n2;40;60,25\n"));
    }

    @Test
    void fieldsAreSplitOutsideQuotesAndUnquoted() {
        assertEquals(List.of("a", "b, \"c\"", "", "d"), DelimiterDetection.split("a,\"b, \"\"c\"\"\",,d", ','));
        assertEquals(List.of("id", "age"), DelimiterDetection.split("id;age", ';'));
    }

    @Test
    void tabSeparatedFileIsDetected() {
        assertEquals('\t', DelimiterDetection.detect(FILE, "id\tage\n1\t30\n"));
    }

    @Test
    void anotherDelimiterIsSuggestedOnlyWhenDetectionFindsOne() {
        String tabs = "id\tage\n1\t30\n";

        assertEquals("; the header looks separated by tabs instead", DelimiterDetection.otherDelimiter(FILE, tabs, ','));
        assertEquals("", DelimiterDetection.otherDelimiter(FILE, tabs, '\t'));
        assertEquals("", DelimiterDetection.otherDelimiter(FILE, "a|b\n1|2\n", ','));
    }

    @Test
    void commasInsideQuotesDoNotCount() {
        // Split on commas outside quotes the header has 2 fields; on semicolons 3, consistently in every row.
        String text = "\"name, first\";age;income\n\"Smith, John\";30;50\n\"Doe, Jane\";40;60\n";

        assertEquals(';', DelimiterDetection.detect(FILE, text));
    }

    @Test
    void consistentCandidateWinsOverOneThatSplitsTheHeaderIntoMoreFields() {
        // The header has 3 commas but rows do not; semicolons give 2 fields in every row.
        String text = "a,b,c,d;e\n1;2\n3;4\n";

        assertEquals(';', DelimiterDetection.detect(FILE, text));
    }

    @Test
    void quotedLineBreakContinuesTheRecord() {
        assertEquals(List.of("id,note", "1,\"two\nlines\"", "2,x"),
                DelimiterDetection.records("id,note\r\n1,\"two\nlines\"\r\n2,x\r\n\r\n", 10));
    }

    @Test
    void fieldsAreCountedOutsideQuotesOnly() {
        assertEquals(3, DelimiterDetection.fields("1,\"a,b\",c", ','));
    }

    @Test
    void headerThatNoCandidateSplitsIsReportedWithTheDelimitersTried() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> DelimiterDetection.detect(FILE, "id|age|income\n1|30|50\n"));

        assertEquals(FILE, e.file());
        assertTrue(e.getMessage().contains("only one column was found"), e::getMessage);
        assertTrue(e.getMessage().contains("commas (','), semicolons (';') and tabs"), e::getMessage);
        assertTrue(e.getMessage().contains("'id|age|income'"), e::getMessage);
    }
}
