package org.segmenta.cli;

/**
 * The main class of the job jar ({@code spark/target/job/segmenta-spark-job.jar}) for {@code spark-submit --class
 * org.segmenta.cli.SparkSubmitMain}: the {@code segment} command with the same options, the study on Spark
 * ({@code --engine} needs not be given, and {@code --engine local} is refused), on the master that spark-submit's own
 * {@code --master} chose ({@code --master} among the command's options is refused: the session is built without a
 * master of its own, so {@code getOrCreate()} keeps spark-submit's). Input and output may be URIs Spark reads
 * ({@code s3a://}, {@code hdfs://}, {@code abfss://}). No {@code report.html} ({@code --no-report} is implied): it is
 * made by executing a notebook with Jupyter, which a cluster's driver does not have; run the command with
 * {@code bash environment/segment.sh --engine spark} and a local {@code --out} for a run with its report.
 *
 * <p>A separate main, not the command's own detecting {@code spark.master}: run by
 * {@code bash environment/segment.sh}, the command must not change its behaviour because a system property happens to
 * be set, and under spark-submit the refusals above need to know where they run.
 *
 * <p>Exit: on success {@code main} returns (System.exit would end a YARN application master before it reports
 * success); on failure the command's message is on stderr and the JVM exits with its status (1 data, 2 options), which
 * spark-submit and YARN report as a failed application.
 */
public final class SparkSubmitMain {

    private SparkSubmitMain() {
    }

    /**
     * Runs the segment command on Spark.
     *
     * @param args the command's options, e.g. {@code --transactions s3a://bucket/orders/ … --out s3a://bucket/out}
     */
    public static void main(String[] args) {
        int status = SegmentCommand.commandLine(true).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }
}
