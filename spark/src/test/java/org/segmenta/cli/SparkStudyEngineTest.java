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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.data.DelimiterDetection;
import org.segmenta.spark.SparkMasters;
import picocli.CommandLine;

/**
 * {@code segment --engine spark} as a user runs it, on both test masters: on the mall data the published k-means
 * optimum, and on Online Retail's order lines the same {@code customers.csv} as the local engine, every customer and
 * every column. On {@code local[2]} the mall run also makes {@code report.html}, which must show the segment sizes and
 * names of {@code summary.json}: the report is made on this machine from the run's outputs whatever master made them,
 * so one master suffices, and it needs what {@code environment/setup.sh} installs (Debian's Python with Jupyter, the
 * notebook kernel), as the local report does.
 */
@ParameterizedClass
@MethodSource("org.segmenta.spark.SparkMasters#both")
class SparkStudyEngineTest {

    private static final Path MALL = Path.of("../data/mall_customers.csv").toAbsolutePath().normalize();
    private static final Path ONLINE_RETAIL = Path.of("../data/online_retail.csv.gz").toAbsolutePath().normalize();
    private static final String[] RETAIL = {"--transactions", ONLINE_RETAIL.toString(), "--customer-id", "CustomerID",
        "--date", "InvoiceDate", "--quantity", "Quantity", "--price", "UnitPrice", "--order-id", "InvoiceNo", "--k",
        "5", "--no-report", "--quiet"};

    @TempDir
    static Path dir;
    private static Path localRetail;

    @Parameter
    String master;

    @BeforeAll
    static void onlineRetailOnOneMachine() {
        localRetail = dir.resolve("retail-local");
        assertEquals(0, segment(RETAIL, "--out", localRetail.toString()));
    }

    @BeforeParameterizedClassInvocation
    static void sparkSettings(String master) {
        SparkMasters.configs(master).forEach(System::setProperty);
    }

    @AfterParameterizedClassInvocation
    static void clearSparkSettings(String master) {
        SparkMasters.configs(master).keySet().forEach(System::clearProperty);
    }

    private static int segment(String[] common, String... more) {
        return segment(new StringWriter(), common, more);
    }

    private static int segment(StringWriter err, String[] common, String... more) {
        CommandLine command = SegmentCommand.commandLine();
        command.setErr(new PrintWriter(err, true));
        return command.execute(Stream.concat(Stream.of(common), Stream.of(more)).toArray(String[]::new));
    }

    private Path out(String name) {
        return dir.resolve(name + "-" + master.replaceAll("[^a-z0-9]", ""));
    }

