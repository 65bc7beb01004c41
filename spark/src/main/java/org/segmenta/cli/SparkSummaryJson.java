package org.segmenta.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.segmenta.choosingk.Criterion;
import org.segmenta.spark.choosingk.SparkKSelection;
import org.segmenta.spark.clustering.SparkSegmentation;
import org.segmenta.spark.features.SparkFeatures;

/**
 * {@code summary.json} of a study run on Spark: the keys of the local summary ({@link SummaryJson}), each part made
 * by the same code from the small results Spark brought back, plus {@code engine}. What the Spark study does not make
 * is there as null with the reason: with {@code --k N}, the k sweep and the silhouette, Calinski-Harabasz and
 * Davies-Bouldin criteria of the segments; with {@code --k auto}, the gap statistic (listed under
 * {@code kSelection.criteriaLeftOut}, its table columns null); and the lifetime models' holdout check. With
 * {@code --k auto} the sweep's table and the quality criteria of the chosen k are Spark's ({@link SparkKSelection}).
 */
final class SparkSummaryJson {

    private SparkSummaryJson() {
    }

    /**
     * What one Spark study made, for its summary.
     *
     * @param settings what was asked for
     * @param master the Spark master the study ran on
     * @param sparkVersion the Spark version
     * @param columns the customer table's columns (made from order lines, or as read)
     * @param orders the customers made from order lines, or null for {@code --input}
     * @param features how the feature vectors were made
     * @param segments the k-means segments
     * @param interpretation the profiles, names and playbook actions
     * @param selection the automatic choice of k ({@code --k auto}), or null when k was given
     */
    record Parts(StudySettings settings, String master, String sparkVersion, String[] columns,
            SparkOrderCustomers orders, SparkFeatures features, SparkSegmentation segments,
            Study.Interpretation interpretation, SparkKSelection selection) {
    }

