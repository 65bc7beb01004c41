package org.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SparkSessionsTest {

    @ParameterizedTest
    @MethodSource("org.segmenta.spark.SparkMasters#both")
    void sumsOnEitherMasterInUtc(String master) {
        SparkSession spark = SparkMasters.start(master);
        try {
            assertEquals(500500L, spark.sql("SELECT sum(id) FROM range(1, 1001, 1, 4)").first().getLong(0));
            assertEquals("UTC", spark.conf().get("spark.sql.session.timeZone"));
            // Looking at the catalog makes Spark's (empty) SQL warehouse: in the temporary folder, not the working
            // directory.
            spark.catalog().listTables().count();
            Path warehouse = Path.of(URI.create(spark.conf().get("spark.sql.warehouse.dir")));
            assertTrue(Files.isDirectory(warehouse), warehouse::toString);
            assertTrue(warehouse.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), warehouse::toString);
            assertFalse(Files.exists(Path.of("spark-warehouse")), "spark-warehouse/ in " + Path.of("").toAbsolutePath());
        } finally {
            spark.stop();
        }
    }
}
