package org.segmenta.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The two masters every Spark test runs on: {@code local[2]} (one JVM, two threads) and
 * {@code local-cluster[2,1,1024]} (a master and two workers in this JVM, each executor a JVM of its own, so that tasks,
 * results and broadcasts are really serialised and the executors load the classes from their own class path).
 */
public final class SparkMasters {

    public static final String LOCAL = "local[2]";
    public static final String LOCAL_CLUSTER = "local-cluster[2,1,1024]";

    private SparkMasters() {
    }

    /** @return both masters, for {@code @MethodSource} */
    public static Stream<String> both() {
        return Stream.of(LOCAL, LOCAL_CLUSTER);
    }

    /**
     * @param master {@link #LOCAL} or {@link #LOCAL_CLUSTER}
     * @return a new session on it; a local-cluster's executors get this JVM's class path and Spark's module options
     */
    public static SparkSession start(String master) {
        SparkSession.Builder builder = SparkSessions.builder(master);
        configs(master).forEach(builder::config);
        return builder.getOrCreate();
    }

    /**
     * The settings a session on {@code master} needs in the tests, for code that starts its own session (the segment
     * command): set as system properties, Spark's configuration reads them.
     *
     * @param master {@link #LOCAL} or {@link #LOCAL_CLUSTER}
     * @return the settings, by Spark's keys
     */
    public static Map<String, String> configs(String master) {
        // The tests' tables have thousands of rows, not millions: 4 shuffle partitions instead of Spark's 200 keep each
        // job to a few tasks (results do not depend on it; the equality tests hold either way).
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("spark.sql.shuffle.partitions", "4");
        if (master.startsWith("local-cluster")) {
            sparkHomeWithJarsFolder();
            configs.put("spark.executor.extraClassPath", System.getProperty("java.class.path"));
            configs.put("spark.executor.memory", "512m");
        }
        return configs;
    }

    /** Spark's launcher requires {@code $SPARK_HOME/jars} to exist; the executors' classes come from extraClassPath. */
    private static void sparkHomeWithJarsFolder() {
        String home = System.getenv("SPARK_HOME");
        if (home == null) {
            throw new IllegalStateException("SPARK_HOME is not set: run the tests through Maven (spark/pom.xml sets it)");
        }
        try {
            Files.createDirectories(Path.of(home, "jars"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
