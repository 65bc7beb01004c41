package org.segmenta.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.data.DataFileException;
import org.segmenta.export.CsvExport;
import org.segmenta.export.LabelledCustomers;
import org.segmenta.naming.SegmentNames;
import org.segmenta.playbook.Playbook;
import org.segmenta.playbook.Recommendations;
import org.segmenta.playbook.Roles;
import org.segmenta.profiling.SegmentAggregates;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.spark.CustomerColumns;
import org.segmenta.spark.SparkSessions;
import org.segmenta.spark.choosingk.SparkKSelection;
import org.segmenta.spark.clustering.SparkKMeans;
import org.segmenta.spark.files.HadoopPaths;
import org.segmenta.spark.clustering.SparkSegmentation;
import org.segmenta.spark.features.SparkFeatureBuilder;
import org.segmenta.spark.features.SparkFeatures;
import org.segmenta.spark.profiling.SparkSegmentProfiles;

/**
 * The {@code segment} command's study on Apache Spark ({@code --engine spark}): the same steps as the local study
 * ({@link StudyRunner}), each run by the {@code spark/} module where the customers are, and the small results handed
 * to the lib's profiles, names and playbook, so that {@code summary.json} and {@code profiles.csv} read as on one
 * machine.
 *
 * <ol>
 *   <li>Customers: from order lines by {@link SparkOrderCustomers} (cleaning, RFM, lifetime models), or read from the
 *   CSV {@code --input} as text, every column as written.</li>
 *   <li>Features ({@link SparkFeatures}), k-means with the given k ({@link SparkKMeans}: tables that fit on the driver
 *   start from the library's own k-means++ draws, so they get the local study's segments), or with {@code --k auto}
 *   the k recommended by {@link SparkKSelection} (four of the local study's five criteria; the gap statistic is left
 *   out and the recommendation says so) and its fit for that k.</li>
 *   <li>Profiles ({@link SparkSegmentProfiles}, exact medians for tables that fit on the driver, else approximate),
 *   names and playbook actions by the lib.</li>
 *   <li>Outputs: the labelled customers as Parquet ({@code customers.parquet/} or {@code segments.parquet/}) and as
 *   one CSV file ({@code customers.csv} or {@code segments.csv}), both written by Spark in the customers' order, never
 *   collected; {@code profiles.csv}; {@code summary.json} with {@code engine}.</li>
 *   <li>Unless {@code --no-report}: {@code report.html} by {@link SparkReport}, from those outputs and the profile
 *   aggregates, on the ordinary notebook kernel. It does not repeat the study as the local report notebooks do (they
 *   read the input file into one machine's memory, which at Spark's scale does not fit): it reads the outputs, with
 *   DuckDB for aggregates over all customers and a seeded sample for the charts of single customers.</li>
 * </ol>
 *
 * <p>This class lives in the command's package but in the {@code spark/} module, so the command's settings stay
 * package-private and the command carries no Spark classes unless {@code --engine spark} asks for them
 * ({@link StudyEngine#spark}).
 */
final class SparkStudyEngine implements StudyEngine {

    private static final String FEATURES = "__segmenta_features";
    private static final String TEXT_COPY = "__segmenta_text_";
    private static final String ROW_ORDER = "__segmenta_row";

    private static final String SPARK_MASTER = "spark.master";
    private static final String DEFAULT_MASTER = "local[*]";

    private final String master;

    /**
     * @param master the Spark master URL, or null for the one {@code spark-submit} (or {@code spark.master}) set
     */
    public SparkStudyEngine(String master) {
        this.master = master;
    }

    @Override
    public String run(StudySettings settings, TransactionSettings orders, Path staging, boolean report,
            StepProgress progress) {
        long started = System.nanoTime();
        SparkSession spark = progress.step("starting Spark (" + masterName() + ")", this::session);
        try {
            return new Run(spark, settings, orders, staging, report, progress, started).study();
        } finally {
            spark.stop();
        }
    }

