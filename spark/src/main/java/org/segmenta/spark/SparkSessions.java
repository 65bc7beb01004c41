package org.segmenta.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the {@link SparkSession} a study runs in, with the settings that make its answers the same as the library's on
 * one machine: dates are read and cut into days in UTC whatever the machine's time zone, and a session started here
 * does not open the Spark UI's port.
 *
 * <p>The JVM that runs the driver needs Spark's module options ({@code spark/pom.xml}, {@code spark.jvm.options});
 * executors started by a cluster manager get them from Spark's launcher.
 */
public final class SparkSessions {

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
        return SparkSession.builder()
                .appName("segmenta")
                .master(master)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
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
