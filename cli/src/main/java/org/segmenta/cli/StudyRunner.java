package org.segmenta.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.segmenta.choosingk.KSelection;
import org.segmenta.choosingk.KSelectionOptions;
import org.segmenta.clustering.HierarchicalClustering;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerFile;
import org.segmenta.data.DataFileException;
import org.segmenta.data.MissingValues;
import org.segmenta.export.LabelledCustomers;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.FeatureMatrixBuilder;
import org.segmenta.naming.SegmentNamer;
import org.segmenta.naming.SegmentNames;
import org.segmenta.playbook.Playbook;
import org.segmenta.playbook.Recommendations;
import org.segmenta.playbook.Roles;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.progress.Progress;
import tech.tablesaw.api.Table;

/**
 * Runs the study the command stands for, one lib call per step: read the file ({@link CustomerFile}), choose the
 * columns ({@link FeatureColumns}), handle gaps ({@link MissingValues}), build the feature matrix
 * ({@link FeatureMatrix#builder}), choose k ({@link KSelection}), segment ({@link KMeans} or
 * {@link HierarchicalClustering}), score ({@link Quality}), profile ({@link SegmentProfiles}), name
 * ({@link SegmentNamer}) and advise ({@link Playbook#standard()}).
 *
 * <p>Every problem ends the run with a {@link CommandFailure} whose message names the input file and, where the lib's
 * message speaks of the Java API, adds the command-line options that fix it.
 */
final class StudyRunner {

    /** The most rows with a gap listed per column. */
    private static final int GAPS_LISTED = 5;
    private static final String FEATURE_OPTIONS = " (options: --features, --exclude, --categorical, --log, --impute, "
            + "--scale)";

    private final StudySettings settings;
    private final OrderCustomers orders;
    private final StepProgress progress;
    private final String fileName;

    private StudyRunner(StudySettings settings, OrderCustomers orders, StepProgress progress) {
        this.settings = settings;
        this.orders = orders;
        this.progress = progress;
        this.fileName = settings.input().file().toString();
    }

    /** @return the study asked for by {@code settings}, reporting slow steps to {@code progress} */
    static Study run(StudySettings settings, StepProgress progress) {
        return new StudyRunner(settings, null, progress).run();
    }

    /**
     * @return the study asked for by {@code settings} on the customers made from order lines (their table stands for
     *     the file {@code --input} would name), reporting slow steps to {@code progress}
     */
    static Study run(StudySettings settings, OrderCustomers orders, StepProgress progress) {
        return new StudyRunner(settings, orders, progress).run();
    }

    private Study run() {
        CustomerFile file = orders != null ? checked(orders.file())
                : progress.step("reading " + fileName, this::read);
        StudySettings.Columns given = settings.columns();
        FeatureColumns columns = data(() -> FeatureColumns.resolve(file, given.features(), given.idColumn(),
                given.exclude(), settings.preparation().categorical(), settings.preparation().log()));
        Roles roles = RoleGuess.of(settings.roles(), columns.numeric());
        List<String> profiled = profiledColumns(columns.numeric(), columns.categorical(), roles);
        Table typed = data(() -> file.typed(profiled));
        int[] rows = rowsToSegment(file, typed, columns);
        Table customers = typed.rows(rows);
        customers.setName(typed.name());
        FeatureMatrix features = progress.step("building the features", () -> features(customers, columns));
        StudySettings.Clustering clustering = settings.clustering();
        KSelection selection = clustering.k().isAuto() ? choose(features) : null;
        int k = selection == null ? checkedK(features, clustering.k().fixed().getAsInt()) : selection.recommendedK();
        Segmentation segmentation = progress.step("segmenting with " + clustering.method().word() + ", k = " + k,
                lib -> segment(features, k, lib));
        Quality quality = progress.step("scoring the segments", () -> Quality.of(segmentation, clustering.seed()));
        SegmentProfiles profiles = progress.step("profiling the segments", () -> lib(() -> SegmentProfiles.of(
                customers, segmentation, profiled, columns.categorical()), ""));
        List<String> namingColumns = NamingColumns.choose(profiles, columns.numeric());
        SegmentNames names = lib(() -> name(profiles, namingColumns, k), "");
        Recommendations advice = lib(() -> Playbook.standard().advise(profiles, roles), " (option: --role)");
        return new Study(settings, new Study.Data(file, columns, rows, customers, profiled),
                new Study.Segments(features, selection, segmentation, quality),
                new Study.Interpretation(profiles, namingColumns, names, roles, advice), orders);
    }

