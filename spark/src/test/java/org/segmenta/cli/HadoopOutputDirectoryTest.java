package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.spark.files.HadoopPaths;

/**
 * The command's output rules ({@link OutputDirectory}) on a Hadoop file system that is not the local one
 * ({@code viewfs://segmenta/lake}, mounted on a temporary folder), as on {@code s3a://} or {@code hdfs://}: the input
 * is never overwritten, another program's folder is never replaced, and a run's results replace an earlier output (its
 * {@code customers.parquet/} folder included, as a monthly job rerun writes to the same {@code --out}) as a whole, with
 * nothing left beside it. No Spark session: Hadoop's client only.
 */
class HadoopOutputDirectoryTest {

    @TempDir
    Path local;

    private Configuration hadoop;

    @BeforeEach
    void mountTheTemporaryFolder() {
        hadoop = HadoopPaths.configuration(new SparkConf(false)
                .set("spark.hadoop.fs.viewfs.mounttable.segmenta.link./lake", local.toUri().toString())
                .set("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem")
                // Each test mounts its own folder: not Hadoop's file system of an earlier test, cached by scheme.
                .set("spark.hadoop.fs.viewfs.impl.disable.cache", "true"));
    }

    private Path lake(String path) {
        return HadoopPaths.of("viewfs://segmenta/lake/" + path, hadoop);
    }

    @Test
    void theInputIsNeverTheOutputNorInsideIt() throws IOException {
        Files.createDirectories(local.resolve("orders"));
        Files.writeString(local.resolve("orders/part-0.parquet"), "PAR1");
        Path input = lake("orders");

        CommandFailure same = assertThrows(CommandFailure.class, () -> OutputDirectory.check(lake("orders"), input));
        assertEquals("--out viewfs://segmenta/lake/orders is the input file viewfs://segmenta/lake/orders; the input "
                + "is never overwritten. Give a directory for the results, e.g. --out segments-out.",
                same.getMessage());
        CommandFailure inside = assertThrows(CommandFailure.class, () -> OutputDirectory.check(lake(""),
                lake("orders/part-0.parquet")));
        assertTrue(inside.getMessage().startsWith("the input file viewfs://segmenta/lake/orders/part-0.parquet lies "
                + "inside --out viewfs://segmenta/lake, which each run replaces as a whole."), inside.getMessage());
    }

    @Test
    void anotherProgramsFolderIsNeverReplaced() throws IOException {
        Files.createDirectories(local.resolve("reports"));
        Files.writeString(local.resolve("reports/q3.pdf"), "%PDF");

        CommandFailure refused = assertThrows(CommandFailure.class, () -> OutputDirectory.check(lake("reports"),
                lake("orders.csv")));

        assertTrue(refused.getMessage().startsWith("--out viewfs://segmenta/lake/reports is a directory that is not "
                + "empty and was not written by this command (it holds 'q3.pdf')"), refused.getMessage());
        assertTrue(Files.exists(local.resolve("reports/q3.pdf")));
    }

    @Test
    void aRunReplacesAnEarlierOutputAsAWholeAndLeavesNothingBesideIt() throws IOException {
        Path out = lake("segments/2026-12");
        OutputDirectory first = OutputDirectory.check(out, lake("orders.csv"));
        Path staging = first.stage();
        Files.writeString(staging.resolve("summary.json"), "{\"run\": 1}");
        Files.writeString(staging.resolve("profiles.csv"), "segment\n1\n");
        Files.createDirectories(staging.resolve("customers.parquet"));
        Files.writeString(staging.resolve("customers.parquet/part-00000.parquet"), "PAR1");
        first.commit(staging);

        OutputDirectory second = OutputDirectory.check(out, lake("orders.csv"));
        Path next = second.stage();
        Files.writeString(next.resolve("summary.json"), "{\"run\": 2}");
        second.commit(next);

        Path written = local.resolve("segments/2026-12");
        assertEquals("{\"run\": 2}", Files.readString(written.resolve("summary.json")));
        assertFalse(Files.exists(written.resolve("profiles.csv")), "the earlier output is replaced as a whole");
        assertFalse(Files.exists(written.resolve("customers.parquet")), "its Parquet folder too");
        assertTrue(Files.exists(written.resolve(OutputDirectory.MARKER)));
        try (Stream<Path> beside = Files.list(local.resolve("segments"))) {
            assertEquals(List.of("2026-12"), beside.map(p -> p.getFileName().toString()).toList(),
                    "no staging or old directory left");
        }
    }
}
