package org.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        } finally {
            spark.stop();
        }
    }
}
