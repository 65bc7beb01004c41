package org.segmenta.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.profiling.NumericSummary;
import org.segmenta.profiling.SegmentAggregates;

/**
 * {@code report.html} of a study run on Spark: the notebook {@value NotebookReport#SPARK_NOTEBOOK} executed on the
 * ordinary notebook kernel (the library's class path, no Spark) from what the run wrote into the staging folder. It
 * does not repeat the study, which at Spark's scale would not fit on one machine; it reads {@code summary.json}, the
 * labelled customers' Parquet files through DuckDB (aggregates over all customers; a seeded sample of at most
 * {@value #SAMPLE} customers for the charts that draw customers one by one) and the profile aggregates Spark counted,
 * passed in its parameter file so that its profiles, names, cards and playbook actions are made by the library from
 * the very numbers {@code summary.json} and {@code profiles.csv} were made from.
 *
 * <p>The parameters (the JSON file named by {@value NotebookParameters#ENVIRONMENT_VARIABLE}):
 * <ul>
 *   <li>{@code outputs}: the folder holding the run's outputs (the staging folder, local);</li>
 *   <li>{@code customers}: the labelled customers' Parquet folder in it ({@code segments.parquet} or
 *   {@code customers.parquet});</li>
 *   <li>{@code sample}: the most customers the per-customer charts draw;</li>
 *   <li>{@code aggregates}: the {@link SegmentAggregates} of the profiles, field by field as the record names them
 *   (a statistic that is not a number, as in a segment whose values are all missing, is null).</li>
 * </ul>
 */
final class SparkReport {

    /** The most customers the report's per-customer charts draw: a seeded sample of that many from the Parquet files. */
    static final int SAMPLE = 3000;

    private SparkReport() {
    }

    /**
     * Executes the report notebook on the outputs in {@code staging} and writes {@code report.html} there.
     *
     * @param staging the local folder holding {@code summary.json} and the labelled customers' Parquet folder
     * @param customersFolder the Parquet folder's name ({@code segments.parquet} or {@code customers.parquet})
     * @param aggregates the profile aggregates Spark counted
     * @throws CommandFailure if the notebook fails (with the end of its log and the advice to add --no-report)
     */
    static void write(Path staging, String customersFolder, SegmentAggregates aggregates) {
        NotebookReport.write(NotebookReport.SPARK_NOTEBOOK, parameters(staging, customersFolder, aggregates),
                staging.resolve("report.html"));
    }

    /** @return the notebook's parameters, as nested maps and lists */
    static Map<String, Object> parameters(Path staging, String customersFolder, SegmentAggregates aggregates) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("outputs", staging.toAbsolutePath().normalize().toString());
        p.put("customers", customersFolder);
        p.put("sample", SAMPLE);
        p.put("aggregates", aggregates(aggregates));
        return p;
    }

    /** @return the aggregates, field by field as {@link SegmentAggregates} and its records name them */
    static Map<String, Object> aggregates(SegmentAggregates aggregates) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("tableName", aggregates.tableName());
        a.put("method", aggregates.method());
        a.put("sizes", aggregates.sizes());
        List<Map<String, Object>> numeric = new ArrayList<>();
        for (SegmentAggregates.NumericSummaries column : aggregates.numeric()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column.column());
            entry.put("population", summary(column.population()));
            entry.put("segments", column.segments().stream().map(SparkReport::summary).toList());
            numeric.add(entry);
        }
        a.put("numeric", numeric);
        List<Map<String, Object>> categorical = new ArrayList<>();
        for (SegmentAggregates.CategoryCounts column : aggregates.categorical()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("column", column.column());
            entry.put("segments", column.segments());
            entry.put("missing", column.missing());
            categorical.add(entry);
        }
        a.put("categorical", categorical);
        return a;
    }

    private static Map<String, Object> summary(NumericSummary summary) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("count", summary.count());
        s.put("missing", summary.missing());
        s.put("mean", Json.number(summary.mean()));
        s.put("standardDeviation", Json.number(summary.standardDeviation()));
        s.put("median", Json.number(summary.median()));
        s.put("lowerTertile", Json.number(summary.lowerTertile()));
        s.put("upperTertile", Json.number(summary.upperTertile()));
        s.put("minimum", Json.number(summary.minimum()));
        s.put("maximum", Json.number(summary.maximum()));
        return s;
    }
}
