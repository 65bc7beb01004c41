package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * Every bad input of issue 6, through the real command in its own process: each run must exit non-zero with one
 * message that names the file (and the column, row or value where there is one) and says what to do, leave no
 * {@code --out} and no staging directory behind, and leave the input file as it was.
 */
class BadInputTest {

    /** Status of a run whose input data or output directory cannot be used. */
    private static final int BAD_INPUT = CommandRun.BAD_INPUT;
    /** Status of a run whose options cannot be used. */
    private static final int BAD_OPTIONS = 2;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the command on {@code input} into {@code dir/out}, with the options given after the input. */
    private Result segment(Path input, String... options) {
        String[] args = Stream.concat(Stream.of("--input", input.toString(), "--out", "out", "--no-report"),
                Stream.of(options)).toArray(String[]::new);
        return CommandRun.segment(dir, args);
    }

    private void assertRefused(Result result, int status, String... parts) {
        CommandRun.assertRefused(dir, result, status, parts);
    }

    private void assertRefusedUnchanged(Path input, int status, String[] options, String... parts) throws IOException {
        byte[] before = Files.readAllBytes(input);
        assertRefused(segment(input, options), status, parts);
        assertArrayEquals(before, Files.readAllBytes(input), "the input file must not change");
    }

    private static String[] options(String... options) {
        return options;
    }

    // --- the file itself ----------------------------------------------------------------------------------------

    @Test
    void missingFileIsReportedAsNotFound() {
        Path missing = dir.resolve("nope.csv");

        assertRefused(segment(missing), BAD_INPUT, missing.toString(), "file not found", "Check the path");
    }

    @Test
    void unreadableFileIsReportedAsPermissionDenied() throws IOException {
        Path file = write("locked.csv", "id,a,b\n1,2,3\n2,4,5\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // Root reads any file; for root, run the command without the capabilities that bypass file permissions.
        List<String> prefix = Files.isReadable(file)
                ? List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search") : List.of();

        Result result = CommandRun.run(prefix, dir, "--input", file.toString(), "--out", "out", "--no-report");

        assertRefused(result, BAD_INPUT, file.toString(), "permission denied", "Check the file's permissions");
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        Path file = write("empty.csv", "");

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "is empty");
    }

