package org.segmenta.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The process that runs one case with one Java tool and prints a {@link ChildReport} on standard output. Started by
 * {@link Benchmark}, one process per case and tool, so that each tool's peak memory is its own.
 *
 * <pre>
 * java -cp … org.segmenta.bench.ToolRun ours --id ward-20k --workload WARD --input build/bench-data/… --rows 20000 …
 * </pre>
 */
public final class ToolRun {

    private ToolRun() {
    }

    /**
     * @param args the tool ({@code ours}, {@code smile} or {@code elki}) followed by {@link ChildArguments} pairs
     * @throws Exception whatever the tool throws: the process then ends with a stack trace and a non-zero status
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ToolRun ours|smile|elki --key value ...");
        }
        Tool tool = Tool.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        ChildArguments arguments = ChildArguments.parse(Arrays.asList(args).subList(1, args.length));
        try {
            ChildReport report = switch (tool) {
                case OURS -> OursWorkloads.run(arguments);
                case SMILE -> SmileWorkloads.run(arguments);
                case ELKI -> ElkiWorkloads.run(arguments);
                case PEER -> throw new IllegalArgumentException("the peer runs in Python: bench/python/peer_bench.py");
                case SPARK -> throw new IllegalArgumentException("Spark runs in its own program: "
                        + "org.segmenta.spark.bench.SparkOrderLinesStudy");
            };
            List<String> lines = report.lines();
            lines.forEach(System.out::println);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            reportFailure(e);
        }
    }

    /**
     * Prints the failure as an {@code @bench error} line (the benchmark shows it in the table) and its stack trace on
     * standard error (the process log), then ends the process with status 1.
     */
    static void reportFailure(Throwable e) {
        System.out.println(ChildReport.PREFIX + "error " + e.getClass().getSimpleName() + ": "
                + String.valueOf(e.getMessage()).replace('\n', ' '));
        e.printStackTrace();
        System.out.flush();
        System.exit(1);
    }
}
