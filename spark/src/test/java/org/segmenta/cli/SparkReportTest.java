package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.spark.SparkMasters;
import picocli.CommandLine;

/**
 * {@code segment --engine spark} with its {@code report.html}, as a user runs it. On {@code local[2]} only: the report
 * is made on one machine from the run's outputs, whatever master made them, and {@link SparkStudyEngineTest} runs the
 * Spark study itself on both test masters. The report needs what {@code environment/setup.sh} installs (Debian's
 * Python with Jupyter, the notebook kernel), as the local report does.
 */
class SparkReportTest {

    private static final Path MALL = Path.of("../data/mall_customers.csv").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    @BeforeAll
    static void sparkSettings() {
        SparkMasters.configs(SparkMasters.LOCAL).forEach(System::setProperty);
    }

    @AfterAll
    static void clearSparkSettings() {
        SparkMasters.configs(SparkMasters.LOCAL).keySet().forEach(System::clearProperty);
    }

    private static int segment(StringWriter err, String... args) {
        CommandLine command = SegmentCommand.commandLine();
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void theMallReportShowsTheSegmentSizesAndNamesOfTheSummary() throws IOException {
        Path out = dir.resolve("mall");
        StringWriter err = new StringWriter();

        int status = segment(err, "--input", MALL.toString(), "--features", "Annual Income (k$),Spending Score (1-100)",
                "--scale", "none", "--k", "5", "--engine", "spark", "--master", SparkMasters.LOCAL, "--out",
                out.toString(), "--quiet");

        assertEquals(0, status, err::toString);
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        // Published scikit-learn result for these two columns, unscaled, k = 5: clusters of 81, 39, 35, 23 and 22.
        assertEquals("[81,39,35,23,22]", summary.get("sizes").toString());
        assertTrue(summary.get("outputs").toString().contains("\"report.html\""), summary.get("outputs")::toString);
        String report = text(out.resolve("report.html"));
        assertTrue(report.contains("The parameters of the study run on Spark:"), "made from the run's parameters");
        assertTrue(report.contains("k-means on Spark found 5 segments of 81, 39, 35, 23, 22 customers."),
                "the sizes of summary.json");
        List<String> lines = new ArrayList<>();
        for (JsonNode segment : summary.get("segments")) {
            lines.add(segment.get("segment").asInt() + " · " + segment.get("name").asText() + ": "
                    + segment.get("size").asInt() + " customers");
        }
        assertEquals("1 · Mid Annual Income (k$) · Mid Spending Score (1-100): 81 customers", lines.get(0));
        for (String line : lines) {
            assertTrue(report.contains(line), () -> "the report does not say '" + line + "'");
        }
        assertTrue(report.contains("The map draws all 200 customers."), "the map says whom it draws");
    }

    @Test
    void aReportIsRefusedBeforeAnyWorkWhenOutIsAUri() {
        StringWriter err = new StringWriter();

        int status = segment(err, "--input", MALL.toString(), "--features", "Annual Income (k$),Spending Score (1-100)",
                "--k", "5", "--engine", "spark", "--master", SparkMasters.LOCAL, "--out", "s3a://bucket/segments",
                "--quiet");

        assertEquals(2, status, err::toString);
        assertEquals("segment: --out s3a://bucket/segments is a s3a: URI, and report.html is made by executing a notebook "
                + "on this machine that reads the outputs from a folder here. Add --no-report (the other outputs are "
                + "written to s3a://bucket/segments), or give a folder of this machine as --out.",
                err.toString().lines().findFirst().orElse(""));
        assertFalse(Files.exists(Path.of("s3a:")), "nothing is written");
    }

    /** The page's text: tags removed, HTML's character references for {@code & < > " '} read back. */
    private static String text(Path page) throws IOException {
        return Files.readString(page, StandardCharsets.UTF_8).replaceAll("<[^>]*>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
