package org.segmenta.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.SegmentNamer;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.Table;

class CsvExportTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";

    @TempDir
    Path directory;

    private Path input;
    private Table mall;
    private Segmentation segments;
    private SegmentNames names;

    @BeforeEach
    void copyTheMallDataAsInput() throws IOException {
        input = Files.copy(MallData.FILE, directory.resolve("mall_customers.csv"));
        mall = CustomerData.mallCustomers(input);
        segments = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(mall, INCOME, SCORE));
        names = SegmentNamer.by(INCOME, "income").and(SCORE, "spending")
                .name(SegmentProfiles.of(mall, segments, INCOME, SCORE));
    }

    private List<String> hiddenFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void labelledCustomersKeepEveryInputColumnAndAddSegmentNumberAndName() throws IOException {
        Path target = directory.resolve("out/reports/mall_segments.csv");

        CsvExport.protecting(input).labelledCustomers(mall, segments, names, target);

        List<String> original = Files.readAllLines(input, StandardCharsets.UTF_8);
        List<String> written = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals(original.get(0) + ",segment,segment_name", written.get(0));
        assertEquals(original.size(), written.size());
        int[] labels = segments.labels();
        for (int row = 1; row < original.size(); row++) {
            String[] fields = written.get(row).split(",");
            String inputPart = String.join(",", List.of(fields).subList(0, fields.length - 2));
            assertEquals(original.get(row), inputPart, "row " + row);
            assertEquals(String.valueOf(labels[row - 1] + 1), fields[fields.length - 2], "row " + row);
            assertEquals(names.name(labels[row - 1]), fields[fields.length - 1], "row " + row);
        }
    }

    @Test
    void exportLeavesTheInputFileByteIdentical() throws IOException {
        byte[] before = Files.readAllBytes(input);

        CsvExport.protecting(input).labelledCustomers(mall, segments, names, directory.resolve("labelled.csv"));

        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void refusesToOverwriteTheInputFileAndSaysWhy() throws IOException {
        byte[] before = Files.readAllBytes(input);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CsvExport.protecting(input).labelledCustomers(mall, segments, names, input));

        assertTrue(error.getMessage().contains("refusing") && error.getMessage().contains("input file"),
                error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(input));
        assertEquals(List.of(), hiddenFiles(directory));
    }

    @Test
    void refusesTheInputFileUnderAnotherSpellingOfItsPath() throws IOException {
        Path detour = directory.resolve("no-such-folder/../mall_customers.csv");
        Path alias = Files.createSymbolicLink(directory.resolve("alias.csv"), input);

        assertThrows(IllegalArgumentException.class,
                () -> CsvExport.protecting(input).labelledCustomers(mall, segments, names, detour));
        assertThrows(IllegalArgumentException.class,
                () -> CsvExport.protecting(input).labelledCustomers(mall, segments, names, alias));
        assertThrows(IllegalArgumentException.class, () -> CsvExport.protecting(alias)
                .labelledCustomers(mall, segments, names, input));
    }

    @Test
    void replacesAnEarlierExportCompletely() throws IOException {
        Path target = directory.resolve("labelled.csv");
        Files.writeString(target, "an older, longer export\n".repeat(500));

        CsvExport.protecting(input).labelledCustomers(mall, segments, names, target);

        assertEquals(201, Files.readAllLines(target).size());
        assertEquals(List.of(), hiddenFiles(directory));
    }

    @Test
    void refusesADirectoryAsTarget() {
        assertThrows(IllegalArgumentException.class,
                () -> CsvExport.protecting(input).labelledCustomers(mall, segments, names, directory));
    }

    @Test
    void segmentProfilesHaveOneRowPerSegmentWithNameSizeAndMeans() throws IOException {
        SegmentProfiles profiles = SegmentProfiles.of(mall, segments, List.of("Age", INCOME), List.of("Gender"));
        Path target = directory.resolve("profiles.csv");

        CsvExport.protecting(input).segmentProfiles(profiles, names, target);

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals("segment,segment_name,customers,share (%),mean: Age,median: Age,difference (sd): Age,"
                + "mean: " + INCOME + ",median: " + INCOME + ",difference (sd): " + INCOME
                + ",share (%): Gender = Female,share (%): Gender = Male", lines.get(0));
        assertEquals(6, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals("1", first[0]);
        assertEquals(names.name(0), first[1]);
        assertEquals(String.valueOf(segments.size(0)), first[2]);
        assertEquals(profiles.profile(0).numeric(INCOME).mean(), Double.parseDouble(first[7]), 1e-9);
    }
}
