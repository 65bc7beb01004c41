package org.segmenta.profiling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small numbers segment profiles are made of, whoever counted them: the segment sizes, a {@link NumericSummary}
 * per numeric column for every segment and for all customers, and per categorical column the count of every value in
 * every segment. {@link SegmentProfiles#of(SegmentAggregates)} turns them into profiles; the library counts them from
 * a table ({@link SegmentProfiles#of(tech.tablesaw.api.Table, org.segmenta.clustering.Segmentation, List, List)}), an
 * engine such as Spark from data that never comes to one machine. Their size depends on k and the columns, not on the
 * number of customers.
 *
 * <pre>{@code
 * SegmentAggregates aggregates = new SegmentAggregates("shop", "k-means", List.of(120, 80),
 *         List.of(new NumericSummaries("Spend", population, List.of(segment1, segment2))),
 *         List.of(new CategoryCounts("Gender", List.of(Map.of("F", 70, "M", 50), Map.of("F", 30, "M", 50)),
 *                 List.of(0, 0))));
 * SegmentProfiles profiles = SegmentProfiles.of(aggregates);
 * }</pre>
 *
 * @param tableName the name of the customer table, for captions
 * @param method how the segments were made (e.g. "k-means, k = 5"), for captions
 * @param sizes the number of customers of each segment, segment index {@code 0 .. k-1} (Segment 1 first)
 * @param numeric the numeric columns profiled, in the order given
 * @param categorical the categorical columns profiled, in the order given
 */
public record SegmentAggregates(String tableName, String method, List<Integer> sizes, List<NumericSummaries> numeric,
        List<CategoryCounts> categorical) {

    /**
     * Checks that the aggregates fit together, and copies them.
     *
     * @throws IllegalArgumentException naming the column and segment when there is no segment or no column, a size is
     *     below 1, a column is named twice, a column has summaries or counts for another number of segments, or a
     *     segment's present and missing values do not add up to its size
     */
    public SegmentAggregates {
        sizes = List.copyOf(sizes);
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("segment aggregates need at least one segment; the sizes are empty");
        }
        for (int s = 0; s < sizes.size(); s++) {
            if (sizes.get(s) < 1) {
                throw new IllegalArgumentException("segment index " + s + " has " + sizes.get(s) + " customers; "
                        + "every segment 0.." + (sizes.size() - 1) + " needs at least one. Number the segments "
                        + "0..k-1 without gaps.");
            }
        }
        if (numeric.isEmpty() && categorical.isEmpty()) {
            throw new IllegalArgumentException("choose at least one column to profile; the aggregates of table '"
                    + tableName + "' have none");
        }
        Set<String> seen = new HashSet<>();
        for (NumericSummaries column : numeric) {
            requireOnce(seen, column.column());
            requireSegments(column.column(), column.segments().size(), sizes.size());
            for (int s = 0; s < sizes.size(); s++) {
                NumericSummary summary = column.segments().get(s);
                requireAddsUp(column.column(), s, summary.count() + summary.missing(), sizes.get(s));
            }
        }
        for (CategoryCounts column : categorical) {
            requireOnce(seen, column.column());
            requireSegments(column.column(), column.segments().size(), sizes.size());
            for (int s = 0; s < sizes.size(); s++) {
                int present = column.segments().get(s).values().stream().mapToInt(Integer::intValue).sum();
                requireAddsUp(column.column(), s, present + column.missing().get(s), sizes.get(s));
            }
        }
    }

    private static void requireOnce(Set<String> seen, String column) {
        if (!seen.add(column)) {
            throw new IllegalArgumentException("column '" + column + "' is named twice; profile each column once, "
                    + "either as numeric or as categorical.");
        }
    }

    private static void requireSegments(String column, int given, int k) {
        if (given != k) {
            throw new IllegalArgumentException("column '" + column + "' has aggregates for " + given + " segments, "
                    + "but there are " + k + " segment sizes; give one entry per segment, Segment 1 first.");
        }
    }

    private static void requireAddsUp(String column, int segment, int counted, int size) {
        if (counted != size) {
            throw new IllegalArgumentException("column '" + column + "' counts " + counted + " values (present and "
                    + "missing) in segment index " + segment + ", which has " + size + " customers; the aggregates "
                    + "must come from the same customers as the sizes.");
        }
    }

    /** @return the number of segments */
    public int k() {
        return sizes.size();
    }

    /** @return the number of customers, the sum of the sizes */
    public int customers() {
        return sizes.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The statistics of one numeric column, per segment and over all customers (missing values skipped and counted, as
     * {@link NumericSummary} defines).
     *
     * @param column the column's name
     * @param population the statistics over all customers
     * @param segments the statistics within each segment, Segment 1 first
     */
    public record NumericSummaries(String column, NumericSummary population, List<NumericSummary> segments) {

        /** Copies the list. */
        public NumericSummaries {
            segments = List.copyOf(segments);
        }
    }

    /**
     * How often each value of one categorical column occurs in each segment.
     *
     * @param column the column's name
     * @param segments per segment (Segment 1 first), each value present in it and how many of its customers have it;
     *     values a segment lacks may be left out
     * @param missing per segment, how many of its customers have no value in this column
     */
    public record CategoryCounts(String column, List<Map<String, Integer>> segments, List<Integer> missing) {

        /** Copies the counts. */
        public CategoryCounts {
            List<Map<String, Integer>> copies = new ArrayList<>();
            for (Map<String, Integer> counts : segments) {
                copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
            }
            segments = List.copyOf(copies);
            missing = List.copyOf(missing);
            if (missing.size() != segments.size()) {
                throw new IllegalArgumentException("column '" + column + "' has value counts for " + segments.size()
                        + " segments but missing counts for " + missing.size() + "; give both for every segment.");
            }
        }
    }
}
