package org.segmenta.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.segmenta.choosingk.Criterion;
import org.segmenta.choosingk.KSelection;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureColumn;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.HoldoutFrequencyFit;
import org.segmenta.lifetime.TimeUnit;
import org.segmenta.orders.CleaningReport;
import org.segmenta.orders.CleaningStep;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.DatePattern;
import org.segmenta.rfm.RfmSegmentMap;
import org.segmenta.playbook.Recommendation;
import org.segmenta.playbook.Role;
import org.segmenta.playbook.Roles;
import org.segmenta.profiling.CategoricalFeatureProfile;
import org.segmenta.profiling.CategoryShare;
import org.segmenta.profiling.Distinction;
import org.segmenta.profiling.NumericFeatureProfile;
import org.segmenta.profiling.SegmentProfile;

/**
 * The content of {@code summary.json}: what was read, how the features were made, the method with its settings and,
 * for k-means, its iterations and whether it converged (null for hierarchical clustering, which does not iterate),
 * the lib's {@code warnings} about the segments (an empty list when there are none, as the command also prints them),
 * how k was chosen (with every criterion's table when k was auto), the segments with their sizes, centroids in
 * original units, profiles, names and playbook actions, the quality criteria, the lib version and the elapsed time.
 * Only {@code elapsedSeconds} varies between runs of the same study; it is the last key.
 */
final class SummaryJson {

    /** The most left-out data rows listed one by one. */
    static final int ROWS_LISTED = 20;

    private SummaryJson() {
    }

