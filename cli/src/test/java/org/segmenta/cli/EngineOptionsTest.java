package org.segmenta.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * {@code --engine} and {@code --master} through the real command: what the Spark engine does not offer is refused
 * before any work with the option to use instead, and without the {@code spark/} module on the class path (as here:
 * the command's own tests) {@code --engine spark} says how to install it.
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
    void sparkNeedsKGiven() {
        CommandRun.assertRefused(dir, segment("--engine", "spark", "--features", CommandRun.INCOME_AND_SCORE),
                BAD_OPTIONS, "--engine spark needs --k N", "e.g. --k 5");
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
}