    @Test
    void theMallGivesThePublishedOptimum() throws IOException {
        Path out = out("mall");
        boolean report = master.equals(SparkMasters.LOCAL);

        List<String> options = new ArrayList<>(List.of("--engine", "spark", "--master", master, "--out",
                out.toString()));
        if (!report) {
            options.add("--no-report");
        }

        StringWriter err = new StringWriter();
        int status = segment(err, new String[] {"--input", MALL.toString(), "--features",
            "Annual Income (k$),Spending Score (1-100)", "--scale", "none", "--k", "5", "--quiet"},
                options.toArray(String[]::new));

        assertEquals(0, status, err::toString);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        // Published scikit-learn result for these two columns, unscaled, k = 5: inertia 44448.46, clusters of 81, 39,
        // 35, 23 and 22 customers.
        assertEquals(44448.46, summary.get("quality").get("wcss").asDouble(), 0.005);
        assertEquals("[81,39,35,23,22]", summary.get("sizes").toString());
        assertEquals("spark", summary.get("engine").get("name").asText());
        List<List<String>> rows = csv(out.resolve("segments.csv"));
        assertEquals(201, rows.size());
        assertEquals(List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)", "segment",
                "segment_name"), rows.get(0));
        assertEquals(csv(MALL).subList(1, 201), rows.subList(1, 201).stream().map(row -> row.subList(0, 5)).toList(),
                "every input row and column as written, in the input's order");
        assertTrue(Files.isDirectory(out.resolve("segments.parquet")));
        assertTrue(Files.isRegularFile(out.resolve("profiles.csv")));
        assertEquals(report, Files.isRegularFile(out.resolve("report.html")));
        assertEquals(report, summary.get("outputs").toString().contains("\"report.html\""),
                summary.get("outputs")::toString);
        if (report) {
            theReportShowsTheSummary(out, summary);
        }
    }

    /** The report's text says the sizes and the numbered names of the summary, and whom its map draws. */
    private static void theReportShowsTheSummary(Path out, JsonNode summary) throws IOException {
        String report = text(out.resolve("report.html"));
        assertTrue(report.contains("The parameters of the study run on Spark:"), "made from the run's parameters");
        assertTrue(report.contains("k-means on Spark found 5 segments of 81, 39, 35, 23, 22 customers."),
                "the sizes of summary.json");
        List<String> lines = new ArrayList<>();
        for (JsonNode segment : summary.get("segments")) {
            lines.add(segment.get("segment").asInt() + " · " + segment.get("name").asText() + ": "
                    + segment.get("size").asInt() + " customers");
        }
        // The published optimum's largest cluster: middle income, middle spending score.
        assertEquals("1 · Mid Annual Income (k$) · Mid Spending Score (1-100): 81 customers", lines.get(0));
        for (String line : lines) {
            assertTrue(report.contains(line), () -> "the report does not say '" + line + "'");
        }
        assertTrue(report.contains("The map draws all 200 customers."), "the map says whom it draws");
    }

    @Test
    void aReportIsRefusedBeforeAnyWorkWhenOutIsAUri() {
        StringWriter err = new StringWriter();

        int status = segment(err, new String[] {"--input", MALL.toString(), "--features",
            "Annual Income (k$),Spending Score (1-100)", "--k", "5", "--quiet"}, "--engine", "spark", "--master",
                master, "--out", "s3a://bucket/segments");

        assertEquals(2, status, err::toString);
        assertEquals("segment: --out s3a://bucket/segments is a s3a: URI, and report.html is made by executing a "
                + "notebook on this machine that reads the outputs from a folder here. Add --no-report (the other "
                + "outputs are written to s3a://bucket/segments), or give a folder of this machine as --out.",
                err.toString().lines().findFirst().orElse(""));
    }

    /** The page's text: tags removed, HTML's character references for {@code & < > " '} read back. */
    private static String text(Path page) throws IOException {
        return Files.readString(page, StandardCharsets.UTF_8).replaceAll("<[^>]*>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void kAutoOnTheMallChoosesAsTheLocalEngineDoesFromTheSameFourCriteria() throws IOException {
        // --max-k 6 keeps the Spark sweep short (each Lloyd iteration of a small table is a Spark job); the
        // SparkKSelectionTest compares k = 2..10.
        String[] mall = {"--input", MALL.toString(), "--features", "Annual Income (k$),Spending Score (1-100)",
            "--scale", "none", "--k", "auto", "--max-k", "6", "--no-report", "--quiet"};
        Path local = out("mall-auto-local");
        Path out = out("mall-auto");
        StringWriter err = new StringWriter();

        assertEquals(0, segment(mall, "--out", local.toString()));
        int status = segment(err, mall, "--engine", "spark", "--master", master, "--out", out.toString());

        assertEquals(0, status, err::toString);
        JsonNode onSpark = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode onOneMachine = new ObjectMapper().readTree(local.resolve("summary.json").toFile());
        assertEquals("auto: the lib's recommendation", onSpark.get("kChosen").asText());
        JsonNode selection = onSpark.get("kSelection");
        JsonNode localSelection = onOneMachine.get("kSelection");
        assertEquals(2, selection.get("minK").asInt());
        assertEquals(6, selection.get("maxK").asInt());
        assertEquals(onSpark.get("k").asInt(), selection.get("recommendedK").asInt());
        assertEquals(onSpark.get("k").asInt(), onSpark.get("sizes").size());
        // Every k's values are the local engine's (the same segmentations: Spark starts from the lib's k-means++).
        for (int row = 0; row < 5; row++) {
            for (String value : List.of("wcss", "meanSilhouette", "calinskiHarabasz", "daviesBouldin")) {
                assertSameValue(localSelection.get("table").get(row).get(value).asText(),
                        selection.get("table").get(row).get(value).asText(), "k = " + (row + 2) + ", " + value);
            }
            assertTrue(selection.get("table").get(row).get("gap").isNull());
        }
        // The four criteria prefer the local engine's k each; the gap rule is left out, and said to be.
        List<String> weighed = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            JsonNode criterion = selection.get("criteria").get(c);
            assertEquals(localSelection.get("criteria").get(c).get("preferredK"), criterion.get("preferredK"),
                    criterion.get("criterion").asText());
            assertTrue(criterion.get("weighed").asBoolean());
            weighed.add(criterion.get("criterion").asText());
        }
        JsonNode gap = selection.get("criteria").get(4);
        assertEquals("the gap rule", gap.get("criterion").asText());
        assertFalse(gap.get("weighed").asBoolean());
        assertTrue(gap.get("preferredK").isNull());
        assertEquals(weighed.toString(), selection.get("criteriaWeighed").toString().replace("\"", "")
                .replace(",", ", "));
        assertEquals("the gap rule", selection.get("criteriaLeftOut").get(0).get("criterion").asText());
        assertTrue(selection.get("explanation").asText().contains("The gap rule was left out: on Spark the gap "
                + "statistic is not computed"), selection.get("explanation").asText());
        assertEquals("all customers", onSpark.get("quality").get("silhouetteSample").asText());
        assertSameValue(localSelection.get("table").get(onSpark.get("k").asInt() - 2).get("daviesBouldin").asText(),
                onSpark.get("quality").get("daviesBouldin").asText(), "the chosen k's Davies–Bouldin");
    }

    @Test
    void textInANumericFeatureIsRefusedNamingTheRowAndValueAndNothingIsWritten() throws IOException {
        Path input = dir.resolve("customers-" + master.replaceAll("[^a-z0-9]", "") + ".csv");
        Files.writeString(input, "id,income,score\n1,15,39\n2,16,81\n3,n/a,6\n4,17,77\n5,?,40\n");
        Path out = out("text");
        StringWriter err = new StringWriter();

        int status = segment(err, new String[] {"--input", input.toString(), "--features", "income,score", "--k", "2",
            "--no-report", "--quiet"}, "--engine", "spark", "--master", master, "--out", out.toString());

        assertEquals(1, status);
        assertEquals("segment: " + input + ": column 'income' is read as numbers, but data row 3 holds 'n/a' (and 1 "
                + "more rows hold text). Fix those cells, or leave the column out of --features (or give it with "
                + "--categorical).", err.toString().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void onlineRetailGivesTheLocalCustomersCsv() throws IOException {
        Path out = out("retail");

        StringWriter err = new StringWriter();
        int status = segment(err, RETAIL, "--engine", "spark", "--master", master, "--out", out.toString());

        assertEquals(0, status, err::toString);
        List<List<String>> local = csv(localRetail.resolve("customers.csv"));
        List<List<String>> spark = csv(out.resolve("customers.csv"));
        assertEquals(local.get(0), spark.get(0), "the columns");
        assertEquals(local.size(), spark.size(), "the customers");
        for (int row = 1; row < local.size(); row++) {
            for (int column = 0; column < local.get(0).size(); column++) {
                assertSameValue(local.get(row).get(column), spark.get(row).get(column),
                        "row " + row + ", column " + local.get(0).get(column));
            }
        }
    }

    /** Text equal, or both numbers equal to 1e-9 relative (the engines print numbers differently). */
    static void assertSameValue(String expected, String actual, String where) {
        if (expected.equals(actual)) {
            return;
        }
        try {
            double a = Double.parseDouble(expected);
            double b = Double.parseDouble(actual);
            assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)), where);
        } catch (NumberFormatException e) {
            assertEquals(expected, actual, where);
        }
    }

    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(DelimiterDetection.split(line, ','));
        }
        return rows;
    }
}