    /**
     * @param study the finished study
     * @param outputs the files written into {@code --out}
     * @param libVersion the lib's version
     * @param elapsedSeconds the run's wall-clock time
     * @return the summary as nested maps and lists, in a fixed key order
     */
    static Map<String, Object> of(Study study, List<String> outputs, String libVersion, double elapsedSeconds) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "segment");
        summary.put("libVersion", libVersion);
        summary.put("input", input(study));
        if (study.fromOrders()) {
            OrderCustomers orders = study.orders();
            CustomerTable customers = orders.customers();
            summary.put("transactions", transactions(orders.settings(), customers.cleaning(),
                    customers.datePattern(), customers.snapshotDate(), customers.size()));
            summary.put("rfm", rfm(rfmCounts(orders)));
            OrderCustomers.Models models = orders.models();
            summary.put("models", models(orders.settings(), models.purchases(), models.spend(),
                    models.validation()));
        }
        summary.put("features", features(study));
        summary.put("scaling", study.settings().preparation().scale().word());
        summary.put("method", method(study));
        summary.put("warnings", study.segments().segmentation().warnings().stream().map(FixOptions::message)
                .toList());
        summary.put("seed", study.settings().clustering().seed());
        summary.put("k", study.k());
        KSelection selection = study.segments().selection();
        summary.put("kChosen", selection == null ? "given with --k" : "auto: the lib's recommendation");
        summary.put("kSelection", selection == null ? null
                : kSelection(selection, study.settings().clustering().seed()));
        summary.put("sizes", Arrays.stream(study.segments().segmentation().sizes()).boxed().toList());
        summary.put("quality", quality(study.segments().quality()));
        summary.put("naming", naming(study.interpretation().namingColumns()));
        summary.put("roles", roles(study.interpretation().roles()));
        Segmentation segmentation = study.segments().segmentation();
        summary.put("segments", segments(study.interpretation(), study.segments().features().names(),
                segmentation::centroid));
        summary.put("outputs", outputs);
        summary.put("elapsedSeconds", Math.round(elapsedSeconds * 1000) / 1000.0);
        return summary;
    }

    private static Map<String, Object> input(Study study) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", study.settings().input().file().toString());
        input.put("rows", study.data().file().rows());
        input.put("columns", study.data().file().columnNames());
        boolean text = !study.fromOrders() && study.data().file().sheet().isEmpty();
        input.put("delimiter", text ? String.valueOf(study.data().file().delimiter()) : null);
        input.put("delimiterDetected", text ? study.data().file().delimiterDetected() : null);
        input.put("sheet", study.data().file().sheet().orElse(null));
        if (study.fromOrders()) {
            input.put("madeFrom", "the order lines of " + study.settings().input().file() + " (see transactions): "
                    + "one row per customer, with RFM scores and the lifetime models' predictions (see models)");
        }
        return input;
    }

    /**
     * @param settings the order-line settings
     * @param report what cleaning kept and dropped
     * @param datePattern the dates' pattern, given or detected
     * @param snapshotDate the date recency and tenure count to
     * @param customers the number of customers made
     * @return the {@code transactions} part: the file, its columns and dates, the cleaning report, the customers
     */
    static Map<String, Object> transactions(TransactionSettings settings, CleaningReport report,
            DatePattern datePattern, LocalDate snapshotDate, long customers) {
        Map<String, Object> columns = settings.columnsByKey();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", settings.file().toString());
        result.put("columns", columns);
        result.put("dateFormat", datePattern.pattern());
        result.put("dateFormatDetected", settings.dates().format() == null);
        result.put("snapshotDate", snapshotDate.toString());
        result.put("snapshotDateGiven", settings.dates().snapshot() != null);
        Map<String, Object> cleaning = new LinkedHashMap<>();
        cleaning.put("linesRead", report.linesRead());
        List<Map<String, Object>> steps = new ArrayList<>();
        long left = report.linesRead();
        for (CleaningStep step : report.steps()) {
            left -= step.linesDropped();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", step.rule());
            entry.put("action", step.applied() ? "drop" : "keep");
            entry.put("linesMatching", step.linesMatching());
            entry.put("linesDropped", step.linesDropped());
            entry.put("linesLeft", left);
            steps.add(entry);
        }
        cleaning.put("steps", steps);
        cleaning.put("linesKept", report.linesKept());
        cleaning.put("orders", report.orders());
        cleaning.put("firstPurchase", report.firstPurchase().toString());
        cleaning.put("lastPurchase", report.lastPurchase().toString());
        result.put("cleaning", cleaning);
        result.put("customers", customers);
        return result;
    }

    /** @return the customers in each segment of the standard RFM map (every segment, 0 where none) */
    private static Map<String, Long> rfmCounts(OrderCustomers orders) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tech.tablesaw.api.StringColumn named = orders.rfm().stringColumn(RfmSegmentMap.SEGMENT_COLUMN);
        for (int i = 0; i < named.size(); i++) {
            counts.merge(named.get(i), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * @param counts customers per RFM segment (segments without customers may be left out)
     * @return the {@code rfm} part: how scores and segments are made, and every segment's count
     */
    static Map<String, Object> rfm(Map<String, Long> counts) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scores", "quintiles 1-5 of recency_days (recent = 5), frequency and monetary; ties share a score");
        result.put("map", "the standard R x FM map (eleven named segments)");
        Map<String, Object> all = new LinkedHashMap<>();
        for (String segment : RfmSegmentMap.standard().segments()) {
            all.put(segment, counts.getOrDefault(segment, 0L));
        }
        result.put("segmentCounts", all);
        return result;
    }

    /**
     * @param settings the order-line settings (the lifetime-value assumptions)
     * @param purchases the BG/NBD model
     * @param spend the Gamma-Gamma model
     * @param validation the holdout check, or null
     * @return the {@code models} part
     */
    static Map<String, Object> models(TransactionSettings settings, BgNbdModel purchases, GammaGammaModel spend,
            OrderCustomers.HoldoutValidation validation) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("fittedOn", "every customer of the whole file (customers.csv's predictions come from these fits)");
        result.put("unit", OrderCustomers.UNIT.label());
        result.put("bgNbd", bgNbd(purchases));
        Map<String, Object> gammaGamma = new LinkedHashMap<>();
        gammaGamma.put("p", spend.p());
        gammaGamma.put("q", spend.q());
        gammaGamma.put("gamma", spend.gamma());
        gammaGamma.put("logLikelihood", Json.number(spend.logLikelihood().orElse(Double.NaN)));
        gammaGamma.put("customers", spend.customers());
        gammaGamma.put("leftOut", spend.leftOut());
        gammaGamma.put("populationMeanSpend", Json.number(spend.q() > 1 ? spend.populationMeanSpend() : Double.NaN));
        result.put("gammaGamma", gammaGamma);
        Map<String, Object> clv = new LinkedHashMap<>();
        clv.put("months", settings.lifetimeValue().months());
        clv.put("monthlyDiscountRate", settings.lifetimeValue().monthlyDiscountRate());
        clv.put("margin", settings.lifetimeValue().margin());
        clv.put("horizonWeeks", OrderCustomers.horizon(settings));
        clv.put("expectedPurchases", "BG/NBD conditional expected purchases over the next " + settings.lifetimeValue().months()
                + " months (" + OrderCustomers.horizon(settings) + " weeks)");
        clv.put("nonRepeatBuyers", "customers without repeat purchases are valued at the Gamma-Gamma population "
                + "mean spend");
        result.put("clv", clv);
        result.put("validation", validation == null ? null : validation(validation, settings));
        return result;
    }

    private static Map<String, Object> bgNbd(BgNbdModel model) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("r", model.r());
        result.put("alpha", model.alpha());
        result.put("a", model.a());
        result.put("b", model.b());
        result.put("logLikelihood", Json.number(model.logLikelihood().orElse(Double.NaN)));
        result.put("customers", model.customers());
        result.put("unit", model.unit().map(TimeUnit::label).orElse(null));
        return result;
    }

    private static Map<String, Object> validation(OrderCustomers.HoldoutValidation validation,
            TransactionSettings settings) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("calibrationEnd", settings.dates().calibrationEnd().toString());
        result.put("holdoutWeeks", validation.calibration().holdoutLength());
        result.put("customers", validation.calibration().size());
        result.put("bgNbd", bgNbd(validation.purchases()));
        HoldoutFrequencyFit fit = validation.fit();
        List<Map<String, Object>> groups = new ArrayList<>();
        String[] labels = fit.labels();
        for (int g = 0; g < labels.length; g++) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("calibrationFrequency", labels[g]);
            group.put("customers", fit.customers()[g]);
            group.put("actualMeanHoldoutPurchases", fit.actualMean()[g]);
            group.put("expectedMeanHoldoutPurchases", fit.expectedMean()[g]);
            groups.add(group);
        }
        result.put("byCalibrationFrequency", groups);
        result.put("actualHoldoutPurchases", validation.actualTotal());
        result.put("expectedHoldoutPurchases", validation.expectedTotal());
        return result;
    }

    private static Map<String, Object> features(Study study) {
        FeatureColumns columns = study.data().columns();
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("idColumn", columns.id().orElse(null));
        features.put("idColumnGuessed", columns.id().isPresent() && columns.idGuessed());
        features.put("numeric", columns.numeric());
        features.put("numericGiven", columns.featuresGiven());
        features.put("categorical", columns.categorical());
        features.put("excluded", columns.excluded());
        features.put("constantLeftOut", columns.constantLeftOut());
        features.put("log1p", columns.log());
        features.put("impute", study.settings().preparation().impute().word());
        features.put("rowsSegmented", study.data().segmentedRows().length);
        features.put("rowsLeftOut", leftOut(study));
        features.put("matrix", matrix(study.segments().features().featureColumns()));
        return features;
    }

    /** @return how each column of the feature matrix was made, in matrix order */
    static List<Map<String, Object>> matrix(List<FeatureColumn> columns) {
        List<Map<String, Object>> matrix = new ArrayList<>();
        for (FeatureColumn column : columns) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("feature", column.name());
            entry.put("fromColumn", column.source());
            entry.put("oneHotValue", column.oneHotLevel());
            entry.put("transform", column.transform().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("imputed", column.imputed());
            entry.put("filledWith", Json.number(column.fillValue()));
            entry.put("center", column.center());
            entry.put("scale", column.scale());
            matrix.add(entry);
        }
        return matrix;
    }

    /** The data rows (1-based) that were not segmented: how many, and the first {@value #ROWS_LISTED}. */
    private static Map<String, Object> leftOut(Study study) {
        List<Integer> rows = new ArrayList<>();
        int next = 0;
        for (int row = 0; row < study.data().file().rows(); row++) {
            if (next < study.data().segmentedRows().length && study.data().segmentedRows()[next] == row) {
                next++;
            } else {
                rows.add(row + 1);
            }
        }
        Map<String, Object> leftOut = new LinkedHashMap<>();
        leftOut.put("count", rows.size());
        leftOut.put("firstDataRows", rows.subList(0, Math.min(ROWS_LISTED, rows.size())));
        return leftOut;
    }

    private static Map<String, Object> method(Study study) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("name", study.settings().clustering().method().word());
        method.put("description", study.segments().segmentation().method());
        method.put("parameters", Json.plain(study.segments().segmentation().parameters()));
        boolean iterative = study.segments().segmentation().iterative();
        method.put("iterations", iterative ? study.segments().segmentation().iterations() : null);
        method.put("converged", iterative ? study.segments().segmentation().converged() : null);
        return method;
    }

    private static Map<String, Object> kSelection(KSelection selection, long seed) {
        Map<String, Object> result = new LinkedHashMap<>();
        int[] ks = selection.ks();
        result.put("minK", ks[0]);
        result.put("maxK", ks[ks.length - 1]);
        result.put("fits", "k-means for every k (" + Study.RESTARTS + " restarts, seed " + seed + "), whatever the "
                + "method of the final segments");
        result.put("recommendedK", selection.recommendedK());
        result.put("explanation", selection.explanation());
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("criterion", criterion.label());
            entry.put("rule", criterion.rule());
            OptionalInt k = selection.bestK(criterion);
            entry.put("preferredK", k.isPresent() ? k.getAsInt() : null);
            criteria.add(entry);
        }
        result.put("criteria", criteria);
        List<Map<String, Object>> table = new ArrayList<>();
        for (int k : ks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", k);
            row.put("wcss", selection.wcss(k));
            row.put("meanSilhouette", Json.number(selection.meanSilhouette(k)));
            row.put("calinskiHarabasz", Json.number(selection.calinskiHarabasz(k)));
            row.put("daviesBouldin", Json.number(selection.daviesBouldin(k)));
            row.put("gap", Json.number(selection.gap().gap(k)));
            row.put("gapStandardError", Json.number(selection.gap().standardError(k)));
            row.put("preferredBy", selection.recommendation().supporters(k).stream().map(Criterion::label).toList());
            table.add(row);
        }
        result.put("table", table);
        return result;
    }

    private static Map<String, Object> quality(Quality quality) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("wcss", quality.wcss());
        result.put("silhouette", Json.number(quality.silhouette()));
        result.put("silhouetteSample", quality.silhouetteSample() == 0 ? "all customers"
                : quality.silhouetteSample() + " customers");
        result.put("calinskiHarabasz", Json.number(quality.calinskiHarabasz()));
        result.put("daviesBouldin", Json.number(quality.daviesBouldin()));
        return result;
    }

    /** @return the {@code naming} part for segments named by these columns */
    static Map<String, Object> naming(List<String> columns) {
        Map<String, Object> naming = new LinkedHashMap<>();
        naming.put("columns", columns);
        naming.put("rule", columns.isEmpty() ? "no numeric feature: segments are numbered"
                : "Low / Mid / High: each segment's mean against the tertiles of all customers");
        return naming;
    }

    /** @return the playbook's roles, by key, with their columns */
    static Map<String, Object> roles(Roles mapped) {
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Map.Entry<Role, String> entry : mapped.asMap().entrySet()) {
            roles.put(entry.getKey().key(), entry.getValue());
        }
        return roles;
    }

    /**
     * @param interpretation the profiles, names and playbook actions
     * @param featureNames the feature matrix's columns
     * @param centroids each segment's centroid in the feature space, by segment number (0-based)
     * @return one entry per segment: number, name, size, share, centroid, profile, highlights, actions
     */
    static List<Map<String, Object>> segments(Study.Interpretation interpretation, List<String> featureNames,
            IntFunction<double[]> centroids) {
        List<Map<String, Object>> segments = new ArrayList<>();
        for (SegmentProfile profile : interpretation.profiles().profiles()) {
            int s = profile.segment();
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("segment", profile.number());
            segment.put("name", interpretation.names().name(s));
            segment.put("size", profile.size());
            segment.put("share", profile.share());
            Map<String, Object> centroid = new LinkedHashMap<>();
            double[] values = centroids.apply(s);
            for (int j = 0; j < featureNames.size(); j++) {
                centroid.put(featureNames.get(j), values[j]);
            }
            segment.put("centroid", centroid);
            segment.put("profile", profile(profile));
            segment.put("highlights", profile.highlights(4).stream().map(Distinction::phrase).toList());
            List<Map<String, Object>> actions = new ArrayList<>();
            for (Recommendation recommendation : interpretation.advice().forSegment(s)) {
                Map<String, Object> action = new LinkedHashMap<>();
                action.put("rule", recommendation.rule());
                action.put("action", recommendation.action());
                action.put("reason", recommendation.reason());
                actions.add(action);
            }
            segment.put("actions", actions);
            segments.add(segment);
        }
        return segments;
    }

    private static Map<String, Object> profile(SegmentProfile profile) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Map<String, Object>> numeric = new ArrayList<>();
        for (NumericFeatureProfile feature : profile.numeric()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", feature.column());
            entry.put("mean", Json.number(feature.mean()));
            entry.put("median", Json.number(feature.median()));
            entry.put("overallMean", Json.number(feature.populationMean()));
            entry.put("overallMedian", Json.number(feature.populationMedian()));
            entry.put("lift", Json.number(feature.lift()));
            entry.put("differenceSd", Json.number(feature.standardisedDifference()));
            entry.put("missing", feature.missing());
            numeric.add(entry);
        }
        result.put("numeric", numeric);
        List<Map<String, Object>> categorical = new ArrayList<>();
        for (CategoricalFeatureProfile column : profile.categorical()) {
            for (CategoryShare share : column.shares()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("column", share.column());
                entry.put("value", share.value());
                entry.put("count", share.count());
                entry.put("share", Json.number(share.share()));
                entry.put("overallShare", Json.number(share.populationShare()));
                entry.put("differenceSd", Json.number(share.standardisedDifference()));
                categorical.add(entry);
            }
        }
        result.put("categorical", categorical);
        return result;
    }
}