    /**
     * The session: on {@code --master} if given; else on the master of Spark's configuration (spark-submit's
     * {@code --master}, which reaches the driver as the {@code spark.master} system property), whose application name
     * and UI are then kept too; else on every core of this machine.
     */
    private SparkSession session() {
        if (master != null) {
            return SparkSessions.builder(master).getOrCreate();
        }
        return System.getProperty(SPARK_MASTER) != null ? SparkSessions.configured().getOrCreate()
                : SparkSessions.builder(DEFAULT_MASTER).getOrCreate();
    }

    private String masterName() {
        return master != null ? master : System.getProperty(SPARK_MASTER, DEFAULT_MASTER);
    }

    /**
     * @return a path that reads and writes the URI through Hadoop's file system for its scheme, with the
     *     {@code spark.hadoop.*} settings of Spark's configuration ({@link HadoopPaths})
     */
    @Override
    public Path path(String option, String location) {
        try {
            return HadoopPaths.of(location, HadoopPaths.configuration(new SparkConf()));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(option + " " + e.getMessage(), e);
        }
    }

    /** One run of the study: the settings, the session and what each step made. */
    private final class Run {

        private final SparkSession spark;
        private final StudySettings settings;
        private final TransactionSettings orders;
        private final Path staging;
        private final boolean report;
        private final StepProgress progress;
        private final long started;
        private final String fileName;

        Run(SparkSession spark, StudySettings settings, TransactionSettings orders, Path staging, boolean report,
                StepProgress progress, long started) {
            this.spark = spark;
            this.settings = settings;
            this.orders = orders;
            this.staging = staging;
            this.report = report;
            this.progress = progress;
            this.started = started;
            this.fileName = settings.input().file().toString();
        }

