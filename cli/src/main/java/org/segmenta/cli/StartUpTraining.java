package org.segmenta.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the segment command's start-up cache: runs the command in one JVM on the project's two kinds of
 * input, a customer table (the mall study of chapter 1) and order lines (the CDNOW sample), so that a JVM started with
 * {@code -XX:AOTCacheOutput} records the classes both kinds of run load and link (JDK 25, JEP 514). Neither run makes
 * a report: the report is executed by a Jupyter kernel in a process of its own, which this cache does not serve (and
 * setup installs the kernel after this step). {@code environment/setup.sh} runs it once per build of the command; it is not part of the
 * command's interface.
 *
 * <pre>
 * java -XX:AOTCacheOutput=build/cli/segment.aot -cp 'build/cli/*' org.segmenta.cli.StartUpTraining ROOT OUT
 * </pre>
 */
public final class StartUpTraining {

    private StartUpTraining() {
    }

    /**
     * @param args the project root (where {@code data/} is) and a directory for the runs' outputs
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StartUpTraining PROJECT_ROOT OUTPUT_DIRECTORY");
            System.exit(SegmentCommand.USAGE_ERROR);
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<List<String>> runs = List.of(
                List.of("--input", root.resolve("data/mall_customers.csv").toString(),
                        "--features", "Annual Income (k$),Spending Score (1-100)", "--scale", "none", "--k", "5",
                        "--no-report", "--quiet", "--out", out.resolve("mall").toString()),
                List.of("--transactions", root.resolve("data/cdnow_sample.csv").toString(),
                        "--customer-id", "customer_id", "--date", "date", "--amount", "amount",
                        "--no-report", "--quiet", "--out", out.resolve("orders").toString()));
        for (List<String> run : runs) {
            int status = SegmentCommand.commandLine().execute(run.toArray(String[]::new));
            if (status != 0) {
                System.err.println("the training run 'segment " + String.join(" ", run) + "' ended with status "
                        + status);
                System.exit(status);
            }
        }
    }
}
