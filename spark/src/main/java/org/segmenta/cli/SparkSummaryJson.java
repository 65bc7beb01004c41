package org.segmenta.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.spark.clustering.SparkSegmentation;
import org.segmenta.spark.features.SparkFeatures;

/**
 * {@code summary.json} of a study run on Spark: the keys of the local summary ({@link SummaryJson}), each part made
 * by the same code from the small results Spark brought back, plus {@code engine}. What the Spark study does not make
 * is there as null with the reason: the k sweep ({@code --k} is given), the silhouette, Calinski-Harabasz and
 * Davies-Bouldin criteria (each needs the customers in one memory), and the lifetime models' holdout check.
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
     */
    record Parts(StudySettings settings, String master, String sparkVersion, String[] columns,
            SparkOrderCustomers orders, SparkFeatures features, SparkSegmentation segments,
            Study.Interpretation interpretation) {
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
        summary.put("kChosen", "given with --k");
        summary.put("kSelection", null);
        summary.put("sizes", Arrays.stream(segments.sizes()).boxed().toList());
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("wcss", segments.wcss());
        quality.put("otherCriteria", "not computed on Spark: the silhouette, Calinski-Harabasz and Davies-Bouldin "
                + "criteria compare customers with each other in one memory");
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
