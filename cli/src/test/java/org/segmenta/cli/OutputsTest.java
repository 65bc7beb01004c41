package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/** What the command writes into {@code --out}, and how it treats an earlier output. */
class OutputsTest {

    @TempDir
    Path dir;

    private Result segment(String... args) {
        return CommandRun.segment(dir, args);
    }

    /** Segments the mall's income and score into {@code k} segments, scaled as {@code scale}, into {@code out}. */
    private Path mallRun(String out, String k, String scale) {
        Result result = segment("--input", CommandRun.MALL.toString(), "--features", CommandRun.INCOME_AND_SCORE,
                "--scale", scale, "--k", k, "--out", out, "--no-report");
        assertEquals(0, result.status(), result::toString);
        return dir.resolve(out);
    }

    @Test
    void segmentsCsvHasEveryInputRowAndColumnUnchangedThenTheSegment() throws IOException {
        Path out = mallRun("out", "5", "none");

        List<String> input = Files.readAllLines(CommandRun.MALL);
        List<String> output = Files.readAllLines(out.resolve("segments.csv"));
        assertEquals(input.size(), output.size());
        assertEquals(input.get(0) + ",segment,segment_name", output.get(0));
        JsonNode summary = SummaryFile.read(out);
        for (int i = 1; i < input.size(); i++) {
            assertTrue(output.get(i).startsWith(input.get(i) + ","), output.get(i));
            String[] added = output.get(i).substring(input.get(i).length() + 1).split(",", 2);
            int segment = Integer.parseInt(added[0]);
            assertEquals(summary.get("segments").get(segment - 1).get("name").asText(), added[1]);
        }
    }

    @Test
    void profilesCsvHasOneRowPerSegment() throws IOException {
        Path out = mallRun("out", "5", "none");

        List<String> lines = Files.readAllLines(out.resolve("profiles.csv"));

        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("segment,segment_name,customers,share (%),mean: Annual Income (k$)"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("1,"));
    }

    @Test
    void summaryHoldsEverythingTheIssueAsksFor() {
        JsonNode summary = SummaryFile.read(mallRun("out", "5", "none"));

        for (String key : List.of("input", "features", "scaling", "method", "warnings", "k", "kSelection", "seed",
                "sizes", "quality", "naming", "roles", "segments", "libVersion", "elapsedSeconds")) {
            assertTrue(summary.has(key), key);
        }
        assertEquals(200, summary.get("input").get("rows").asInt());
        for (String key : List.of("wcss", "silhouette", "calinskiHarabasz", "daviesBouldin")) {
            assertTrue(summary.get("quality").get(key).isNumber(), key);
        }
        JsonNode first = summary.get("segments").get(0);
        for (String key : List.of("name", "size", "centroid", "profile", "actions")) {
            assertTrue(first.has(key), key);
        }
        JsonNode income = first.get("profile").get("numeric").get(0);
        for (String key : List.of("mean", "median", "lift")) {
            assertTrue(income.get(key).isNumber(), key);
        }
        assertEquals("Retain the best", summary.get("segments").get(1).get("actions").get(0).get("rule").asText(),
                "Segment 2 (high income, high spending) gets the playbook's first rule");
    }

    @Test
    void centroidsAreInOriginalUnits() {
        JsonNode summary = SummaryFile.read(mallRun("out", "5", "standard"));

        // The largest k-means segment on income × score is the middle group: income about 55 k$, score about 50.
        JsonNode centroid = summary.get("segments").get(0).get("centroid");
        assertEquals(55, centroid.get("Annual Income (k$)").asDouble(), 5);
        assertEquals(50, centroid.get("Spending Score (1-100)").asDouble(), 5);
    }

