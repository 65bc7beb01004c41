package org.segmenta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.segmenta.export.CsvExport;
import org.segmenta.export.LabelledCustomers;
import org.segmenta.playbook.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code segment} command: any customer CSV in; the labelled customers, a JSON summary, one profile row per segment
 * and an HTML report out. Run it with {@code bash environment/segment.sh --input FILE}; {@code --help} lists every
 * option with an example.
 *
 * <p>Exit status: 0 on success, {@value CommandFailure#EXIT_STATUS} when the input data or the output directory cannot
 * be used, 2 when the options are wrong. Every failure prints one message on stderr that names the file (and the
 * column, row and value where there is one) and says what to do; {@code --out} is then left as it was.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = SegmentCommand.Version.class,
        sortOptions = false, usageHelpWidth = 110, separator = " ",
        header = "Segments the customers of any CSV file: labelled customers, a JSON summary and an HTML report.",
        description = {
            "",
            "Reads the customer table, builds the features, chooses the number of segments k (or takes --k), segments "
                + "the customers, and profiles, names and advises on each segment, all with the Segmenta library. "
                + "Writes into --out:",
            "  segments.csv  every input row and column unchanged, plus segment (1..k) and segment_name",
            "  summary.json  input, features, scaling, method, k and how it was chosen, seed, sizes, centroids,",
            "                quality criteria, segment names, profiles and playbook actions",
            "  profiles.csv  one row per segment: size, share, and each feature's mean, median and difference",
            "  report.html   the study notebook executed on this data (self-contained, works offline)",
            "",
            "Options:"
        },
        footer = {
            "",
            "Examples:",
            "  bash environment/segment.sh --input data/mall_customers.csv \\",
            "      --features \"Annual Income (k$),Spending Score (1-100)\" --scale none --k 5 --out mall-segments",
            "  bash environment/segment.sh --input data/marketing_campaign.csv --impute median --log Income",
            "",
            "Exit status: 0 done; 1 the input data or --out cannot be used (the message says where and what to do, "
                + "and --out is left as it was); 2 wrong options; 130 (Ctrl-C) or 143 (SIGTERM) stopped: the work "
                + "stops at its next check, stderr says \"[segment] cancelled: …\", and --out is left as it was."
        })
public final class SegmentCommand implements Callable<Integer> {

