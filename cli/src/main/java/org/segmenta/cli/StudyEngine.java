package org.segmenta.cli;

import java.nio.file.Path;

/**
 * Where the study runs when it does not run in the command's own memory ({@code --engine}): the engine reads the data,
 * makes the segments with the lib's methods as the local study does, and writes every output into the staging
 * directory, which the command then moves to {@code --out} as a whole.
 *
 * <p>The one such engine, Apache Spark, is the class {@value #SPARK_CLASS} of the optional {@code spark/} module
 * (installed by {@code bash environment/setup.sh --spark}); it is found by name, so the command carries no Spark
 * classes unless asked to.
 */
interface StudyEngine {

    /** The class of the Spark engine, in the {@code spark/} module. */
    String SPARK_CLASS = "org.segmenta.cli.SparkStudyEngine";

    /**
     * Runs the study and writes its outputs, {@code summary.json} included, into {@code staging}.
     *
     * @param settings what was asked for; with order lines, its input is the order-line file
     * @param orders the order-line settings, or null for a customer table ({@code --input})
     * @param staging an empty directory for the outputs
     * @param report whether to make {@code report.html} too, from the outputs once they are written (the command has
     *     checked that it can: {@code staging} is on this machine and the report notebook and its runner are here)
     * @param progress where slow steps are reported
     * @return the closing text the command prints: what was segmented and what was written
     * @throws CommandFailure when the data or the options cannot be used, naming the file and what to do
     */
    String run(StudySettings settings, TransactionSettings orders, Path staging, boolean report, StepProgress progress);

    /**
     * @param option the option the location was given to ({@code --transactions}, {@code --out}), for messages
     * @param location a URI with a scheme other than {@code file} ({@code s3a://bucket/orders/}, {@code hdfs://…}),
     *     as given
     * @return a path that {@link java.nio.file.Files} reads and writes through the Hadoop file system Spark uses for
     *     that URI, whose {@code toString()} is the URI as Spark reads it
     * @throws CommandFailure if no file system reads the URI here, naming the option, the value and what to add
     */
    Path path(String option, String location);

    /**
     * @param master the Spark master URL ({@code local[*]}, {@code spark://host:7077}, {@code yarn}), or null for the
     *     one {@code spark-submit} set
     * @return the Spark engine
     * @throws CommandFailure if the {@code spark/} module is not on the class path, saying how to install it
     */
    static StudyEngine spark(String master) {
        try {
            return (StudyEngine) Class.forName(SPARK_CLASS).getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException e) {
            throw new CommandFailure("--engine spark needs Apache Spark, which is not on this command's class path: "
                    + "run it with bash environment/segment.sh (which installs Spark on first use with --engine "
                    + "spark), or install it once with bash environment/setup.sh --spark.", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start " + SPARK_CLASS + ": " + e, e);
        }
    }
}
