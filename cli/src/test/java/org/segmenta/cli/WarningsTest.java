package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The lib's warnings about the segments reach standard error, one line each, named as the command's. */
class WarningsTest {

    private static final FeatureMatrix FOUR_POINTS = FeatureMatrix.of(Table.create("points",
            DoubleColumn.create("x", 0, 1, 9, 10)), "x");

    private static String printed(Segmentation segmentation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SegmentCommand.printWarnings(segmentation, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFitStoppedAtItsIterationCapIsPrintedAsAWarning() {
        // One iteration cannot converge on 0, 1, 9, 10 with k = 2 (see the lib's KMeansTest), so there is one warning.
        Segmentation stopped = KMeans.withK(2).restarts(2).seed(1).maxIterations(1).fit(FOUR_POINTS);

        assertEquals("segment: warning: k-means did not converge: the best of 2 restarts was still moving when it "
                + "reached the iteration cap of 1 iteration, so its segments may not be final. Raise the iteration cap "
                + "(or loosen the tolerance, now 1.0E-4) with --max-iterations 300." + System.lineSeparator(),
                printed(stopped));
    }

    @Test
    void theCommandsIterationCapReachesKMeansAndItsWarningNamesTheOption(@TempDir Path dir) throws IOException {
        // The same four customers as a file: with --max-iterations 1 k-means cannot converge (see above), so the run
        // succeeds with the warning on standard error and in summary.json, its fix said with the command's option.
        Path input = dir.resolve("four.csv");
        Files.writeString(input, "id,x\n1,0\n2,1\n3,9\n4,10\n", StandardCharsets.UTF_8);

        CommandRun.Result run = CommandRun.segment(dir, "--input", input.toString(), "--id-column", "id", "--k", "2",
                "--max-iterations", "1", "--out", "out", "--no-report", "--quiet");

        String warning = "k-means did not converge: the best of 10 restarts was still moving when it reached the "
                + "iteration cap of 1 iteration, so its segments may not be final. Raise the iteration cap (or loosen "
                + "the tolerance, now 1.0E-4) with --max-iterations 300.";
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("segment: warning: " + warning), run.messages(), run.toString());
        JsonNode summary = SummaryFile.read(dir.resolve("out"));
        assertEquals(1, summary.get("warnings").size(), summary.toString());
        assertEquals(warning, summary.get("warnings").get(0).asText());
    }

    @Test
    void anIterationCapBelowOneIsRefused(@TempDir Path dir) {
        CommandRun.Result run = CommandRun.segment(dir, "--input", CommandRun.MALL.toString(), "--max-iterations", "0",
                "--out", "out", "--no-report");

        assertEquals(2, run.status(), run.toString());
        assertTrue(run.stderr().contains("--max-iterations must be at least 1, got 0. Example: --max-iterations 300."),
                run.toString());
    }

    @Test
    void aConvergedFitPrintsNothing() {
        assertEquals("", printed(KMeans.withK(2).restarts(2).seed(1).fit(FOUR_POINTS)));
    }
}
