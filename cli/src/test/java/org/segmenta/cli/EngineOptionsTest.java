package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;
import picocli.CommandLine;

/**
 * {@code --engine} and {@code --master} through the real command: what the Spark engine does not offer is refused
 * before any work with the option to use instead, and without the {@code spark/} module on the class path (as here:
 * the command's own tests) {@code --engine spark} says how to install it. URIs that only Spark reads are refused by
 * the local engine (never taken for local paths), {@code file:} URIs are local files, and under spark-submit
 * ({@code SparkSubmitMain}) {@code --master} and {@code --engine local} are refused.
 */
class EngineOptionsTest {

    private static final int BAD_OPTIONS = 2;

    @TempDir
    Path dir;

    private Result segment(String... options) {
        String[] args = Stream.concat(Stream.of("--input", CommandRun.MALL.toString(), "--out", "out", "--no-report"),
                Stream.of(options)).toArray(String[]::new);
        return CommandRun.segment(dir, args);
    }

    @Test
    void sparkWithoutTheSparkModuleSaysHowToInstallIt() {
        CommandRun.assertRefused(dir, segment("--engine", "spark", "--k", "5", "--features",
                CommandRun.INCOME_AND_SCORE), CommandRun.BAD_INPUT, "--engine spark needs Apache Spark",
                "bash environment/setup.sh --spark");
    }

    @Test
    void anUnknownEngineIsRefused() {
        CommandRun.assertRefused(dir, segment("--engine", "hadoop"), BAD_OPTIONS,
                "--engine is local or spark, got 'hadoop'");
    }

    @Test
    void aMasterWithoutSparkIsRefused() {
        CommandRun.assertRefused(dir, segment("--master", "local[2]"), BAD_OPTIONS,
                "--master only works with --engine spark");
    }

    @Test
    void hierarchicalClusteringIsNotOfferedOnSpark() {
        CommandRun.assertRefused(dir, segment("--engine", "spark", "--method", "ward", "--k", "5"), BAD_OPTIONS,
                "--method ward is not offered with --engine spark", "--method kmeans");
    }

    @Test
    void sparkWithACustomerTableNeedsTheFeaturesNamed() {
        CommandRun.assertRefused(dir, segment("--engine", "spark", "--k", "5"), BAD_OPTIONS,
                "--engine spark with --input needs --features");
    }

    @Test
    void sparkKeepsEveryRowSoDroppingGapsIsRefused() {
        CommandRun.assertRefused(dir, segment("--engine", "spark", "--k", "5", "--features",
                CommandRun.INCOME_AND_SCORE, "--impute", "drop"), BAD_OPTIONS, "--impute drop is not offered");
    }

    @Test
    void aUriWithTheLocalEngineIsRefusedNamingTheOptionAndSayingToUseSpark() {
        Result result = CommandRun.segment(dir, "--transactions", "s3a://bucket/orders/", "--customer-id", "id",
                "--date", "day", "--amount", "total", "--out", "out", "--no-report");

        CommandRun.assertRefused(dir, result, BAD_OPTIONS, "--transactions s3a://bucket/orders/ is a s3a: URI, which "
                + "only Apache Spark reads (through Hadoop): add --engine spark");
        assertFalse(Files.exists(dir.resolve("s3a:")), "no local folder named after the scheme");
        CommandRun.assertRefused(dir, CommandRun.segment(dir, "--input", CommandRun.MALL.toString(), "--out",
                "hdfs://namenode/segments", "--no-report"), BAD_OPTIONS,
                "--out hdfs://namenode/segments is a hdfs: URI, which only Apache Spark reads");
    }

    @Test
    void fileUrisAreLocalFilesForTheLocalEngine() throws IOException {
        Path out = dir.resolve("from-uris");
        Result result = CommandRun.segment(dir, "--input", CommandRun.MALL.toUri().toString(), "--features",
                CommandRun.INCOME_AND_SCORE, "--scale", "none", "--k", "5", "--no-report", "--quiet", "--out",
                out.toUri().toString());

        assertEquals(0, result.status(), result::toString);
        assertTrue(Files.isRegularFile(out.resolve("segments.csv")), result::toString);
        assertEquals(201, Files.readAllLines(out.resolve("segments.csv")).size());
    }

    @Test
    void underSparkSubmitTheMasterAndTheLocalEngineAreRefused() {
        String[] data = {"--input", CommandRun.MALL.toString(), "--features", CommandRun.INCOME_AND_SCORE, "--k", "5",
            "--out", dir.resolve("out").toString()};
        StringWriter err = new StringWriter();
        CommandLine submitted = SegmentCommand.commandLine(true);
        submitted.setErr(new PrintWriter(err, true));

        assertEquals(BAD_OPTIONS, submitted.execute(Stream.concat(Stream.of(data), Stream.of("--master", "yarn"))
                .toArray(String[]::new)));
        assertTrue(err.toString().startsWith("segment: --master yarn is not an option of the command under "
                + "spark-submit: the master is spark-submit's own --master"), err::toString);

        err.getBuffer().setLength(0);
        assertEquals(BAD_OPTIONS, submitted.execute(Stream.concat(Stream.of(data), Stream.of("--engine", "local"))
                .toArray(String[]::new)));
        assertTrue(err.toString().startsWith("segment: --engine local does not run under spark-submit"),
                err::toString);
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
