package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which option values are URIs with a scheme (RFC 3986 §3.1: a letter, then letters, digits, {@code +}, {@code -},
 * {@code .}; here at least two characters and followed by {@code :/}) and which are paths of this machine, worked out
 * by hand for each form a user writes.
 */
class LocationTest {

    @Test
    void objectStoreAndClusterUrisHaveTheirScheme() {
        assertEquals("s3a", Location.of("s3a://bucket/orders/").scheme());
        assertEquals("hdfs", Location.of("hdfs:///data/orders.parquet").scheme());
        assertEquals("hdfs", Location.of("hdfs://namenode:8020/data").scheme());
        assertEquals("abfss", Location.of("abfss://container@account.dfs.core.windows.net/orders").scheme());
        assertEquals("gs", Location.of("gs://bucket/x").scheme());
        assertEquals("s3a", Location.of("S3A://Bucket/x").scheme(), "schemes are case-insensitive");
        assertEquals("viewfs", Location.of("viewfs://cluster/x").scheme());
        assertFalse(Location.of("s3a://bucket/orders/").local());
    }

    @Test
    void aUriIsNeverMadeIntoALocalPath() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Location.of("s3a://bucket/x").path("--transactions"));
        assertEquals("--transactions s3a://bucket/x is a s3a: URI, not a path of this machine.", refused.getMessage());
    }

    @Test
    void plainPathsHaveNoScheme() {
        for (String path : new String[] {"data/orders.csv", "/data/orders.csv", "../orders.csv.gz", "segments-out",
            "orders:2026.csv", "a:b/c.csv"}) {
            Location location = Location.of(path);
            assertNull(location.scheme(), path);
            assertTrue(location.local(), path);
            assertEquals(Path.of(path), location.path("--input"), path);
        }
    }

    @Test
    void windowsDrivesAreNotSchemes() {
        for (String path : new String[] {"C:\\data\\orders.csv", "C:/data/orders.csv", "d:\\out"}) {
            Location location = Location.of(path);
            assertNull(location.scheme(), path);
            assertTrue(location.local(), path);
        }
    }

    @Test
    void fileUrisAreTheLocalFilesTheyName() {
        assertEquals(Path.of("/tmp/orders.csv"), Location.of("file:///tmp/orders.csv").path("--transactions"));
        assertEquals(Path.of("/tmp/orders.csv"), Location.of("file:/tmp/orders.csv").path("--transactions"));
        assertEquals(Path.of("/tmp/my orders.csv"), Location.of("FILE:///tmp/my%20orders.csv").path("--input"));
        assertTrue(Location.of("file:///tmp/out").local());
        assertEquals("file", Location.of("file:///tmp/out").scheme());
    }

    @Test
    void aFileUriWithAHostOrASpaceIsRefusedWithTheFormToUse() {
        IllegalArgumentException host = assertThrows(IllegalArgumentException.class,
                () -> Location.of("file://server/share/orders.csv").path("--input"));
        assertTrue(host.getMessage().startsWith("--input file://server/share/orders.csv is not a file: URI of this "
                + "machine ("), host.getMessage());
        assertTrue(host.getMessage().endsWith("write file:///absolute/path, with %20 for a space, or the path itself."),
                host.getMessage());
        IllegalArgumentException space = assertThrows(IllegalArgumentException.class,
                () -> Location.of("file:///tmp/my orders.csv").path("--out"));
        assertTrue(space.getMessage().startsWith("--out file:///tmp/my orders.csv is not a file: URI"),
                space.getMessage());
    }
}
