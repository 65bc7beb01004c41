package org.segmenta.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.clustering.SegmentationWarning;
import org.segmenta.export.CsvExport;
import org.segmenta.export.LabelledCustomers;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.OrderLineColumns;
import org.segmenta.playbook.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code segment} command: any customer CSV (plain or gzip-compressed) or Excel sheet in; the labelled customers,
 * a JSON summary, one profile row per segment and an HTML report out. Run it with
 * {@code bash environment/segment.sh --input FILE}; {@code --help} lists every option with an example.
 *
 * <p>Exit status: 0 on success, {@value CommandFailure#EXIT_STATUS} when the input data or the output directory cannot
 * be used, 2 when the options are wrong. Every failure prints one message on stderr that names the file (and the
 * column, row and value where there is one) and says what to do; {@code --out} is then left as it was.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = SegmentCommand.Version.class,
        sortOptions = false, usageHelpWidth = 110, separator = " ",
        header = "Segments the customers of any CSV file (plain or .csv.gz) or Excel sheet (.xlsx), or of order "
            + "lines: labelled customers, a JSON summary and an HTML report.",
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
            "With --transactions FILE (order lines) instead of --input, it first cleans the lines and makes one row per "
                + "customer (recency, frequency, monetary value, tenure), scores RFM, fits the BG/NBD and Gamma-Gamma "
                + "models on the whole file (P(alive), expected purchases and lifetime value per customer; with "
                + "--calibration-end also a holdout check), then segments the customers. It writes customers.csv "
                + "instead of segments.csv, with the columns: customer id, recency_days, frequency, monetary, "
                + "average_order_value, tenure_days, first_purchase, last_purchase, r_score, f_score, m_score, "
                + "rfm_segment, expected_purchases, p_alive, clv, segment, segment_name; summary.json adds the "
                + "cleaning report, the RFM segments and the models.",
            "",
            "Options:"
        },
        footer = {
            "",
            "Examples:",
            "  bash environment/segment.sh --input data/mall_customers.csv \\",
            "      --features \"Annual Income (k$),Spending Score (1-100)\" --scale none --k 5 --out mall-segments",
            "  bash environment/segment.sh --input data/marketing_campaign.csv --impute median --log Income",
            "  bash environment/segment.sh --transactions data/online_retail.csv.gz --customer-id CustomerID \\",
            "      --date InvoiceDate --quantity Quantity --price UnitPrice --order-id InvoiceNo --out retail-segments",
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

    @Option(names = "--input", paramLabel = "FILE", converter = Location.Converter.class, description = {
        "The customer table, with a header row: a CSV file in UTF-8 (fields may be quoted), plain or gzip-compressed "
            + "(.csv.gz), or an Excel workbook (.xlsx; its first sheet unless --sheet). Never modified. Give either "
            + "--input or --transactions. With --engine spark also a URI Spark reads (s3a://, hdfs://, abfss://).",
        "Example: --input data/mall_customers.csv"})
    private Location input;

    @Option(names = "--sheet", paramLabel = "NAME", description = {
        "With an Excel workbook as --input: the sheet that holds the customers, by the name on its tab (default: the "
            + "first visible sheet). Its first non-empty row is the header; rows in messages are Excel's row numbers.",
        "Example: --sheet Customers"})
    private String sheet;

    @Option(names = "--transactions", paramLabel = "FILE", converter = Location.Converter.class, description = {
        "Order lines instead of a customer table (one row per line of an order): CSV with a header (delimiter "
            + "detected), plain or .gz, or Parquet; UTF-8. Never modified. The command cleans them, makes one row per "
            + "customer (recency, frequency, monetary value, tenure), scores RFM, fits the BG/NBD and Gamma-Gamma "
            + "models and segments the customers. Needs --customer-id, --date and --amount or --quantity and --price. "
            + "With --engine spark also a URI Spark reads (s3a://bucket/orders/, hdfs://…, abfss://…), and Parquet "
            + "may be a folder of part files.",
        "Example: --transactions data/online_retail.csv.gz"})
    private Location transactions;

    @Option(names = "--customer-id", paramLabel = "COLUMN", description = {
        "With --transactions: the column of customer ids. Lines without one are dropped.",
        "Example: --customer-id CustomerID"})
    private String customerId;

    @Option(names = "--date", paramLabel = "COLUMN", description = {
        "With --transactions: the column of purchase dates (with or without a time of day).",
        "Example: --date InvoiceDate"})
    private String date;

    @Option(names = "--amount", paramLabel = "COLUMN", description = {
        "With --transactions: the column of each line's amount (give it, or --quantity and --price).",
        "Example: --amount Sales"})
    private String amount;

    @Option(names = "--quantity", paramLabel = "COLUMN", description = {
        "With --transactions: the column of quantities; the line's amount is quantity × unit price (--price).",
        "Example: --quantity Quantity"})
    private String quantity;

    @Option(names = "--price", paramLabel = "COLUMN", description = {
        "With --transactions: the column of unit prices (with --quantity).",
        "Example: --price UnitPrice"})
    private String price;

    @Option(names = "--order-id", paramLabel = "COLUMN", description = {
        "With --transactions: the column of order (invoice) ids: frequency counts distinct orders, and orders whose "
            + "id starts with C are cancellations. Without it, frequency counts distinct purchase days.",
        "Example: --order-id InvoiceNo"})
    private String orderId;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = {
        "With --transactions: how --date is written, with yyyy, yy, MM, M, dd, d, HH, H, mm, ss, SSS (default: "
            + "detected among ISO, M/d/yyyy, d/M/yyyy, d-M-yyyy, d.M.yyyy, yyyy/MM/dd and yyyyMMdd forms; when every "
            + "date fits both month-first and day-first, the command stops and asks for this option).",
        "Example: --date-format \"d/M/yyyy H:mm\""})
    private String dateFormat;

    @Option(names = "--snapshot-date", paramLabel = "yyyy-MM-dd", converter = DateConverter.class, description = {
        "With --transactions: the date recency and tenure are counted to (default: the day after the last "
            + "purchase kept, so the latest buyers have recency 1). Not before the last purchase.",
        "Example: --snapshot-date 2011-12-10"})
    private LocalDate snapshotDate;

    @Option(names = "--calibration-end", paramLabel = "yyyy-MM-dd", converter = DateConverter.class, description = {
        "With --transactions: also fit the BG/NBD model on the purchases up to this day and compare what it expects "
            + "with what customers bought after it (the holdout), in summary.json and report.html. The predictions "
            + "in customers.csv always come from the fit on the whole file.",
        "Example: --calibration-end 2011-06-30"})
    private LocalDate calibrationEnd;

    @Option(names = "--clv-months", paramLabel = "N", defaultValue = "12", description = {
        "With --transactions: the horizon, in months, of the lifetime value (clv) and of the expected purchases "
            + "(expected_purchases) (default: ${DEFAULT-VALUE}).",
        "Example: --clv-months 24"})
    private int clvMonths;

    @Option(names = "--discount-rate", paramLabel = "RATE", defaultValue = "0.01", description = {
        "With --transactions: the MONTHLY discount rate of the lifetime value, as in the lifetimes library "
            + "(default: ${DEFAULT-VALUE}, i.e. 1%% a month; 0 for none).",
        "Example: --discount-rate 0.008"})
    private double discountRate;

    @Option(names = "--margin", paramLabel = "SHARE", defaultValue = "1", description = {
        "With --transactions: the share of revenue the lifetime value counts, in (0, 1] (default: ${DEFAULT-VALUE}, "
            + "i.e. clv is revenue; 0.3 makes it a 30%% contribution).",
        "Example: --margin 0.3"})
    private double margin;

    @Option(names = "--drop-duplicates", description = {
        "With --transactions: drop exact copies of an earlier line (default: kept, since two identical lines can "
            + "be two real purchases).",
        "Example: --drop-duplicates"})
    private boolean dropDuplicates;

    @Option(names = "--keep-cancellations", description = {
        "With --transactions and --order-id: keep lines whose order id starts with C (default: dropped). Their "
            + "quantities are negative, so add --keep-returns to let them lower the customers' totals.",
        "Example: --keep-cancellations"})
    private boolean keepCancellations;

    @Option(names = "--keep-returns", description = {
        "With --transactions and --quantity: keep lines with a quantity ≤ 0 (returns, corrections; default: "
            + "dropped).",
        "Example: --keep-returns"})
    private boolean keepReturns;

    @Option(names = "--keep-non-positive-prices", description = {
        "With --transactions: keep lines with a unit price ≤ 0, or an amount ≤ 0 with --amount (free items, "
            + "adjustments; default: dropped).",
        "Example: --keep-non-positive-prices"})
    private boolean keepNonPositivePrices;

    @Option(names = "--features", split = ",", hideParamSyntax = true, paramLabel = "A,B,…", description = {
        "Numeric columns to segment on, comma-separated (default: every numeric column except the id, constant "
            + "columns, and the --exclude'd and --categorical ones; with --transactions: recency_days,frequency,"
            + "monetary, and then --log the same three unless --features or --log is given).",
        "Example: --features \"Annual Income (k$),Spending Score (1-100)\""})
    private List<String> features;

    @Option(names = "--id-column", paramLabel = "COLUMN", description = {
        "The column that identifies customers, never a feature (default: recognised by its name, e.g. ID, "
            + "CustomerID, customer_id, when its values are unique). With --transactions use --customer-id.",
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
        "The column delimiter of --input: one character, or comma, semicolon, tab (default: detected among , ; and "
            + "tab; --transactions always detects it).",
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
            + "silhouette, Calinski-Harabasz, Davies-Bouldin, gap statistic), with the reasons in summary.json. With "
            + "--engine spark four of them: the gap statistic is left out (it needs k-means on reference tables as "
            + "large as the data), and summary.json says so.",
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

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "" + KMeans.DEFAULT_MAX_ITERATIONS,
            description = {
        "The most Lloyd iterations of every k-means restart, for the segments and for --k auto (default: "
            + "${DEFAULT-VALUE}). A run that reaches it without converging is reported as a warning.",
        "Example: --max-iterations 600"})
    private int maxIterations;

    @Option(names = "--role", paramLabel = "ROLE=COLUMN",
            converter = {RoleGuess.KeyConverter.class, RoleGuess.ColumnConverter.class}, description = {
        "Which column plays a playbook role (income, spending, recency, frequency, deal_usage, campaign_response, "
            + "tenure, age, children, clv, p_alive, expected_purchases); repeatable. Default: recognised from the "
            + "feature names; with --transactions: recency=recency_days, frequency=frequency, spending=monetary, "
            + "tenure=tenure_days, clv=clv, p_alive=p_alive, expected_purchases=expected_purchases.",
        "Example: --role spending=MntWines"})
    private Map<Role, String> roles = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "segments-out", converter = Location.Converter.class,
            description = {
        "The directory for the results (default: ${DEFAULT-VALUE}). Written all at once at the end; it must be new, "
            + "empty, or an earlier output of this command, which is replaced. With --engine spark also a URI "
            + "(s3a://bucket/segments/2026-12, hdfs://…): the results are staged beside it and renamed into place.",
        "Example: --out mall-segments"})
    private Location out;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local", description = {
        "Where the study runs: local (default: in this process, with DuckDB for order lines) or spark (on Apache "
            + "Spark, for order tables that outgrow one machine; installed on first use). On Spark the labelled "
            + "customers are also written as Parquet (customers.parquet/ or segments.parquet/); k-means only "
            + "(--k auto weighs four criteria, without the gap statistic). Its report.html is made from the outputs "
            + "(summary.json, the profiles Spark counted, and a seeded sample of the labelled customers for the "
            + "charts of single customers), not by repeating the study; it needs --out on this machine.",
        "Example: --engine spark --master local[*]"})
    private String engine;

    @Option(names = "--master", paramLabel = "URL", description = {
        "With --engine spark: the Spark master, e.g. local[*] (default: every core of this machine), "
            + "spark://host:7077 or yarn. Not under spark-submit (the job jar's SparkSubmitMain), whose --master is "
            + "used.",
        "Example: --master local[4]"})
    private String master;

    @Option(names = "--no-report", description = {
        "Do not make report.html (faster; no Jupyter needed). Needed with --engine spark when --out is a URI "
            + "(s3a://, hdfs://, …); implied under spark-submit (the job jar), whose driver has no Jupyter.",
        "Example: --no-report"})
    private boolean noReport;

    @Option(names = "--quiet", description = {
        "Print nothing but errors (no progress lines, no closing summary).",
        "Example: --quiet"})
    private boolean quiet;

    /** True when run by spark-submit ({@code SparkSubmitMain}): the engine is Spark, the master spark-submit's. */
    private final boolean submitted;

    /** The Spark engine, made once when first needed (a URI resolved, or the study run). */
    private StudyEngine spark;

    /** The command as {@code bash environment/segment.sh} runs it. */
    SegmentCommand() {
        this(false);
    }

    private SegmentCommand(boolean submitted) {
        this.submitted = submitted;
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command line with the error handling of this command: one message per problem, no stack traces */
    static CommandLine commandLine() {
        return commandLine(false);
    }

    /**
     * @param submitted true for the command run by {@code spark-submit}: {@code --engine} is spark unless given
     *     (local is refused), and {@code --master} is refused, since spark-submit's {@code --master} decides
     * @return the command line with the error handling of this command: one message per problem, no stack traces
     */
    static CommandLine commandLine(boolean submitted) {
        CommandLine commandLine = new CommandLine(new SegmentCommand(submitted));
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
        if (k.isAuto() && maxK < Study.MIN_K + 2) {
            throw usage("--max-k must be at least " + (Study.MIN_K + 2) + " (--k auto compares k = " + Study.MIN_K
                    + ".." + (Study.MIN_K + 2) + " at the least), got " + maxK + ". Example: --max-k 8, or give --k.");
        }
        boolean onSparkEngine = sparkEngineChosen();
        // Under spark-submit the driver runs on a cluster node without Jupyter: no report, as the help says.
        boolean report = !noReport && !submitted;
        if (report && onSparkEngine && !out.local()) {
            throw usage("--out " + out + " is a " + out.scheme() + ": URI, and report.html is made by executing a "
                    + "notebook on this machine that reads the outputs from a folder here. Add --no-report (the other "
                    + "outputs are written to " + out + "), or give a folder of this machine as --out.");
        }
        TransactionSettings orders = transactionSettings(onSparkEngine);
        StudyEngine onSpark = onSparkEngine ? sparkEngine() : null;
        Path inputFile = orders == null ? file("--input", input, onSparkEngine) : orders.file();
        OutputDirectory output = OutputDirectory.check(file("--out", out, onSparkEngine), inputFile);
        if (report) {
            NotebookReport.checkAvailable(onSpark == null ? NotebookReport.NOTEBOOK : NotebookReport.SPARK_NOTEBOOK);
        }
        if (maxIterations < 1) {
            throw usage("--max-iterations must be at least 1, got " + maxIterations + ". Example: --max-iterations "
                    + KMeans.DEFAULT_MAX_ITERATIONS + ".");
        }
        StudySettings.Clustering clustering = new StudySettings.Clustering(method, k, maxK, seed, maxIterations);
        StudySettings settings = orders == null
                ? new StudySettings(new StudySettings.Input(inputFile, delimiter, sheet),
                        new StudySettings.Columns(features, idColumn, exclude),
                        new StudySettings.Preparation(categorical, log, impute, scale), clustering, roles)
                : new StudySettings(new StudySettings.Input(inputFile, null, null),
                        new StudySettings.Columns(features != null ? features : OrderCustomers.FEATURES, customerId,
                                exclude),
                        new StudySettings.Preparation(categorical,
                                !log.isEmpty() || features != null ? log : OrderCustomers.FEATURES, impute, scale),
                        clustering, orderRoles());
        PrintStream err = System.err;
        boolean terminal = System.console() != null && System.console().isTerminal();
        try (StepProgress progress = quiet ? StepProgress.quiet() : StepProgress.to(err, terminal);
                StopOnSignal stop = StopOnSignal.install(progress, err, terminal)) {
            try {
                return onSpark == null ? run(settings, orders, output, progress, started)
                        : runOn(onSpark, settings, orders, output, report, progress);
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

    /**
     * @return true for {@code --engine spark} (or the command run by spark-submit), false for the local study
     * @throws CommandLine.ParameterException (exit status 2) for an unknown engine, --master without Spark, or
     *     --master or --engine local under spark-submit
     */
    private boolean sparkEngineChosen() {
        String name = engine.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.equals("local") && !name.equals("spark")) {
            throw usage("--engine is local or spark, got '" + engine + "'. Example: --engine spark.");
        }
        if (submitted) {
            if (name.equals("local") && given("--engine")) {
                throw usage("--engine local does not run under spark-submit (the job jar runs the study on Spark). "
                        + "Leave --engine out, or run bash environment/segment.sh for the local study.");
            }
            if (master != null) {
                throw usage("--master " + master + " is not an option of the command under spark-submit: the master "
                        + "is spark-submit's own --master (e.g. spark-submit --master yarn …). Leave it out of the "
                        + "command's options.");
            }
            return true;
        }
        if (name.equals("local") && master != null) {
            throw usage("--master only works with --engine spark (it names the Spark cluster). Leave it out, or "
                    + "add --engine spark.");
        }
        return name.equals("spark");
    }

    /**
     * @param option the option, for messages
     * @param location its value
     * @param onSparkEngine whether the study runs on Spark
     * @return the local path, or with Spark a path that Hadoop's file system of the URI's scheme reads and writes
     * @throws CommandLine.ParameterException (exit status 2) for a URI without the Spark engine, or a bad file: URI
     */
    private Path file(String option, Location location, boolean onSparkEngine) {
        if (location.local()) {
            try {
                return location.path(option);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (!onSparkEngine) {
            throw usage(option + " " + location + " is a " + location.scheme() + ": URI, which only Apache Spark reads "
                    + "(through Hadoop): add --engine spark (with --master, or run the job jar with spark-submit), or "
                    + "give a file of this machine.");
        }
        return sparkEngine().path(option, location.given());
    }

    /**
     * @return the Spark engine, made once
     * @throws CommandLine.ParameterException (exit status 2) for an option the Spark engine does not offer
     */
    private StudyEngine sparkEngine() {
        if (spark == null) {
            checkSparkOptions();
            spark = StudyEngine.spark(master);
        }
        return spark;
    }

    /** @throws CommandLine.ParameterException (exit status 2) for an option the Spark engine does not offer */
    private void checkSparkOptions() {
        if (method != Method.KMEANS) {
            throw usage("--method " + method.word() + " is not offered with --engine spark: hierarchical clustering "
                    + "needs every pair of customers in one memory, which no cluster provides at Spark's scale. Use "
                    + "--method kmeans, or --engine local on a sample.");
        }
        if (sheet != null || (input != null && input.given().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))) {
            throw usage("--engine spark reads CSV (plain or .gz) and, with --transactions, Parquet; not Excel "
                    + "workbooks. Save the sheet as CSV, or use --engine local.");
        }
        if (input != null && features == null) {
            throw usage("--engine spark with --input needs --features A,B,… (the automatic choice of columns reads "
                    + "the whole table on one machine). Example: --features \"Annual Income (k$),Spending Score "
                    + "(1-100)\".");
        }
        if (impute == ImputeChoice.DROP) {
            throw usage("--impute drop is not offered with --engine spark (the labelled customers keep every input "
                    + "row). Use --impute median or --impute mean, or --engine local.");
        }
        if (calibrationEnd != null) {
            throw usage("--calibration-end (the holdout check of the lifetime models) runs with --engine local only. "
                    + "Leave it out with --engine spark.");
        }
    }

    /**
     * Runs the study on {@code engine}, which writes every output (and report.html if {@code report}); {@code --out}
     * is replaced only at the end.
     */
    private int runOn(StudyEngine engine, StudySettings settings, TransactionSettings orders, OutputDirectory output,
            boolean report, StepProgress progress) {
        String[] closing = new String[1];
        staged(output, staging -> {
            closing[0] = engine.run(settings, orders, staging, report, progress);
            if (progress.cancelled()) {
                throw new CancellationException("the run was stopped before its results were written");
            }
        });
        if (!quiet) {
            System.out.println(closing[0] + System.lineSeparator() + "Results in " + output.path());
        }
        return 0;
    }

    /** The options that only mean something with order lines. */
    private static final List<String> TRANSACTION_OPTIONS = List.of("--customer-id", "--date", "--amount", "--quantity",
            "--price", "--order-id", "--date-format", "--snapshot-date", "--calibration-end", "--clv-months",
            "--discount-rate", "--margin", "--drop-duplicates", "--keep-cancellations", "--keep-returns",
            "--keep-non-positive-prices");

    /**
     * Checks the choice between --input and --transactions and the options that go with each.
     *
     * @param onSparkEngine whether the study runs on Spark (which alone reads URIs such as s3a://…)
     * @return the order-line settings, or null for --input
     * @throws CommandLine.ParameterException (exit status 2) naming the option that is wrong or missing
     */
    private TransactionSettings transactionSettings(boolean onSparkEngine) {
        if (input != null && transactions != null) {
            throw usage("give either --input (a customer table) or --transactions (order lines), not both.");
        }
        if (input == null && transactions == null) {
            throw usage("give the data: --input FILE for a customer table (one row per customer), or --transactions "
                    + "FILE for order lines (with --customer-id, --date and --amount or --quantity and --price).");
        }
        if (transactions == null) {
            for (String option : TRANSACTION_OPTIONS) {
                if (given(option)) {
                    throw usage(option + " only works with --transactions (order lines); with --input the file is "
                            + "already one row per customer. Leave " + option + " out, or give --transactions FILE.");
                }
            }
            if (sheet != null && delimiter != null) {
                throw usage("give either --sheet (for an Excel workbook) or --delimiter (for a CSV file), not both.");
            }
            return null;
        }
        for (String option : List.of("--delimiter", "--id-column", "--sheet")) {
            if (given(option)) {
                throw usage(option + " only works with --input; with --transactions the delimiter is detected and "
                        + "the customer id column is --customer-id. Leave " + option + " out.");
            }
        }
        if (customerId == null || date == null) {
            throw usage("--transactions needs " + (customerId == null ? "--customer-id (the column of customer ids)"
                    : "--date (the column of purchase dates)") + ". Example: --customer-id CustomerID "
                    + "--date InvoiceDate.");
        }
        if (amount != null && (quantity != null || price != null)) {
            throw usage("give either --amount (each line's amount) or --quantity and --price (amount = quantity × "
                    + "unit price), not both.");
        }
        if (amount == null && (quantity == null || price == null)) {
            throw usage("--transactions needs the amount of each line: " + (quantity == null && price == null
                    ? "--amount COLUMN, or --quantity COLUMN and --price COLUMN"
                    : quantity == null ? "--quantity COLUMN, with --price" : "--price COLUMN, with --quantity")
                    + ". Example: --quantity Quantity --price UnitPrice.");
        }
        if (keepCancellations && orderId == null) {
            throw usage("--keep-cancellations needs --order-id: cancellations are the orders whose id starts with C.");
        }
        if (keepReturns && quantity == null) {
            throw usage("--keep-returns needs --quantity: returns are lines with a quantity ≤ 0 (with --amount, "
                    + "use --keep-non-positive-prices to keep amounts ≤ 0).");
        }
        if (dateFormat != null) {
            try {
                org.segmenta.orders.DatePattern.of(dateFormat);
            } catch (IllegalArgumentException e) {
                throw usage("--date-format: " + e.getMessage());
            }
        }
        if (clvMonths < 1) {
            throw usage("--clv-months must be at least 1, got " + clvMonths + ". Example: --clv-months 12.");
        }
        if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
            throw usage("--discount-rate is a monthly rate ≥ 0, got " + discountRate + ". Example: --discount-rate "
                    + "0.01 (1% a month).");
        }
        if (!(margin > 0 && margin <= 1)) {
            throw usage("--margin is a share of revenue in (0, 1], got " + margin + ". Example: --margin 0.3 (30%).");
        }
        CleaningRules cleaning = CleaningRules.standard();
        if (dropDuplicates) {
            cleaning = cleaning.dropDuplicates();
        }
        if (keepCancellations) {
            cleaning = cleaning.keepCancellations();
        }
        if (keepReturns) {
            cleaning = cleaning.keepNonPositiveQuantities();
        }
        if (keepNonPositivePrices) {
            cleaning = cleaning.keepNonPositiveAmounts();
        }
        return new TransactionSettings(file("--transactions", transactions, onSparkEngine),
                new OrderLineColumns(customerId.strip(), date.strip(), strip(amount), strip(quantity), strip(price),
                        strip(orderId)),
                new TransactionSettings.Dates(dateFormat, snapshotDate, calibrationEnd), cleaning,
                new TransactionSettings.LifetimeValue(clvMonths, discountRate, margin));
    }

    /** The roles of the customers made from order lines; --role overrides them. */
    private Map<Role, String> orderRoles() {
        Map<Role, String> mapped = new LinkedHashMap<>();
        mapped.put(Role.RECENCY, org.segmenta.orders.CustomerTable.RECENCY_DAYS);
        mapped.put(Role.FREQUENCY, org.segmenta.orders.CustomerTable.FREQUENCY);
        mapped.put(Role.SPENDING, org.segmenta.orders.CustomerTable.MONETARY);
        mapped.put(Role.TENURE, org.segmenta.orders.CustomerTable.TENURE_DAYS);
        mapped.put(Role.CLV, OrderCustomers.CLV);
        mapped.put(Role.P_ALIVE, OrderCustomers.P_ALIVE);
        mapped.put(Role.EXPECTED_PURCHASES, OrderCustomers.EXPECTED_PURCHASES);
        mapped.putAll(roles);
        return mapped;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String strip(String column) {
        return column == null ? null : column.strip();
    }

    /** Runs the study and writes its results; {@code --out} is replaced only at the very end. */
    private int run(StudySettings settings, TransactionSettings orders, OutputDirectory output, StepProgress progress,
            long started) throws IOException {
        Study study = orders == null ? StudyRunner.run(settings, progress)
                : StudyRunner.run(settings, OrderCustomersRunner.run(orders, progress), progress);
        if (progress.cancelled()) {
            throw new CancellationException("the run was stopped before its results were written");
        }
        printWarnings(study.segments().segmentation(), System.err);
        staged(output, staging -> {
            List<String> written = write(study, staging, progress);
            double seconds = (System.nanoTime() - started) / 1e9;
            try {
                Files.write(staging.resolve("summary.json"), Json.bytes(SummaryJson.of(study, written,
                        LibVersion.get(), seconds)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!quiet) {
            System.out.println(closing(study, output.path()));
        }
        return 0;
    }

    /**
     * Writes the outputs into a new staging directory and moves it to {@code --out} as a whole; the staging directory
     * is removed whatever happens, on an interrupted run (Ctrl-C) too, so a failed run leaves {@code --out} as it was.
     */
    private static void staged(OutputDirectory output, java.util.function.Consumer<Path> write) {
        Path staging = output.stage();
        Thread cleanup = new Thread(() -> OutputDirectory.discard(staging), "segment-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            write.accept(staging);
            output.commit(staging);
        } finally {
            OutputDirectory.discard(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook cleans up
            }
        }
    }

    /** Writes every output but the summary into {@code staging}; returns the names of all outputs, summary included. */
    private List<String> write(Study study, Path staging, StepProgress progress) {
        CsvExport export = CsvExport.protecting(study.settings().input().file());
        String customers = study.customersFileName();
        progress.step("writing " + customers + " and profiles.csv", () -> {
            export.table(LabelledCustomers.of(study.data().file().text(), study.data().segmentedRows(),
                    study.segments().segmentation(), study.interpretation().names()), staging.resolve(customers));
            return export.segmentProfiles(study.interpretation().profiles(), study.interpretation().names(),
                    staging.resolve("profiles.csv"));
        });
        List<String> written = new ArrayList<>(List.of(customers, "summary.json", "profiles.csv"));
        if (!noReport) {
            progress.step("making report.html (executing " + NotebookReport.notebook(study) + ")", () -> {
                NotebookReport.write(study, staging.resolve("report.html"));
                return null;
            });
            written.add("report.html");
        }
        return written;
    }

    /**
     * Prints each of the lib's warnings about the segments (e.g. k-means stopped at its iteration cap) on a line of
     * its own, "segment: warning: ..."; they are in summary.json too, and printed even with --quiet.
     */
    static void printWarnings(Segmentation segmentation, PrintStream err) {
        for (SegmentationWarning warning : segmentation.warnings()) {
            err.println("segment: warning: " + FixOptions.message(warning));
        }
    }

    private static String closing(Study study, Path out) {
        StringBuilder text = new StringBuilder();
        if (study.fromOrders()) {
            text.append(study.orders().customers().cleaning()).append(System.lineSeparator())
                    .append(ordersClosing(study.orders())).append(System.lineSeparator());
        }
        text.append("Segmented " + study.data().segmentedRows().length + " customers of "
                + study.settings().input().file() + " into " + study.k() + " segments ("
                + study.settings().clustering().method().word()
                + (study.segments().selection() == null ? ", k given" : ", k chosen automatically") + "):");
        for (int s = 0; s < study.k(); s++) {
            text.append(String.format(java.util.Locale.ROOT, "%n  %d. %s: %d customers", s + 1,
                    study.interpretation().names().name(s), study.segments().segmentation().size(s)));
        }
        text.append(System.lineSeparator()).append("Results in ").append(out).append(System.lineSeparator())
                .append("  " + study.customersFileName() + ", summary.json, profiles.csv").append(
                        Files.exists(out.resolve("report.html")) ? ", report.html" : "");
        return text.toString();
    }

    private static String ordersClosing(OrderCustomers orders) {
        var bg = orders.models().purchases();
        var gg = orders.models().spend();
        return String.format(java.util.Locale.ROOT, "BG/NBD: r = %.4g, alpha = %.4g, a = %.4g, b = %.4g (weeks); "
                + "Gamma-Gamma: p = %.4g, q = %.4g, gamma = %.4g; %d-month CLV, mean %.2f",
                bg.r(), bg.alpha(), bg.a(), bg.b(), gg.p(), gg.q(), gg.gamma(), orders.settings().lifetimeValue().months(),
                java.util.Arrays.stream(orders.predictions().lifetimeValue()).average().orElse(Double.NaN));
    }

    /** The version shown by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"segment (Segmenta) " + LibVersion.get()};
        }
    }
}