    @Test
    void headerOnlyFileIsReportedAsHavingNoDataRows() throws IOException {
        Path file = write("header.csv", "id,age,income\n");

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "has a header but no data rows");
    }

    @Test
    void nonUtf8BytesAreReportedWithLineAndByte() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,name,income\n1,Ren\u00e9,30\n2,Ann,40\n".getBytes(StandardCharsets.ISO_8859_1));

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "not valid UTF-8", "line 2",
                "byte 0xE9", "Save the file as UTF-8");
    }

    @Test
    void fileThatNoDelimiterSplitsSaysWhichDelimitersWereTried() throws IOException {
        Path file = write("pipes.csv", "id|age|income\n1|30|40\n2|50|60\n");

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "only one column was found",
                "commas (','), semicolons (';') and tabs",
                "If the file uses another delimiter, give it with --delimiter CHAR.");
    }

    @Test
    void wrongDelimiterGivenFindsOneColumnAndNamesTheRightOne() throws IOException {
        Path file = write("commas.csv", "id,age,income\n1,30,40\n2,50,60\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--delimiter", ";"), file.toString(),
                "only one column was found", "splitting on semicolons (';')", "looks separated by commas (',')");
    }

    @Test
    void duplicatedColumnNamesAreReportedWithTheirPositions() throws IOException {
        Path file = write("dup.csv", "id,Age,Income,Age\n1,30,40,31\n2,50,60,51\n");

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "names column 'Age' twice",
                "columns 2 and 4", "Rename one");
    }

    @Test
    void oneRowIsTooFewToSegment() throws IOException {
        Path file = write("one.csv", "id,age,income\n1,30,40\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "1"), file.toString(), "only 1 data row",
                "at least 2 customers");
    }

    // --- columns and values -------------------------------------------------------------------------------------

    @Test
    void unknownFeatureColumnListsTheColumnsAndSuggestsTheClosest() throws IOException {
        assertRefusedUnchanged(CommandRun.MALL, BAD_INPUT, options("--features", "Anual Income (k$),Age"),
                CommandRun.MALL.toString(), "has no column 'Anual Income (k$)'",
                "did you mean 'Annual Income (k$)'?", "Its columns are: 'CustomerID', 'Gender', 'Age'");
    }

    @Test
    void nonNumericValueInANumericFeatureNamesRowAndValue() throws IOException {
        Path file = write("text.csv", "id,age,income\n1,30,40\n2,50,60\n3,abc,70\n4,20,30\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "2"), file.toString(),
                "column 'age' must hold numbers", "data row 3 holds 'abc'", "not a number", "Fix or remove");
    }

    @Test
    void missingValuesWithoutImputeAreCountedPerColumn() throws IOException {
        Path file = write("gaps.csv", "id,age,income\n1,30,\n2,,60\n3,40,\n4,20,30\n5,35,45\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "2"), file.toString(), "2 feature columns have "
                + "missing values", "'income' 2 (data rows 1, 3)", "'age' 1 (data row 2)", "--impute median");
    }

    @Test
    void nanValueIsReportedAsNotANumber() throws IOException {
        Path file = write("nan.csv", "id,age,income\n1,30,40\n2,NaN,60\n3,40,50\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "2"), file.toString(), "column 'age'",
                "data row 2 holds 'NaN'", "leave the cell empty");
    }

    @Test
    void infiniteValueIsReportedAsInfinite() throws IOException {
        Path file = write("inf.csv", "id,age,income\n1,30,40\n2,31,inf\n3,40,50\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "2"), file.toString(), "column 'income'",
                "data row 2 holds 'inf'", "is infinite");
    }

    @Test
    void outOfRangeValueIsReportedAsOutOfRange() throws IOException {
        Path file = write("huge.csv", "id,age,income\n1,30,40\n2,31,50\n3,40,1e400\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "2"), file.toString(), "column 'income'",
                "data row 3 holds '1e400'", "out of range");
    }

    @Test
    void constantFeatureIsRefused() throws IOException {
        Path file = write("constant.csv", "id,age,flag\n1,30,1\n2,40,1\n3,50,1\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--features", "age,flag", "--k", "2"), file.toString(),
                "column 'flag'", "is constant", "Leave it out", "--features");
    }

    // --- k ------------------------------------------------------------------------------------------------------

    @Test
    void fewerRowsThanKAreRefused() throws IOException {
        Path file = write("three.csv", "id,age,income\n1,30,40\n2,50,60\n3,20,10\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "5"), file.toString(), "--k 5",
                "more segments than there are customers to segment (3)", "Choose --k 3 or less");
    }

    @Test
    void kLargerThanTheDistinctPointsIsRefused() throws IOException {
        // Five customers, but only two distinct (age, income) points.
        Path file = write("twins.csv", "id,age,income\n1,30,40\n2,30,40\n3,30,40\n4,50,60\n5,50,60\n");

        assertRefusedUnchanged(file, BAD_INPUT, options("--k", "3"), file.toString(),
                "--k 3 is more than the 2 distinct customers", "5 in all", "Choose --k 2 or less");
    }

    @Test
    void tooFewDistinctCustomersForAutomaticKAskForK() throws IOException {
        Path file = write("four.csv", "id,age,income\n1,30,40\n2,50,60\n3,20,10\n4,70,80\n");

        assertRefusedUnchanged(file, BAD_INPUT, options(), file.toString(), "too few to choose k automatically",
                "Give the number of segments with --k");
    }

    @Test
    void kThatIsNotANumberIsRefused() throws IOException {
        assertRefusedUnchanged(CommandRun.MALL, BAD_OPTIONS, options("--k", "five"),
                "--k must be a whole number of segments", "got 'five'", "Example: --k 5");
    }

    @Test
    void kBelowOneIsRefused() throws IOException {
        assertRefusedUnchanged(CommandRun.MALL, BAD_OPTIONS, options("--k", "0"), "--k must be at least 1, got 0");
    }

    // --- method and scaling -------------------------------------------------------------------------------------

    @Test
    void unknownMethodIsRefusedWithTheClosestAndAllMethods() throws IOException {
        assertRefusedUnchanged(CommandRun.MALL, BAD_OPTIONS, options("--method", "kmean"),
                "unknown method 'kmean' (did you mean 'kmeans'?)", "kmeans, ward, complete, average, single");
    }

    @Test
    void unknownScalingIsRefusedWithAllScalings() throws IOException {
        assertRefusedUnchanged(CommandRun.MALL, BAD_OPTIONS, options("--scale", "zscore"), "unknown scaling 'zscore'",
                "none, standard, minmax, robust");
    }

    // --- the output directory -----------------------------------------------------------------------------------

    @Test
    void outPointingAtTheInputFileIsRefused() throws IOException {
        Path file = write("customers.csv", "id,age,income\n1,30,40\n2,50,60\n3,20,10\n");
        byte[] before = Files.readAllBytes(file);

        Result result = CommandRun.segment(dir, "--input", file.toString(), "--out", file.toString(), "--k", "2",
                "--no-report");

        assertEquals(BAD_INPUT, result.status(), result::toString);
        assertEquals(1, result.messages().size(), result::toString);
        assertTrue(result.stderr().contains("is the input file " + file), result::toString);
        assertArrayEquals(before, Files.readAllBytes(file), "the input file must not change");
    }

    @Test
    void outPointingAtANonEmptyDirectoryOfOtherFilesIsRefused() throws IOException {
        Path foreign = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");

        Result result = CommandRun.segment(dir, "--input", CommandRun.MALL.toString(), "--out", "mine", "--k", "5",
                "--no-report");

        assertEquals(BAD_INPUT, result.status(), result::toString);
        assertTrue(result.stderr().contains("--out mine is a directory that is not empty and was not written by "
                + "this command (it holds 'notes.txt')"), result::toString);
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
        try (Stream<Path> entries = Files.list(foreign)) {
            assertEquals(1, entries.count(), "nothing may be added to the directory");
        }
    }

    // --- must work ----------------------------------------------------------------------------------------------

    @Test
    void quotedFieldsContainingTheDelimiterWork() throws IOException {
        Path file = write("quoted.csv", "id,name,age,income\n1,\"Smith, John\",30,40\n2,\"Doe, Jane\",32,41\n"
                + "3,Ann,60,90\n4,\"Lee, Bo\",62,88\n");

        Result result = segment(file, "--k", "2");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = Files.readAllLines(dir.resolve("out/segments.csv"));
        assertEquals("id,name,age,income,segment,segment_name", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,\"Smith, John\",30,40,"), lines::toString);
        assertEquals(5, lines.size());
    }
}