    @Test
    void anEarlierOutputIsReplacedAsAWhole() throws IOException {
        mallRun("out", "5", "none");
        Path out = mallRun("out", "3", "none");

        assertEquals(List.of(3), List.of(SummaryFile.read(out).get("k").asInt()));
        try (Stream<Path> entries = Files.list(out)) {
            assertEquals(Set.of(".segment-output", "segments.csv", "summary.json", "profiles.csv"),
                    Set.copyOf(entries.map(p -> p.getFileName().toString()).toList()));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of("out"), entries.map(p -> p.getFileName().toString()).toList(),
                    "no staging or old directory may be left next to --out");
        }
    }

    @Test
    void anInputInsideAnEarlierOutputIsNotDeletedWithIt() throws IOException {
        Path out = mallRun("out", "5", "none");
        Path input = out.resolve("segments.csv");
        byte[] before = Files.readAllBytes(input);

        Result result = segment("--input", input.toString(), "--features", CommandRun.INCOME_AND_SCORE, "--out", "out",
                "--no-report");

        assertEquals(1, result.status(), result::toString);
        assertTrue(result.stderr().contains("lies inside --out out"), result::toString);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)));
    }

    @Test
    void droppedCustomersKeepTheirRowWithoutASegment() throws IOException {
        Path file = dir.resolve("gaps.csv");
        Files.writeString(file, "id,age,income\n1,30,40\n2,,60\n3,32,41\n4,60,90\n5,61,\n6,62,88\n",
                StandardCharsets.UTF_8);

        Result result = segment("--input", file.toString(), "--impute", "drop", "--k", "2", "--out", "out",
                "--no-report");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = Files.readAllLines(dir.resolve("out/segments.csv"));
        assertEquals(7, lines.size());
        assertEquals("2,,60,,", lines.get(2));
        assertEquals("5,61,,,", lines.get(5));
        JsonNode leftOut = SummaryFile.read(dir.resolve("out")).get("features").get("rowsLeftOut");
        assertEquals(2, leftOut.get("count").asInt());
        assertEquals("[2,5]", leftOut.get("firstDataRows").toString());
    }

    @Test
    void semicolonFileIsReadWithItsDelimiterDetected() throws IOException {
        Path file = dir.resolve("semi.csv");
        Files.writeString(file, "id;age;income\n1;30;40\n2;32;41\n3;60;90\n4;62;88\n", StandardCharsets.UTF_8);

        Result result = segment("--input", file.toString(), "--k", "2", "--out", "out", "--no-report");

        assertEquals(0, result.status(), result::toString);
        JsonNode input = SummaryFile.read(dir.resolve("out")).get("input");
        assertEquals(";", input.get("delimiter").asText());
        assertTrue(input.get("delimiterDetected").asBoolean());
        assertEquals(List.of(2, 2), SummaryFile.sizes(SummaryFile.read(dir.resolve("out"))));
    }

    @Test
    void quietRunPrintsNothing() {
        Result result = segment("--input", CommandRun.MALL.toString(), "--k", "5", "--out", "out", "--no-report",
                "--quiet");

        assertEquals(0, result.status(), result::toString);
        assertEquals("", result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void ordinaryRunSaysWhatItWrote() {
        Result result = segment("--input", CommandRun.MALL.toString(), "--k", "5", "--out", "out", "--no-report");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.stdout().contains("into 5 segments"), result::toString);
        assertTrue(result.stdout().contains("segments.csv, summary.json, profiles.csv"), result::toString);
        assertFalse(result.stdout().contains("report.html"), result::toString);
    }

    @Test
    void reportWithoutTheProjectFolderIsRefusedBeforeAnyWork() {
        // The test runs in a temporary folder, outside the project, without -Dsegmenta.root.
        Result result = segment("--input", CommandRun.MALL.toString(), "--k", "5", "--out", "out");

        assertEquals(1, result.status(), result::toString);
        assertTrue(result.stderr().contains("cannot find the Segmenta project folder"), result::toString);
        assertTrue(result.stderr().contains("--no-report"), result::toString);
        assertFalse(result.stderr().contains("[segment] reading"), "no step may have run: " + result);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void helpShowsEveryOptionWithAnExample() {
        Result result = segment("--help");

        assertEquals(0, result.status(), result::toString);
        for (String option : List.of("--input", "--features", "--id-column", "--exclude", "--categorical",
                "--delimiter", "--impute", "--log", "--scale", "--method", "--k", "--max-k", "--seed", "--max-iterations",
                "--role", "--out", "--no-report", "--quiet")) {
            assertTrue(result.stdout().contains("Example: " + option), () -> option + " has no example");
        }
    }
}
