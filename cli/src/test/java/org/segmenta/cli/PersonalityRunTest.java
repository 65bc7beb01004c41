package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The Customer Personality data end to end with {@code --impute median --k auto}: tab-separated, an id column, two
 * constant columns, 24 missing incomes, a date column; the summary must explain the chosen k.
 */
class PersonalityRunTest {

    @TempDir
    static Path dir;

    private static Result result;
    private static JsonNode summary;

    @BeforeAll
    static void segmentThePersonalityData() {
        result = CommandRun.segment(dir, "--input", CommandRun.PERSONALITY.toString(), "--impute", "median", "--k",
                "auto", "--out", "personality", "--no-report");
        assertEquals(0, result.status(), result::toString);
        summary = SummaryFile.read(dir.resolve("personality"));
    }

    @Test
    void everyCustomerIsSegmented() {
        // data/README.md: 2240 customers, tab-separated.
        assertEquals(2240, summary.get("input").get("rows").asInt());
        assertEquals("\t", summary.get("input").get("delimiter").asText());
        assertEquals(2240, summary.get("features").get("rowsSegmented").asInt());
        assertEquals(2240, SummaryFile.sizes(summary).stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theIdTheConstantsAndTheDatesAreNotFeatures() {
        JsonNode features = summary.get("features");
        List<String> numeric = new ArrayList<>();
        features.get("numeric").forEach(name -> numeric.add(name.asText()));

        assertEquals("ID", features.get("idColumn").asText());
        assertEquals("[\"Z_CostContact\",\"Z_Revenue\"]", features.get("constantLeftOut").toString());
        assertFalse(numeric.contains("ID"));
        assertFalse(numeric.contains("Dt_Customer"));
        assertTrue(numeric.contains("Income"));
    }

    @Test
    void theMissingIncomesAreFilledWithTheMedian() {
        JsonNode income = null;
        for (JsonNode feature : summary.get("features").get("matrix")) {
            if (feature.get("feature").asText().equals("Income")) {
                income = feature;
            }
        }
        // numpy 1.24.2: np.median of the 2216 present incomes (csv.DictReader, delimiter '\t') = 51381.5.
        assertEquals(24, income.get("imputed").asInt());
        assertEquals(51381.5, income.get("filledWith").asDouble());
    }

    @Test
    void theSummaryExplainsTheChosenK() {
        int k = summary.get("k").asInt();
        JsonNode selection = summary.get("kSelection");

        assertEquals(k, selection.get("recommendedK").asInt());
        assertTrue(selection.get("explanation").asText().startsWith("k = " + k + ": "), selection::toString);
        assertEquals(5, selection.get("criteria").size());
        assertEquals(2, selection.get("minK").asInt());
        assertEquals(10, selection.get("maxK").asInt());
        assertEquals(9, selection.get("table").size());
        int votes = 0;
        for (JsonNode criterion : selection.get("criteria")) {
            votes += criterion.get("preferredK").asInt() == k ? 1 : 0;
        }
        assertTrue(votes >= 1, "the chosen k must be preferred by at least one criterion");
    }

    @Test
    void everySegmentHasANameAProfileAndItsActions() {
        for (JsonNode segment : summary.get("segments")) {
            assertFalse(segment.get("name").asText().isBlank());
            assertTrue(segment.get("profile").get("numeric").size() > 0);
            assertTrue(segment.has("actions"));
            assertTrue(segment.get("centroid").has("Income"));
        }
    }

    @Test
    void segmentsCsvKeepsTheDatesAsWritten() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("personality/segments.csv"));

        assertEquals(2241, lines.size());
        // The first customer of the file: ID 5524, enrolled 04-09-2012 (dd-mm-yyyy), kept as written.
        assertTrue(lines.get(1).startsWith("5524,1957,Graduation,Single,58138,0,0,04-09-2012,"), lines.get(1));
    }
}
