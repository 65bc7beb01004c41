package org.segmenta.spark.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HadoopPaths} on a Hadoop file system that is not the local one: {@code viewfs://segmenta/} (Hadoop's mount
 * table), whose mount {@code /lake} leads to a temporary folder of this machine, so every operation goes through
 * Hadoop and its effect can be checked with the local file system. No Spark session: only Hadoop's client.
 */
class HadoopPathsTest {

    @TempDir
    Path local;

    private Configuration hadoop;
    private Path lake;

    @BeforeEach
    void mountTheTemporaryFolder() {
        SparkConf spark = new SparkConf(false)
                .set("spark.hadoop.fs.viewfs.mounttable.segmenta.link./lake", local.toUri().toString())
                // Hadoop's plain local file system, without the checksummed one's .crc files (as S3A and HDFS).
                .set("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem")
                // Each test mounts its own folder: not Hadoop's file system of an earlier test, cached by scheme.
                .set("spark.hadoop.fs.viewfs.impl.disable.cache", "true")
                .set("spark.sql.shuffle.partitions", "4");
        hadoop = HadoopPaths.configuration(spark);
        lake = HadoopPaths.of("viewfs://segmenta/lake", hadoop);
    }

    @Test
    void sparksHadoopSettingsAreCopiedWithoutTheirPrefix() {
        assertEquals("org.apache.hadoop.fs.RawLocalFileSystem", hadoop.get("fs.file.impl"));
        assertNull(hadoop.get("spark.sql.shuffle.partitions"));
        assertNull(hadoop.get("sql.shuffle.partitions"));
    }

    @Test
    void aPathIsTheUriAsSparkReadsIt() {
        Path out = HadoopPaths.of("viewfs://segmenta/lake/segments/2026-12/", hadoop);

        assertEquals("viewfs://segmenta/lake/segments/2026-12", out.toString());
        assertEquals(URI.create("viewfs://segmenta/lake/segments/2026-12"), out.toUri());
        assertEquals("2026-12", out.getFileName().toString());
        assertEquals("viewfs://segmenta/lake/segments", out.getParent().toString());
        assertEquals("viewfs://segmenta/lake/segments/2026-12/summary.json", out.resolve("summary.json").toString());
        assertEquals("viewfs://segmenta/lake/x", out.resolve("../../x").normalize().toString());
        assertTrue(out.startsWith(lake));
        assertFalse(lake.startsWith(out));
        assertFalse(out.startsWith(local), "a local path is never a prefix of a Hadoop one");
        assertEquals(out, HadoopPaths.of("viewfs://segmenta/lake/segments//2026-12", hadoop));
        assertEquals(3, out.getNameCount());
        assertEquals("segments/2026-12", lake.relativize(out).toString());
        assertEquals("viewfs://segmenta/lake/my orders.csv", lake.resolve("my orders.csv").toString());
        assertEquals("/lake/my%20orders.csv", lake.resolve("my orders.csv").toUri().getRawPath());
    }

    @Test
    void filesAreWrittenReadListedAndDeletedThroughHadoop() throws IOException {
        Path folder = lake.resolve("a/b");
        Files.createDirectories(folder);
        Path file = folder.resolve("summary.json");
        Files.writeString(file, "{\"k\": 5}", StandardCharsets.UTF_8);

        assertTrue(Files.isDirectory(local.resolve("a/b")));
        assertEquals("{\"k\": 5}", Files.readString(local.resolve("a/b/summary.json")));
        assertEquals("{\"k\": 5}", Files.readString(file));
        assertTrue(Files.exists(file));
        assertTrue(Files.isRegularFile(file));
        assertTrue(Files.isReadable(file));
        assertEquals(8, Files.size(file));
        assertFalse(Files.exists(folder.resolve("missing")));
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of(file), entries.toList());
        }
        assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectory(folder));
        assertThrows(FileAlreadyExistsException.class, () -> Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(folder));
        assertThrows(NoSuchFileException.class, () -> Files.delete(folder.resolve("missing")));
        assertThrows(NoSuchFileException.class, () -> Files.readString(folder.resolve("missing")));

        try (Stream<Path> all = Files.walk(lake.resolve("a"))) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertFalse(Files.exists(local.resolve("a")));
    }

    @Test
    void aNewFileIsWrittenThroughAChannelAndReadBack() throws IOException {
        Path file = lake.resolve(".profiles.csv.tmp");
        try (var channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("segment,size\n1,81\n".getBytes(StandardCharsets.UTF_8)));
        }
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("segment,size\n1,39\n");
        }

        assertArrayEquals("segment,size\n1,39\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertTrue(Files.isHidden(file));
    }

    /** A move is a rename, never onto an existing target (which Hadoop would read as "into that folder"). */
    @Test
    void aMoveRenamesAndNeverMovesIntoAnExistingTarget() throws IOException {
        Path staging = Files.createDirectories(lake.resolve(".out.partial-1"));
        Files.writeString(staging.resolve("summary.json"), "{}");
        Path out = lake.resolve("out");
        Files.createDirectories(out);

        assertThrows(FileAlreadyExistsException.class, () -> Files.move(staging, out,
                StandardCopyOption.ATOMIC_MOVE));
        assertTrue(Files.exists(local.resolve(".out.partial-1/summary.json")), "nothing moved");

        Files.delete(out);
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);

        assertEquals("{}", Files.readString(local.resolve("out/summary.json")));
        assertFalse(Files.exists(local.resolve(".out.partial-1")));
        assertThrows(NoSuchFileException.class, () -> Files.move(staging, lake.resolve("other")));
    }

    @Test
    void realPathsAreForFilesThatExist() throws IOException {
        Path file = Files.writeString(lake.resolve("x.csv"), "a\n");

        assertEquals(file, file.toRealPath());
        assertTrue(Files.isSameFile(file, lake.resolve("./x.csv")));
        assertFalse(Files.isSameFile(file, local.resolve("x.csv")), "another file system");
        assertThrows(NoSuchFileException.class, () -> lake.resolve("y.csv").toRealPath());
    }

    @Test
    void aSchemeNoHadoopFileSystemServesIsRefusedNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HadoopPaths.of("nosuchfs://bucket/orders", hadoop));

        assertTrue(refused.getMessage().startsWith("no Hadoop file system reads nosuchfs:// URIs here ("),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("--packages org.apache.hadoop:hadoop-aws:"), refused.getMessage());
        assertEquals("orders has no scheme (such as s3a:// or hdfs://).", assertThrows(IllegalArgumentException.class,
                () -> HadoopPaths.of("orders", hadoop)).getMessage());
    }
}