    /**
     * @param parts what the study made
     * @param outputs the files written into {@code --out}
     * @param elapsedSeconds the run's wall-clock time
     * @return the summary as nested maps and lists, in the local summary's key order
     */
    static Map<String, Object> of(Parts parts, List<String> outputs, double elapsedSeconds) {
        StudySettings settings = parts.settings();
        SparkSegmentation segments = parts.segments();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "segment");
        summary.put("libVersion", LibVersion.get());
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("name", "spark");
        engine.put("master", parts.master());
        engine.put("sparkVersion", parts.sparkVersion());
        summary.put("engine", engine);
        summary.put("input", input(parts));
        SparkOrderCustomers orders = parts.orders();
        if (orders != null) {
            TransactionSettings transactions = orders.settings();
            summary.put("transactions", SummaryJson.transactions(transactions, orders.table().cleaning(),
                    orders.table().datePattern(), orders.table().snapshotDate(), orders.table().size()));
            summary.put("rfm", SummaryJson.rfm(orders.rfmCounts()));
            summary.put("models", SummaryJson.models(transactions, orders.models().purchases(),
                    orders.models().spend(), null));
        }
        summary.put("features", features(parts));
        summary.put("scaling", settings.preparation().scale().word());
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("name", settings.clustering().method().word());
        method.put("description", "k-means on Apache Spark (MLlib's Lloyd iterations)");
        method.put("parameters", Json.plain(segments.parameters()));
        method.put("iterations", segments.iterations());
        method.put("converged", segments.converged());
        summary.put("method", method);
        summary.put("warnings", segments.warnings());
        summary.put("seed", settings.clustering().seed());
        summary.put("k", segments.k());
        SparkKSelection selection = parts.selection();
        summary.put("kChosen", selection == null ? "given with --k" : "auto: the lib's recommendation");
        summary.put("kSelection", selection == null ? null : kSelection(selection, settings.clustering().seed()));
        summary.put("sizes", Arrays.stream(segments.sizes()).boxed().toList());
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("wcss", segments.wcss());
        if (selection == null) {
            quality.put("otherCriteria", "not computed on Spark with --k given: the silhouette, Calinski-Harabasz "
                    + "and Davies-Bouldin criteria are computed with --k auto");
        } else {
            int k = segments.k();
            quality.put("silhouette", Json.number(selection.meanSilhouette(k)));
            quality.put("silhouetteSample", selection.silhouetteSampled() ? selection.silhouetteRows()
                    + " customers" : "all customers");
            quality.put("calinskiHarabasz", Json.number(selection.calinskiHarabasz(k)));
            quality.put("daviesBouldin", Json.number(selection.daviesBouldin(k)));
        }
        summary.put("quality", quality);
        summary.put("naming", SummaryJson.naming(parts.interpretation().namingColumns()));
        summary.put("roles", SummaryJson.roles(parts.interpretation().roles()));
        SparkFeatures features = parts.features();
        summary.put("segments", SummaryJson.segments(parts.interpretation(), features.names(),
                s -> features.toOriginalUnits(segments.centroid(s))));
        summary.put("outputs", outputs);
        summary.put("elapsedSeconds", Math.round(elapsedSeconds * 1000) / 1000.0);
        return summary;
    }

    /**
     * The local summary's {@code kSelection} ({@link SummaryJson}), with the gap statistic left out: its criterion
     * entry has {@code preferredK} null, {@code weighed} false and the reason, {@code criteriaLeftOut} lists it, and
     * the table's gap columns are null. {@code silhouette} says which customers the silhouette scored.
     */
    private static Map<String, Object> kSelection(SparkKSelection selection, long seed) {
        Map<String, Object> result = new LinkedHashMap<>();
        int[] ks = selection.ks();
        result.put("minK", ks[0]);
        result.put("maxK", ks[ks.length - 1]);
        result.put("fits", "k-means on Spark for every k (" + Study.RESTARTS + " restarts, seed " + seed + ")");
        result.put("recommendedK", selection.recommendedK());
        result.put("explanation", selection.explanation());
        Map<Criterion, String> leftOut = selection.recommendation().leftOut();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("criterion", criterion.label());
            entry.put("rule", criterion.rule());
            OptionalInt k = selection.bestK(criterion);
            entry.put("preferredK", k.isPresent() ? k.getAsInt() : null);
            entry.put("weighed", !leftOut.containsKey(criterion));
            if (leftOut.containsKey(criterion)) {
                entry.put("leftOut", leftOut.get(criterion));
            }
            criteria.add(entry);
        }
        result.put("criteria", criteria);
        result.put("criteriaWeighed", selection.recommendation().weighed().stream().map(Criterion::label).toList());
        List<Map<String, Object>> omitted = new ArrayList<>();
        leftOut.forEach((criterion, reason) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("criterion", criterion.label());
            entry.put("reason", reason);
            omitted.add(entry);
        });
        result.put("criteriaLeftOut", omitted);
        result.put("silhouette", "the library's Euclidean silhouette, " + selection.silhouetteDescription());
        List<Map<String, Object>> table = new ArrayList<>();
        for (int k : ks) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", k);
            row.put("wcss", selection.wcss(k));
            row.put("meanSilhouette", Json.number(selection.meanSilhouette(k)));
            row.put("calinskiHarabasz", Json.number(selection.calinskiHarabasz(k)));
            row.put("daviesBouldin", Json.number(selection.daviesBouldin(k)));
            row.put("gap", null);
            row.put("gapStandardError", null);
            row.put("preferredBy", selection.recommendation().supporters(k).stream().map(Criterion::label).toList());
            table.add(row);
        }
        result.put("table", table);
        return result;
    }

    private static Map<String, Object> input(Parts parts) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", parts.settings().input().file().toString());
        input.put("rows", parts.features().rows());
        input.put("columns", List.of(parts.columns()));
        if (parts.orders() != null) {
            input.put("madeFrom", "the order lines of " + parts.settings().input().file() + " (see transactions): "
                    + "one row per customer, with RFM scores and the lifetime models' predictions (see models)");
        }
        return input;
    }

    private static Map<String, Object> features(Parts parts) {
        StudySettings settings = parts.settings();
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("idColumn", settings.columns().idColumn());
        features.put("numeric", settings.columns().features());
        features.put("numericGiven", true);
        features.put("categorical", settings.preparation().categorical());
        features.put("log1p", settings.preparation().log());
        features.put("impute", settings.preparation().impute().word());
        features.put("rowsSegmented", parts.features().rows());
        features.put("matrix", SummaryJson.matrix(parts.features().featureColumns()));
        return features;
    }
}