    private CustomerFile read() {
        StudySettings.Input input = settings.input();
        return checked(data(() -> input.sheet() != null ? CustomerFile.readSheet(input.file(), input.sheet())
                : input.delimiter() == null ? CustomerFile.read(input.file())
                : CustomerFile.read(input.file(), input.delimiter())));
    }

    /** Refuses a table that already has the columns the results add, or fewer than two customers. */
    private CustomerFile checked(CustomerFile file) {
        checkAddedColumns(fileName, file.columnNames());
        if (file.rows() < 2) {
            throw new CommandFailure(fileName + ": has only 1 " + (orders == null ? "data row" : "customer")
                    + "; segmenting needs at least 2 customers.");
        }
        return file;
    }

    /**
     * Refuses a table that already has a column the results add.
     *
     * @param fileName the input, for the message
     * @param columnNames the table's columns
     * @throws CommandFailure if one of them is {@value LabelledCustomers#SEGMENT} or
     *     {@value LabelledCustomers#SEGMENT_NAME} (in any case)
     */
    static void checkAddedColumns(String fileName, List<String> columnNames) {
        for (String column : List.of(LabelledCustomers.SEGMENT, LabelledCustomers.SEGMENT_NAME)) {
            if (columnNames.stream().anyMatch(column::equalsIgnoreCase)) {
                throw new CommandFailure(fileName + ": has a column '" + column + "' already (is it a segments.csv "
                        + "of an earlier run?). The results add that column; rename or remove it in the input.");
            }
        }
    }

    /** The numeric features, then the columns of mapped roles that are not features (the playbook reads them). */
    static List<String> profiledColumns(List<String> numeric, List<String> categorical, Roles roles) {
        Set<String> profiled = new LinkedHashSet<>(numeric);
        profiled.addAll(roles.asMap().values());
        profiled.removeAll(categorical);
        return new ArrayList<>(profiled);
    }

    /** All rows, unless gaps are dropped; gaps without an --impute choice are an error that counts them per column. */
    private int[] rowsToSegment(CustomerFile file, Table typed, FeatureColumns columns) {
        String[] featureColumns = columns.all().toArray(String[]::new);
        Table gaps = MissingValues.report(typed, featureColumns);
        if (gaps.rowCount() > 0 && settings.preparation().impute() == ImputeChoice.NONE) {
            List<String> counts = new ArrayList<>();
            for (int i = 0; i < gaps.rowCount(); i++) {
                String column = gaps.stringColumn("Column").get(i);
                int missing = gaps.intColumn("Missing").get(i);
                counts.add("'" + column + "' " + missing + " (" + file.rowsLabel(firstMissing(typed, column), missing)
                        + ")");
            }
            throw new CommandFailure(fileName + ": " + (gaps.rowCount() == 1 ? "a feature column has" : gaps.rowCount()
                    + " feature columns have") + " missing values: " + String.join("; ", counts) + ". Choose how to "
                    + "handle them: --impute median or --impute mean fills them in, --impute drop leaves those "
                    + "customers out.");
        }
        int[] rows = settings.preparation().impute() == ImputeChoice.DROP
                ? MissingValues.completeRows(typed, featureColumns)
                : java.util.stream.IntStream.range(0, typed.rowCount()).toArray();
        if (rows.length < 2) {
            throw new CommandFailure(fileName + ": only " + rows.length + " of " + typed.rowCount() + " customers have "
                    + "a value in every feature, too few to segment after --impute drop. Use --impute median, or "
                    + "choose features with fewer gaps.");
        }
        return rows;
    }

    /** The indices of the first {@value #GAPS_LISTED} rows where {@code column} has no value. */
    private static List<Integer> firstMissing(Table typed, String column) {
        List<Integer> rows = new ArrayList<>();
        var values = typed.column(column);
        for (int i = 0; i < values.size() && rows.size() < GAPS_LISTED; i++) {
            if (values.isMissing(i)) {
                rows.add(i);
            }
        }
        return rows;
    }