        String study() {
            SparkOrderCustomers fromOrders = orders == null ? null : SparkOrderCustomers.make(spark, orders, progress,
                    settings.clustering().seed());
            Dataset<Row> table = fromOrders != null ? fromOrders.customers() : read();
            String[] columnsAsRead = table.columns();
            StudyRunner.checkAddedColumns(fileName, Arrays.asList(columnsAsRead));
            StudySettings.Columns given = settings.columns();
            List<String> numeric = new ArrayList<>(given.features());
            List<String> categorical = settings.preparation().categorical();
            List<String> log = settings.preparation().log();
            for (String column : Stream.of(numeric, categorical, log).flatMap(List::stream).toList()) {
                lib(() -> {
                    CustomerColumns.require(table, column);
                    return null;
                }, "");
            }
            Roles roles = RoleGuess.of(settings.roles(), numeric);
            List<String> profiled = StudyRunner.profiledColumns(numeric, categorical, roles);
            Dataset<Row> customers = fromOrders != null ? table : withNumbers(table, profiled);
            SparkFeatures features = progress.step("building the features", () -> features(customers, numeric,
                    categorical, log));
            Dataset<Row> withFeatures = features.transform(customers).persist(StorageLevel.MEMORY_AND_DISK());
            KMeansSettings kMeans = KMeans.settings().restarts(Study.RESTARTS).seed(settings.clustering().seed())
                    .maxIterations(settings.clustering().maxIterations());
            SparkKSelection selection = settings.clustering().k().isAuto() ? chooseK(withFeatures, features.rows(),
                    kMeans) : null;
            int k = selection == null ? settings.clustering().k().fixed().getAsInt() : selection.recommendedK();
            // With --k auto the sweep's fit for the chosen k is the segmentation: the same settings, the same seed.
            SparkSegmentation segments = selection != null ? selection.fit(k)
                    : progress.step("segmenting with kmeans, k = " + k + " on Spark", () -> lib(() -> SparkKMeans.of(k,
                            kMeans).featuresColumn(FEATURES).fit(withFeatures), " (options: --k, --features)"));
            Dataset<Row> labelled = segments.label(withFeatures, LabelledCustomers.SEGMENT);
            SegmentAggregates aggregates = progress.step("profiling the segments", () -> aggregates(labelled,
                    profiled, categorical, features.rows()));
            SegmentProfiles profiles = lib(() -> SegmentProfiles.of(aggregates), "");
            List<String> namingColumns = NamingColumns.choose(profiles, numeric);
            SegmentNames names = lib(() -> StudyRunner.name(profiles, namingColumns, segments.k()), "");
            Recommendations advice = lib(() -> Playbook.standard().advise(profiles, roles), " (option: --role)");
            Study.Interpretation interpretation = new Study.Interpretation(profiles, namingColumns, names, roles,
                    advice);
            String customersFile = fromOrders != null ? "customers" : "segments";
            progress.step("writing " + customersFile + ".parquet, " + customersFile + ".csv and profiles.csv", () -> {
                write(asRead(labelled, columnsAsRead, fromOrders != null ? List.of() : profiled), names,
                        customersFile);
                CsvExport.protecting(settings.input().file()).segmentProfiles(profiles, names,
                        staging.resolve("profiles.csv"));
                return null;
            });
            withFeatures.unpersist();
            List<String> outputs = new ArrayList<>(List.of(customersFile + ".csv", customersFile + ".parquet",
                    "summary.json", "profiles.csv"));
            if (report) {
                outputs.add("report.html");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            writeSummary(SparkSummaryJson.of(new SparkSummaryJson.Parts(settings, masterName(), spark.version(),
                    columnsAsRead, fromOrders, features, segments, interpretation, selection), outputs, seconds));
            if (report) {
                progress.step("making report.html (executing " + NotebookReport.SPARK_NOTEBOOK + " on the outputs)",
                        () -> {
                            SparkReport.write(staging, customersFile + ".parquet", aggregates);
                            return null;
                        });
            }
            return closing(fromOrders, segments, selection, names, outputs);
        }

        /**
         * {@code --k auto}: k = {@value Study#MIN_K}..--max-k (fewer if there are few distinct customers, as on one
         * machine) swept on Spark and scored by four of the five criteria ({@link SparkKSelection}), the silhouette
         * on the local command's sample size.
         */
        private SparkKSelection chooseK(Dataset<Row> withFeatures, long rows, KMeansSettings kMeans) {
            long distinct = withFeatures.select(org.apache.spark.ml.functions.vector_to_array(col(FEATURES),
                    "float64")).distinct().count();
            int maxK = (int) Math.min(settings.clustering().maxK(), distinct - 1);
            int fewest = Study.MIN_K + 2;
            if (maxK < fewest) {
                throw new CommandFailure(fileName + ": " + rows + " customers with only " + distinct + " distinct "
                        + "feature rows are too few to choose k automatically (the criteria compare at least k = "
                        + Study.MIN_K + ".." + fewest + ", which needs " + (fewest + 1) + " distinct customers). Give "
                        + "the number of segments with --k (at most " + distinct + ").");
            }
            int sample = Quality.silhouetteSampleFor((int) Math.min(rows, Integer.MAX_VALUE));
            return progress.step(String.format(Locale.ROOT, "choosing k on Spark: k-means and four criteria for "
                    + "k = %d..%d (the gap statistic left out)", Study.MIN_K, maxK), () -> lib(() ->
                    SparkKSelection.sweep(withFeatures, FEATURES, Study.MIN_K, maxK, kMeans, sample),
                    " (options: --k, --max-k)"));
        }

        /** The customer table as text, every column as written (the CSV's layout found as for order lines). */
        private Dataset<Row> read() {
            return data(() -> spark.table(SparkOrderCustomers.textView(spark, settings.input().file(),
                    settings.input().delimiter())));
        }

        /**
         * The table as read (every column text), with each column the study reads as numbers as a double under its
         * own name and its text kept aside ({@value #TEXT_COPY}i) for the output.
         *
         * @throws CommandFailure if such a column holds text that is not a number, naming the column, the first such
         *     data row and its value
         */
        private Dataset<Row> withNumbers(Dataset<Row> text, List<String> numericColumns) {
            checkNumbers(text, numericColumns);
            List<Column> columns = new ArrayList<>();
            for (String column : text.columns()) {
                columns.add(numericColumns.contains(column) ? CustomerColumns.number(column).as(column)
                        : CustomerColumns.named(column));
            }
            for (int i = 0; i < numericColumns.size(); i++) {
                columns.add(CustomerColumns.named(numericColumns.get(i)).as(TEXT_COPY + i));
            }
            return text.select(columns.toArray(Column[]::new));
        }

        /**
         * A cell that is not blank but does not read as a number would otherwise become a silent gap: one pass counts
         * them per column, and only when there are some, the first one's row is looked for.
         */
        private void checkNumbers(Dataset<Row> text, List<String> numericColumns) {
            if (numericColumns.isEmpty()) {
                return;
            }
            Column[] counts = numericColumns.stream().map(c -> sum(when(notANumber(c), 1).otherwise(0)))
                    .toArray(Column[]::new);
            Row found = text.agg(counts[0], Arrays.copyOfRange(counts, 1, counts.length)).first();
            for (int c = 0; c < numericColumns.size(); c++) {
                long rows = found.isNullAt(c) ? 0 : found.getLong(c);
                if (rows > 0) {
                    String column = numericColumns.get(c);
                    Dataset<Row> numbered = text.withColumn(ROW_ORDER, monotonically_increasing_id());
                    Row first = numbered.where(notANumber(column)).orderBy(ROW_ORDER)
                            .select(col(ROW_ORDER), CustomerColumns.named(column)).first();
                    long row = numbered.where(col(ROW_ORDER).lt(first.getLong(0))).count() + 1;
                    throw new CommandFailure(fileName + ": column '" + column + "' is read as numbers, but data row "
                            + row + " holds '" + first.getString(1) + "'" + (rows > 1 ? " (and " + (rows - 1)
                            + " more rows hold text)" : "") + ". Fix those cells, or leave the column out of "
                            + "--features (or give it with --categorical).");
                }
            }
        }

        private static Column notANumber(String column) {
            Column cell = CustomerColumns.named(column);
            return trim(cell).notEqual(lit("")).and(cell.try_cast(DataTypes.DoubleType).isNull());
        }

        /** The labelled customers with the columns as read (numbers as written) before the segment. */
        private Dataset<Row> asRead(Dataset<Row> labelled, String[] columnsAsRead, List<String> numericColumns) {
            List<Column> columns = new ArrayList<>();
            for (String column : columnsAsRead) {
                int copy = numericColumns.indexOf(column);
                columns.add(copy >= 0 ? col(TEXT_COPY + copy).as(column) : CustomerColumns.named(column));
            }
            columns.add(col(LabelledCustomers.SEGMENT));
            return labelled.select(columns.toArray(Column[]::new));
        }

        private SparkFeatures features(Dataset<Row> customers, List<String> numeric, List<String> categorical,
                List<String> log) {
            SparkFeatureBuilder builder = SparkFeatures.builder().numeric(numeric.toArray(String[]::new))
                    .categorical(categorical.toArray(String[]::new)).log1p(log.toArray(String[]::new))
                    .scaling(settings.preparation().scale().scaling()).outputColumn(FEATURES);
            settings.preparation().impute().imputation().ifPresent(builder::impute);
            return lib(() -> builder.fit(customers), " (options: --features, --categorical, --log, --impute, "
                    + "--scale)");
        }

        /**
         * The profiles' aggregates of the numeric and categorical columns; exact medians where the table would fit on
         * the driver.
         */
        private SegmentAggregates aggregates(Dataset<Row> labelled, List<String> profiled, List<String> categorical,
                long rows) {
            List<Column> typed = new ArrayList<>();
            for (String column : profiled) {
                typed.add(CustomerColumns.number(column).as(column));
            }
            for (String column : categorical) {
                typed.add(CustomerColumns.category(column).as(column));
            }
            typed.add(col(LabelledCustomers.SEGMENT));
            return lib(() -> SparkSegmentProfiles.of(labelled.select(typed.toArray(Column[]::new)),
                            LabelledCustomers.SEGMENT).numeric(profiled.toArray(String[]::new))
                    .categorical(categorical.toArray(String[]::new))
                    .relativeError(rows <= SparkKMeans.DRIVER_SEEDING_ROWS ? 0
                            : SparkSegmentProfiles.DEFAULT_RELATIVE_ERROR)
                    .describedAs(fileName, "k-means on Spark").aggregates(), " (option: --role)");
        }

        /**
         * The labelled customers, segment 1..k and its name after the input's columns, as Parquet and as one CSV
         * file (the Parquet files read back in their order would not be the customers' order, so both are written
         * from the one persisted table).
         */
        private void write(Dataset<Row> labelled, SegmentNames names, String baseName) {
            Column[] nameLiterals = new Column[names.names().size()];
            for (int s = 0; s < nameLiterals.length; s++) {
                nameLiterals[s] = lit(names.name(s));
            }
            Dataset<Row> out = labelled
                    .withColumn(LabelledCustomers.SEGMENT_NAME, element_at(org.apache.spark.sql.functions.array(
                            nameLiterals), col(LabelledCustomers.SEGMENT).plus(1)))
                    .withColumn(LabelledCustomers.SEGMENT, col(LabelledCustomers.SEGMENT).plus(1))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                out.write().mode(SaveMode.ErrorIfExists).parquet(staging.resolve(baseName + ".parquet").toString());
                Path parts = staging.resolve(baseName + ".csv.parts");
                out.coalesce(1).write().mode(SaveMode.ErrorIfExists).option("header", "true").option("quote", "\"")
                        .option("escape", "\"").option("emptyValue", "").option("nullValue", "")
                        .option("dateFormat", "yyyy-MM-dd").csv(parts.toString());
                try (Stream<Path> files = Files.list(parts)) {
                    Path csv = files.filter(f -> f.getFileName().toString().startsWith("part-")).findFirst()
                            .orElseThrow(() -> new IllegalStateException("Spark wrote no CSV part into " + parts));
                    Files.move(csv, staging.resolve(baseName + ".csv"));
                }
                OutputDirectory.discard(parts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                out.unpersist();
            }
        }

        private void writeSummary(Map<String, Object> summary) {
            try {
                Files.write(staging.resolve("summary.json"), Json.bytes(summary));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String closing(SparkOrderCustomers fromOrders, SparkSegmentation segments, SparkKSelection selection,
                SegmentNames names, List<String> outputs) {
            StringBuilder text = new StringBuilder();
            if (fromOrders != null) {
                text.append(fromOrders.table().cleaning()).append(System.lineSeparator());
            }
            long customers = Arrays.stream(segments.sizes()).sum();
            text.append("Segmented ").append(customers).append(" customers of ").append(fileName).append(" into ")
                    .append(segments.k()).append(" segments (kmeans on Spark, ").append(masterName())
                    .append(selection == null ? ", k given):" : ", k chosen automatically):");
            for (int s = 0; s < segments.k(); s++) {
                text.append(String.format(Locale.ROOT, "%n  %d. %s: %d customers", s + 1, names.name(s),
                        segments.size(s)));
            }
            if (selection != null) {
                text.append(System.lineSeparator()).append("  Choice of k: ").append(selection.explanation());
            }
            text.append(System.lineSeparator()).append("  ").append(String.join(", ", outputs));
            return text.toString();
        }

        /** Runs a lib step that reads the file; its message names the file, and its fix the option that applies it. */
        private <T> T data(Supplier<T> step) {
            try {
                return step.get();
            } catch (DataFileException e) {
                throw new CommandFailure(FixOptions.message(e).strip().replaceAll("\\s*\\R\\s*", "; "), e);
            }
        }

        /** Runs a lib step on the customers; its message about bad input gets the file name in front. */
        private <T> T lib(Supplier<T> step, String options) {
            try {
                return data(step);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(fileName + ": " + e.getMessage() + options, e);
            }
        }
    }
}
