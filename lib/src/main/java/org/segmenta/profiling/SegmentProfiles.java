package org.segmenta.profiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmenta.clustering.Segmentation;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Profiles of every segment of a segmentation: for each segment a {@link SegmentProfile}, plus the statistics of all
 * customers they are compared with, and tables for notebooks. Works on any customer table and any columns, whether or
 * not they were clustering features; missing values are skipped and counted.
 *
 * <pre>{@code
 * SegmentProfiles profiles = SegmentProfiles.of(mall, segments,
 *         List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), List.of("Gender"));
 * profiles.profile(0).highlights(3);      // what sets Segment 1 apart, in words
 * Show.table(profiles.table());           // one row per segment, then "All customers"
 * Show.table(profiles.numericTable());    // long format: segment × feature, mean, median, lift, sd difference
 * }</pre>
 *
 * <p>Profiles are made from {@link SegmentAggregates} (sizes, numeric summaries, category counts per segment): counted
 * here from a table, or counted elsewhere and passed to {@link #of(SegmentAggregates)}, e.g. by Spark where the
 * customers never come to one machine; either way names, cards and the playbook work on the result alike.
 *
 * <p>Comparisons are documented on {@link NumericFeatureProfile} (lift and standardised difference) and
 * {@link CategoryShare}; rankings rank by |standardised difference|.
 */
public final class SegmentProfiles {

    /** Label of the row or column that describes all customers together. */
    public static final String ALL_CUSTOMERS = "All customers";

    private final Segmentation segmentation;
    private final String method;
    private final String tableName;
    private final int customers;
    private final List<String> numericColumns;
    private final List<String> categoricalColumns;
    private final Map<String, NumericSummary> population;
    private final Map<String, Integer> populationMissingCategories;
    private final List<SegmentProfile> profiles;

    /** @param segmentation the segments profiled, or null when the profiles were made from aggregates alone */
    private SegmentProfiles(Segmentation segmentation, SegmentAggregates aggregates) {
        this.segmentation = segmentation;
        this.method = aggregates.method();
        this.tableName = aggregates.tableName();
        this.customers = aggregates.customers();
        this.numericColumns = aggregates.numeric().stream().map(SegmentAggregates.NumericSummaries::column).toList();
        this.categoricalColumns = aggregates.categorical().stream().map(SegmentAggregates.CategoryCounts::column)
                .toList();
        int k = aggregates.k();
        Map<String, NumericSummary> populations = new LinkedHashMap<>();
        List<List<NumericFeatureProfile>> numeric = new ArrayList<>();
        List<List<CategoricalFeatureProfile>> categorical = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            numeric.add(new ArrayList<>());
            categorical.add(new ArrayList<>());
        }
        for (SegmentAggregates.NumericSummaries column : aggregates.numeric()) {
            populations.put(column.column(), column.population());
            for (int s = 0; s < k; s++) {
                numeric.get(s).add(new NumericFeatureProfile(column.column(), column.segments().get(s),
                        column.population()));
            }
        }
        Map<String, Integer> populationMissing = new LinkedHashMap<>();
        for (SegmentAggregates.CategoryCounts column : aggregates.categorical()) {
            populationMissing.put(column.column(), column.missing().stream().mapToInt(Integer::intValue).sum());
            List<CategoricalFeatureProfile> perSegment = categoryProfiles(column);
            for (int s = 0; s < k; s++) {
                categorical.get(s).add(perSegment.get(s));
            }
        }
        List<SegmentProfile> all = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            int size = aggregates.sizes().get(s);
            all.add(new SegmentProfile(s, size, (double) size / customers, numeric.get(s), categorical.get(s)));
        }
        this.population = Collections.unmodifiableMap(populations);
        this.populationMissingCategories = Collections.unmodifiableMap(populationMissing);
        this.profiles = List.copyOf(all);
    }

    /**
     * Profiles segments on numeric columns only.
     *
     * @see #of(Table, Segmentation, List, List)
     */
    public static SegmentProfiles of(Table customers, Segmentation segmentation, String... numericColumns) {
        return of(customers, segmentation, List.of(numericColumns), List.of());
    }

    /**
     * Profiles every segment on the given columns: counts their {@link #aggregates aggregates} and makes the profiles
     * from them as {@link #of(SegmentAggregates)} does.
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param numericColumns numeric columns to summarise (mean, median, tertiles, lift, standardised difference)
     * @param categoricalColumns columns whose values are categories (text, or codes such as 0/1); any column type
     * @return the profiles
     * @throws IllegalArgumentException if the table's rows do not match the segmentation, no column is given, a column
     *     is named twice, unknown, or (for {@code numericColumns}) not numeric
     */
    public static SegmentProfiles of(Table customers, Segmentation segmentation, List<String> numericColumns,
            List<String> categoricalColumns) {
        return new SegmentProfiles(segmentation, aggregates(customers, segmentation, numericColumns,
                categoricalColumns));
    }

    /**
     * Profiles segments from their aggregates alone (sizes, numeric summaries, category counts), e.g. counted by Spark
     * where the customers never come to one machine. The profiles are those {@link #of(Table, Segmentation, List,
     * List)} makes from a table with the same aggregates; they have no {@link #segmentation()}.
     *
     * @param aggregates the segments' aggregates, checked when they were made
     * @return the profiles
     */
    public static SegmentProfiles of(SegmentAggregates aggregates) {
        return new SegmentProfiles(null, aggregates);
    }

    /**
     * Counts what profiles are made of, from a table and its segments: a {@link NumericSummary} per numeric column
     * and segment and over all customers, and the count of every category value in every segment (a value is a
     * cell's unformatted text; missing cells are counted apart).
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param numericColumns numeric columns to summarise
     * @param categoricalColumns columns whose values are categories; any column type
     * @return the aggregates, named after the table and the segmentation's method
     * @throws IllegalArgumentException as {@link #of(Table, Segmentation, List, List)}
     */
    public static SegmentAggregates aggregates(Table customers, Segmentation segmentation, List<String> numericColumns,
            List<String> categoricalColumns) {
        check(customers, segmentation, numericColumns, categoricalColumns);
        int k = segmentation.k();
        int[] labels = segmentation.labels();
        List<SegmentAggregates.NumericSummaries> numeric = new ArrayList<>();
        for (String name : numericColumns) {
            double[] values = values((NumericColumn<?>) customers.column(name));
            List<NumericSummary> perSegment = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                perSegment.add(NumericSummary.of(valuesOf(values, labels, s)));
            }
            numeric.add(new SegmentAggregates.NumericSummaries(name, NumericSummary.of(values), perSegment));
        }
        List<SegmentAggregates.CategoryCounts> categorical = new ArrayList<>();
        for (String name : categoricalColumns) {
            categorical.add(categoryCounts(customers.column(name), labels, k));
        }
        return new SegmentAggregates(customers.name(), segmentation.method(),
                Arrays.stream(segmentation.sizes()).boxed().toList(), numeric, categorical);
    }

    private static void check(Table customers, Segmentation segmentation, List<String> numericColumns,
            List<String> categoricalColumns) {
        segmentation.requireRowsOf(customers);
        if (numericColumns.isEmpty() && categoricalColumns.isEmpty()) {
            throw new IllegalArgumentException("choose at least one column to profile; columns of table '"
                    + customers.name() + "': " + customers.columnNames());
        }
        Set<String> seen = new HashSet<>();
        for (String name : concat(numericColumns, categoricalColumns)) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column '" + name + "' is named twice; profile each column once, "
                        + "either as numeric or as categorical.");
            }
            if (!customers.containsColumn(name)) {
                throw new IllegalArgumentException("unknown column '" + name + "' in table '" + customers.name()
                        + "'. Columns available: " + customers.columnNames());
            }
        }
        for (String name : numericColumns) {
            if (!(customers.column(name) instanceof NumericColumn<?>)) {
                throw new IllegalArgumentException("column '" + name + "' of table '" + customers.name() + "' is "
                        + customers.column(name).type().name().toLowerCase() + ", not numeric, so it has no mean. "
                        + "Profile it as a categorical column instead.");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double[] values(NumericColumn<?> column) {
        double[] values = new double[column.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.isMissing(i) ? Double.NaN : column.getDouble(i);
        }
        return values;
    }

    private static double[] valuesOf(double[] values, int[] labels, int segment) {
        double[] selected = new double[values.length];
        int next = 0;
        for (int i = 0; i < values.length; i++) {
            if (labels[i] == segment) {
                selected[next++] = values[i];
            }
        }
        return Arrays.copyOf(selected, next);
    }

    private static SegmentAggregates.CategoryCounts categoryCounts(Column<?> column, int[] labels, int k) {
        List<Map<String, Integer>> bySegment = new ArrayList<>();
        Integer[] missing = new Integer[k];
        for (int s = 0; s < k; s++) {
            bySegment.add(new LinkedHashMap<>());
            missing[s] = 0;
        }
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i)) {
                missing[labels[i]]++;
            } else {
                bySegment.get(labels[i]).merge(column.getUnformattedString(i), 1, Integer::sum);
            }
        }
        return new SegmentAggregates.CategoryCounts(column.name(), bySegment, List.of(missing));
    }

    /**
     * One profile per segment from a column's counts: every value seen among all customers, most common overall first
     * (ties: alphabetical), with its share of the segment's and of all customers' present values.
     */
    private static List<CategoricalFeatureProfile> categoryProfiles(SegmentAggregates.CategoryCounts counts) {
        int k = counts.segments().size();
        Map<String, Integer> overall = new LinkedHashMap<>();
        int[] present = new int[k];
        for (int s = 0; s < k; s++) {
            for (Map.Entry<String, Integer> entry : counts.segments().get(s).entrySet()) {
                overall.merge(entry.getKey(), entry.getValue(), Integer::sum);
                present[s] += entry.getValue();
            }
        }
        int presentOverall = Arrays.stream(present).sum();
        List<String> values = new ArrayList<>(overall.keySet());
        values.sort(Comparator.comparing((String v) -> -overall.get(v)).thenComparing(Comparator.naturalOrder()));
        List<CategoricalFeatureProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            List<CategoryShare> shares = new ArrayList<>();
            for (String value : values) {
                int count = counts.segments().get(s).getOrDefault(value, 0);
                shares.add(new CategoryShare(counts.column(), value, count,
                        present[s] == 0 ? Double.NaN : (double) count / present[s],
                        (double) overall.get(value) / presentOverall));
            }
            profiles.add(new CategoricalFeatureProfile(counts.column(), shares, counts.missing().get(s)));
        }
        return profiles;
    }

    /**
     * @return the segmentation profiled
     * @throws IllegalStateException if the profiles were made from aggregates alone ({@link #of(SegmentAggregates)}),
     *     which hold no customer's segment
     */
    public Segmentation segmentation() {
        if (segmentation == null) {
            throw new IllegalStateException("these profiles were made from segment aggregates (" + method + " on '"
                    + tableName + "'), which hold no customer's segment; use the labelled customers themselves.");
        }
        return segmentation;
    }

    /** @return how the segments were made, e.g. "k-means (k = 5, …)", as captions show it */
    public String method() {
        return method;
    }

    /** @return the number of segments */
    public int k() {
        return profiles.size();
    }

    /** @return the number of customers (rows of the table) */
    public int customers() {
        return customers;
    }

    /** @return the profiles, Segment 1 first */
    public List<SegmentProfile> profiles() {
        return profiles;
    }

    /** @return the profile of segment {@code segment} ({@code 0 .. k-1}) */
    public SegmentProfile profile(int segment) {
        if (segment < 0 || segment >= profiles.size()) {
            throw new IllegalArgumentException("segment index " + segment + " is outside 0.." + (profiles.size() - 1)
                    + " (Segment n has index n - 1)");
        }
        return profiles.get(segment);
    }

    /** @return the numeric columns profiled, in the order given */
    public List<String> numericColumns() {
        return numericColumns;
    }

    /** @return the categorical columns profiled, in the order given */
    public List<String> categoricalColumns() {
        return categoricalColumns;
    }

    /**
     * @return the statistics of numeric column {@code column} over all customers (mean, sd, median, tertiles,
     *     missing count)
     * @throws IllegalArgumentException if the column was not profiled as numeric
     */
    public NumericSummary population(String column) {
        NumericSummary summary = population.get(column);
        if (summary == null) {
            throw new IllegalArgumentException("'" + column + "' is not a profiled numeric column; profiled: "
                    + numericColumns);
        }
        return summary;
    }

    /**
     * One row per segment then "All customers": {@code Segment}, {@code Customers}, {@code Share (%)},
     * {@code Mean <column>} for each numeric column and {@code <column> = <value> (%)} for each category value.
     * On numeric columns only, this is the table {@link SegmentSummary} shows.
     */
    public Table table() {
        StringColumn segments = StringColumn.create("Segment");
        IntColumn sizes = IntColumn.create("Customers");
        DoubleColumn shares = percentColumn("Share (%)");
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(segments, sizes, shares));
        for (SegmentProfile profile : profiles) {
            segments.append(profile.label());
            sizes.append(profile.size());
            // One rounding (100 × size is exact), so 7 of 200 customers are 3.5 %, not 3.5000000000000004 %.
            shares.append(100.0 * profile.size() / customers);
        }
        segments.append(ALL_CUSTOMERS);
        sizes.append(customers);
        shares.append(100.0);
        for (String name : numericColumns) {
            DoubleColumn means = DoubleColumn.create("Mean " + name);
            means.setPrintFormatter(Decimals.column(2));
            profiles.forEach(p -> means.append(p.numeric(name).mean()));
            means.append(population.get(name).mean());
            columns.add(means);
        }
        for (String name : categoricalColumns) {
            for (CategoryShare overall : profiles.get(0).categorical(name).shares()) {
                DoubleColumn valueShares = percentColumn(overall.feature() + " (%)");
                profiles.forEach(p -> valueShares.append(100 * p.categorical(name).share(overall.value())
                        .orElseThrow().share()));
                valueShares.append(100 * overall.populationShare());
                columns.add(valueShares);
            }
        }
        return Table.create(caption("Segment profiles"), columns);
    }

    /**
     * Long format, one row per segment and numeric column: {@code Segment}, {@code Feature}, {@code Mean},
     * {@code Median}, {@code Overall mean}, {@code Overall median}, {@code Lift (× overall mean)},
     * {@code Difference (sd)} (standardised difference) and {@code Missing} (values skipped).
     */
    public Table numericTable() {
        StringColumn segments = StringColumn.create("Segment");
        StringColumn features = StringColumn.create("Feature");
        DoubleColumn means = decimalColumn("Mean", 2);
        DoubleColumn medians = decimalColumn("Median", 2);
        DoubleColumn overallMeans = decimalColumn("Overall mean", 2);
        DoubleColumn overallMedians = decimalColumn("Overall median", 2);
        DoubleColumn lifts = decimalColumn("Lift (× overall mean)", 2);
        DoubleColumn differences = decimalColumn("Difference (sd)", 2);
        IntColumn missing = IntColumn.create("Missing");
        for (SegmentProfile profile : profiles) {
            for (NumericFeatureProfile feature : profile.numeric()) {
                segments.append(profile.label());
                features.append(feature.column());
                means.append(feature.mean());
                medians.append(feature.median());
                overallMeans.append(feature.populationMean());
                overallMedians.append(feature.populationMedian());
                lifts.append(feature.lift());
                differences.append(feature.standardisedDifference());
                missing.append(feature.missing());
            }
        }
        return Table.create(caption("Numeric profiles") + "; Difference (sd) = (segment mean − overall mean) ÷ "
                + "overall standard deviation", segments, features, means, medians, overallMeans, overallMedians,
                lifts, differences, missing);
    }

    /**
     * Long format, one row per segment, categorical column and value: {@code Segment}, {@code Column}, {@code Value},
     * {@code Customers}, {@code Share (%)}, {@code Overall share (%)}, {@code Difference (sd)} and {@code Missing}
     * (the segment's customers without a value in that column).
     */
    public Table categoryTable() {
        StringColumn segments = StringColumn.create("Segment");
        StringColumn columnNames = StringColumn.create("Column");
        StringColumn values = StringColumn.create("Value");
        IntColumn counts = IntColumn.create("Customers");
        DoubleColumn shares = percentColumn("Share (%)");
        DoubleColumn overallShares = percentColumn("Overall share (%)");
        DoubleColumn differences = decimalColumn("Difference (sd)", 2);
        IntColumn missing = IntColumn.create("Missing");
        for (SegmentProfile profile : profiles) {
            for (CategoricalFeatureProfile column : profile.categorical()) {
                for (CategoryShare share : column.shares()) {
                    segments.append(profile.label());
                    columnNames.append(share.column());
                    values.append(share.value());
                    counts.append(share.count());
                    shares.append(100 * share.share());
                    overallShares.append(100 * share.populationShare());
                    differences.append(share.standardisedDifference());
                    missing.append(column.missing());
                }
            }
        }
        return Table.create(caption("Category shares"), segments, columnNames, values, counts, shares, overallShares,
                differences, missing);
    }

    /**
     * What sets each segment apart, ranked: {@code Segment}, {@code Rank}, {@code Feature}, {@code Difference (sd)}
     * and {@code What sets it apart} (the phrase), at most {@code perSegment} rows per segment.
     */
    public Table distinctionsTable(int perSegment) {
        if (perSegment < 1) {
            throw new IllegalArgumentException("show at least one distinction per segment, got " + perSegment);
        }
        StringColumn segments = StringColumn.create("Segment");
        IntColumn ranks = IntColumn.create("Rank");
        StringColumn features = StringColumn.create("Feature");
        DoubleColumn differences = decimalColumn("Difference (sd)", 2);
        StringColumn phrases = StringColumn.create("What sets it apart");
        for (SegmentProfile profile : profiles) {
            List<Distinction> ranked = profile.distinctions();
            for (int r = 0; r < Math.min(perSegment, ranked.size()); r++) {
                segments.append(profile.label());
                ranks.append(r + 1);
                features.append(ranked.get(r).feature());
                differences.append(ranked.get(r).standardisedDifference());
                phrases.append(ranked.get(r).phrase());
            }
        }
        return Table.create(caption("What sets each segment apart"), segments, ranks, features, differences,
                phrases);
    }

    /**
     * Missing values per profiled column: {@code Column}, {@code Missing} over all customers, then one column per
     * segment. Missing values are skipped in every statistic.
     */
    public Table missingTable() {
        StringColumn names = StringColumn.create("Column");
        IntColumn overall = IntColumn.create("Missing");
        List<IntColumn> perSegment = new ArrayList<>();
        for (SegmentProfile profile : profiles) {
            perSegment.add(IntColumn.create(profile.label()));
        }
        for (String name : numericColumns) {
            names.append(name);
            overall.append(population.get(name).missing());
            for (SegmentProfile profile : profiles) {
                perSegment.get(profile.segment()).append(profile.numeric(name).missing());
            }
        }
        for (String name : categoricalColumns) {
            names.append(name);
            overall.append(populationMissingCategories.get(name));
            for (SegmentProfile profile : profiles) {
                perSegment.get(profile.segment()).append(profile.categorical(name).missing());
            }
        }
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(names, overall));
        columns.addAll(perSegment);
        return Table.create(caption("Missing values skipped"), columns);
    }

    private String caption(String what) {
        return what + ": " + method + ", k = " + k() + ", " + customers + " customers of '"
                + tableName + "'";
    }

    private static DoubleColumn percentColumn(String name) {
        return decimalColumn(name, 1);
    }

    private static DoubleColumn decimalColumn(String name, int digits) {
        DoubleColumn column = DoubleColumn.create(name);
        column.setPrintFormatter(Decimals.column(digits));
        return column;
    }

    @Override
    public String toString() {
        return "SegmentProfiles[" + method + ", k = " + k() + ", " + customers + " customers, numeric "
                + numericColumns + ", categorical " + categoricalColumns + "]";
    }
}
