package org.segmenta.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the {@link SparkSession} a study runs in, with the settings that make its answers the same as the library's on
 * one machine: dates are read and cut into days in UTC whatever the machine's time zone, and a session started here
 * does not open the Spark UI's port. Its SQL warehouse, an empty folder Spark makes at the first query and a study
 * never fills, goes to the temporary folder unless {@code spark.sql.warehouse.dir} is set, instead of
 * {@code spark-warehouse/} in the working directory (a notebook's folder, the folder the command was started in).
 *
 * <p>The JVM that runs the driver needs Spark's module options ({@code spark/pom.xml}, {@code spark.jvm.options});
 * executors started by a cluster manager get them from Spark's launcher.
 */
public final class SparkSessions {

    private static final String WAREHOUSE = "spark.sql.warehouse.dir";

    private SparkSessions() {
    }

    /**
     * @param master where the work runs: {@code local[*]}, {@code local[2]}, {@code spark://host:7077}, {@code yarn}, …
     * @return the session, started or, if one is already running in this JVM, the running one with these settings
     */
    public static SparkSession start(String master) {
        return builder(master).getOrCreate();
    }

    /**
     * @param master where the work runs
     * @return a builder with the study's settings, for callers that add their own (executor memory, …)
     */
    public static SparkSession.Builder builder(String master) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("segmenta")
                .master(master)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (System.getProperty(WAREHOUSE) == null) {
            builder.config(WAREHOUSE, Path.of(System.getProperty("java.io.tmpdir"),
                    "segmenta-spark-warehouse-" + System.getProperty("user.name")).toUri().toString());
        }
        return builder;
    }

    /**
     * A builder for a session whose master, application name and UI are those of its configuration, as
     * {@code spark-submit} (or the {@code spark.master} system property) sets them: only the session time zone, UTC,
     * is set, as {@link #builder(String)} sets it. {@code getOrCreate()} then keeps the master spark-submit chose.
     *
     * @return the builder
     */
    public static SparkSession.Builder configured() {
        return SparkSession.builder().config("spark.sql.session.timeZone", "UTC");
    }
}