    private FeatureMatrix features(Table customers, FeatureColumns columns) {
        FeatureMatrixBuilder builder = FeatureMatrix.builder(customers)
                .numeric(columns.numeric().toArray(String[]::new))
                .categorical(columns.categorical().toArray(String[]::new))
                .log1p(columns.log().toArray(String[]::new))
                .scaling(settings.preparation().scale().scaling());
        settings.preparation().impute().imputation().ifPresent(builder::impute);
        return lib(builder::build, FEATURE_OPTIONS);
    }

    /** Sweeps k = 2..max-k (fewer if there are few distinct customers) and takes the lib's recommendation. */
    private KSelection choose(FeatureMatrix features) {
        int distinct = features.distinctRows();
        int maxK = Math.min(settings.clustering().maxK(), distinct - 1);
        int fewest = Study.MIN_K + 2;
        if (maxK < fewest) {
            throw new CommandFailure(fileName + ": " + features.rows() + " customers with only " + distinct
                    + " distinct feature rows are too few to choose k automatically (the criteria compare at least k = "
                    + Study.MIN_K + ".." + fewest + ", which needs " + (fewest + 1) + " distinct customers). Give the "
                    + "number of segments with --k (at most " + distinct + ").");
        }
        KSelectionOptions options = KSelectionOptions.defaults()
                .silhouetteSampleSize(Quality.silhouetteSampleFor(features.rows()));
        KMeansSettings kMeansSettings = KMeans.settings().restarts(Study.RESTARTS).seed(settings.clustering().seed())
                .maxIterations(settings.clustering().maxIterations());
        return progress.step(String.format(Locale.ROOT, "choosing k: k-means and five criteria for k = %d..%d",
                Study.MIN_K, maxK), lib -> lib(() -> KSelection.sweep(features, Study.MIN_K, maxK, kMeansSettings,
                options.progress(lib)), " (options: --k, --max-k)"));
    }

    private int checkedK(FeatureMatrix features, int k) {
        if (k > features.rows()) {
            throw new CommandFailure(fileName + ": --k " + k + " asks for more segments than there are customers to "
                    + "segment (" + features.rows() + "). Choose --k " + features.rows() + " or less, or --k auto.");
        }
        int distinct = features.distinctRows();
        if (k > distinct) {
            throw new CommandFailure(fileName + ": --k " + k + " is more than the " + distinct + " distinct customers "
                    + "(customers with different feature values; " + features.rows() + " in all). Choose --k "
                    + distinct + " or less, or --k auto.");
        }
        return k;
    }

    private Segmentation segment(FeatureMatrix features, int k, Progress lib) {
        return settings.clustering().method().linkage()
                .map(linkage -> lib(() -> HierarchicalClustering.fit(features, linkage, lib).cut(k),
                        " (option: --method kmeans handles any number of customers)"))
                .orElseGet(() -> lib(() -> KMeans.withK(k).restarts(Study.RESTARTS).seed(settings.clustering().seed())
                        .maxIterations(settings.clustering().maxIterations()).progress(lib).fit(features),
                        " (options: --method, --k, --max-iterations)"));
    }

    /** @return the segments named by the naming columns in turn, or numbered when there is none */
    static SegmentNames name(SegmentProfiles profiles, List<String> namingColumns, int k) {
        if (namingColumns.isEmpty()) {
            return SegmentNames.generic(k);
        }
        SegmentNamer namer = SegmentNamer.by(namingColumns.get(0));
        for (String column : namingColumns.subList(1, namingColumns.size())) {
            namer = namer.and(column);
        }
        return namer.name(profiles);
    }

    /** Runs a lib step that reads the file: its {@link DataFileException} names the file, its fix our option. */
    private static <T> T data(Supplier<T> step) {
        try {
            return step.get();
        } catch (DataFileException e) {
            throw new CommandFailure(FixOptions.message(e), e);
        }
    }

    /** Runs a lib step; its message about bad input gets the file name in front and the options that fix it. */
    private <T> T lib(Supplier<T> step, String options) {
        try {
            return step.get();
        } catch (DataFileException e) {
            throw new CommandFailure(FixOptions.message(e), e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(fileName + ": " + e.getMessage() + options, e);
        }
    }
}