    /** Exit status for options that cannot be used. */
    static final int USAGE_ERROR = 2;
    /** Exit status of a cancelled run (as after Ctrl-C: 128 + SIGINT). */
    static final int CANCELLED = 130;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = {
        "The customer table: a CSV file in UTF-8 with a header row; fields may be quoted. Never modified.",
        "Example: --input data/mall_customers.csv"})
    private Path input;

    @Option(names = "--features", split = ",", hideParamSyntax = true, paramLabel = "A,B,…", description = {
        "Numeric columns to segment on, comma-separated (default: every numeric column except the id, constant "
            + "columns, and the --exclude'd and --categorical ones).",
        "Example: --features \"Annual Income (k$),Spending Score (1-100)\""})
    private List<String> features;

    @Option(names = "--id-column", paramLabel = "COLUMN", description = {
        "The column that identifies customers, never a feature (default: recognised by its name, e.g. ID, "
            + "CustomerID, customer_id, when its values are unique).",
        "Example: --id-column CustomerID"})
    private String idColumn;

    @Option(names = "--exclude", split = ",", hideParamSyntax = true, paramLabel = "A,B,…", description = {
        "Columns to leave out of the features.",
        "Example: --exclude \"Z_CostContact,Z_Revenue\""})
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--categorical", split = ",", hideParamSyntax = true, paramLabel = "C,…", description = {
        "Text columns to use as features, one 0/1 column per value (one-hot).",
        "Example: --categorical Gender"})
    private List<String> categorical = new ArrayList<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class, description = {
        "The column delimiter: one character, or comma, semicolon, tab (default: detected among , ; and tab).",
        "Example: --delimiter ';'"})
    private Character delimiter;

    @Option(names = "--impute", paramLabel = "HOW", defaultValue = "none",
            converter = ChoiceConverter.Imputations.class, description = {
        "What to do with missing feature values: median or mean fills them in, drop leaves those customers out "
            + "(their rows keep an empty segment), none (default: ${DEFAULT-VALUE}) stops with the count per column.",
        "Example: --impute median"})
    private ImputeChoice impute;

    @Option(names = "--log", split = ",", hideParamSyntax = true, paramLabel = "A,…", description = {
        "Numeric features to transform with log1p = ln(1 + x) before scaling, for long right tails (spend, income).",
        "Example: --log \"Income,MntWines\""})
    private List<String> log = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "HOW", defaultValue = "standard", converter = ChoiceConverter.Scales.class,
            description = {
        "How numeric features are rescaled: none, standard (z-scores; default: ${DEFAULT-VALUE}), minmax (to [0, 1]) "
            + "or robust (median and interquartile range).",
        "Example: --scale none"})
    private ScaleChoice scale;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "kmeans", converter = ChoiceConverter.Methods.class,
            description = {
        "The clustering method: kmeans (default: ${DEFAULT-VALUE}), or hierarchical clustering with ward, complete, "
            + "average or single linkage.",
        "Example: --method ward"})
    private Method method;

    @Option(names = "--k", paramLabel = "N|auto", defaultValue = "auto", converter = KChoice.Converter.class,
            description = {
        "The number of segments, or auto (default: ${DEFAULT-VALUE}): the k most of five criteria prefer (elbow, "
            + "silhouette, Calinski-Harabasz, Davies-Bouldin, gap statistic), with the reasons in summary.json.",
        "Example: --k 5"})
    private KChoice k;

    @Option(names = "--max-k", paramLabel = "N", defaultValue = "10", description = {
        "The largest k tried by --k auto, which compares k = 2..N (default: ${DEFAULT-VALUE}; at least 4).",
        "Example: --max-k 8"})
    private int maxK;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = {
        "Seed of every random step: the same data, options and seed give the same results (default: "
            + "${DEFAULT-VALUE}).",
        "Example: --seed 7"})
    private long seed;

    @Option(names = "--role", paramLabel = "ROLE=COLUMN",
            converter = {RoleGuess.KeyConverter.class, RoleGuess.ColumnConverter.class}, description = {
        "Which column plays a playbook role (income, spending, recency, frequency, deal_usage, campaign_response, "
            + "tenure, age, children); repeatable. Default: recognised from the feature names.",
        "Example: --role spending=MntWines"})
    private Map<Role, String> roles = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "segments-out", description = {
        "The directory for the results (default: ${DEFAULT-VALUE}). Written all at once at the end; it must be new, "
            + "empty, or an earlier output of this command, which is replaced.",
        "Example: --out mall-segments"})
    private Path out;

    @Option(names = "--no-report", description = {
        "Do not make report.html (faster; no Jupyter needed).",
        "Example: --no-report"})
    private boolean noReport;

    @Option(names = "--quiet", description = {
        "Print nothing but errors (no progress lines, no closing summary).",
        "Example: --quiet"})
    private boolean quiet;

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command line with the error handling of this command: one message per problem, no stack traces */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SegmentCommand());
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("segment: " + exception.getMessage());
            err.println("Run 'segment --help' for every option with an example.");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, commandLineOfError, parseResult) -> {
            PrintWriter err = commandLineOfError.getErr();
            if (exception instanceof CommandFailure failure) {
                err.println("segment: " + failure.getMessage());
                return CommandFailure.EXIT_STATUS;
            }
            err.println("segment: unexpected error: " + exception);
            exception.printStackTrace(err);
            return CommandFailure.EXIT_STATUS;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        if (k.isAuto() && maxK < Study.K_MIN + 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-k must be at least "
                    + (Study.K_MIN + 2) + " (--k auto compares k = " + Study.K_MIN + ".." + (Study.K_MIN + 2)
                    + " at the least), got " + maxK + ". Example: --max-k 8, or give --k.");
        }
        OutputDirectory output = OutputDirectory.check(out, input);
        if (!noReport) {
            NotebookReport.checkAvailable();
        }
        StudySettings settings = new StudySettings(input, delimiter, features, idColumn, exclude, categorical, impute,
                log, scale, method, k, maxK, seed, roles);
        PrintStream err = System.err;
        boolean terminal = System.console() != null && System.console().isTerminal();
        try (StepProgress progress = quiet ? StepProgress.quiet() : StepProgress.to(err, terminal);
                StopOnSignal stop = StopOnSignal.install(progress, err, terminal)) {
            try {
                return run(settings, output, progress, started);
            } catch (CancellationException e) {
                stop.tell(e.getMessage() + "; nothing was written to " + out);
                return CANCELLED;
            } catch (RuntimeException e) {
                if (!stop.requested()) {
                    throw e;
                }
                // Stopping can make other work fail (the report's notebook runner, the staging directory's files).
                stop.tell("stopped while " + progress.currentStep() + "; nothing was written to " + out);
                return CANCELLED;
            }
        }
    }

    /** Runs the study and writes its results; {@code --out} is replaced only at the very end. */
    private int run(StudySettings settings, OutputDirectory output, StepProgress progress, long started)
            throws IOException {
        Study study = StudyRunner.run(settings, progress);
        if (progress.cancelled()) {
            throw new CancellationException("the run was stopped before its results were written");
        }
        Path staging = output.stage();
        // An interrupted run (Ctrl-C) must not leave its staging directory behind either.
        Thread cleanup = new Thread(() -> OutputDirectory.discard(staging), "segment-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            List<String> written = write(study, staging, progress);
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.write(staging.resolve("summary.json"), Json.bytes(SummaryJson.of(study, written,
                    LibVersion.get(), seconds)));
            output.commit(staging);
        } finally {
            OutputDirectory.discard(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook cleans up
            }
        }
        if (!quiet) {
            System.out.println(closing(study, output.path()));
        }
        return 0;
    }

    /** Writes every output but the summary into {@code staging}; returns the names of all outputs, summary included. */
    private List<String> write(Study study, Path staging, StepProgress progress) {
        CsvExport export = CsvExport.protecting(input);
        progress.step("writing segments.csv and profiles.csv", () -> {
            export.table(LabelledCustomers.of(study.file().text(), study.segmentedRows(), study.segmentation(),
                    study.names()), staging.resolve("segments.csv"));
            return export.segmentSummary(study.profiles(), study.names(), staging.resolve("profiles.csv"));
        });
        List<String> written = new ArrayList<>(List.of("segments.csv", "summary.json", "profiles.csv"));
        if (!noReport) {
            progress.step("making report.html (executing " + NotebookReport.NOTEBOOK + ")", () -> {
                NotebookReport.write(study, staging.resolve("report.html"));
                return null;
            });
            written.add("report.html");
        }
        return written;
    }

    private static String closing(Study study, Path out) {
        StringBuilder text = new StringBuilder("Segmented " + study.segmentedRows().length + " customers of "
                + study.settings().input() + " into " + study.k() + " segments (" + study.settings().method().word()
                + (study.selection() == null ? ", k given" : ", k chosen automatically") + "):");
        for (int s = 0; s < study.k(); s++) {
            text.append(String.format(java.util.Locale.ROOT, "%n  %d. %s: %d customers", s + 1,
                    study.names().name(s), study.segmentation().size(s)));
        }
        text.append(System.lineSeparator()).append("Results in ").append(out).append(System.lineSeparator())
                .append("  segments.csv, summary.json, profiles.csv").append(
                        Files.exists(out.resolve("report.html")) ? ", report.html" : "");
        return text.toString();
    }

    /** The version shown by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"segment (Segmenta) " + LibVersion.get()};
        }
    }
}
