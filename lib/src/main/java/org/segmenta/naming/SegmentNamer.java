package org.segmenta.naming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.segmenta.profiling.SegmentProfiles;

/**
 * Names segments from their levels on chosen features: each segment's mean (or median) is compared with the tertiles
 * of all customers ({@link Level}: Low / Mid / High), and the name joins "level label" for each chosen feature with
 * {@value SegmentNames#SEPARATOR}, e.g. "High income · Low spending". Labels are short words the user gives per column
 * (default: the column name). Configurations are immutable: every method returns a new namer.
 *
 * <pre>{@code
 * SegmentNames names = SegmentNamer.by("Annual Income (k$)", "income")
 *         .and("Spending Score (1-100)", "spending")
 *         .name(profiles);
 * }</pre>
 *
 * <p><b>Duplicate names.</b> When several segments get the same name, the namer looks among the other profiled numeric
 * columns for the one whose levels differ most among those segments (most distinct levels; ties: the widest spread of
 * standardised differences, then column order) and appends its "level label" to each of them, e.g.
 * "Mid income · Mid spending · High age". Segments whose names still coincide get " (2)", " (3)", … in segment order.
 */
public final class SegmentNamer {

    private final List<String> columns;
    private final Map<String, String> labels;
    private final CentralValue centralValue;

    private SegmentNamer(List<String> columns, Map<String, String> labels, CentralValue centralValue) {
        this.columns = List.copyOf(columns);
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.centralValue = centralValue;
    }

    /** @return a namer that names by {@code column}, shown as {@code label} (e.g. "income") */
    public static SegmentNamer by(String column, String label) {
        return new SegmentNamer(List.of(), Map.of(), CentralValue.MEAN).and(column, label);
    }

    /** @return a namer that names by {@code column}, shown under its own name */
    public static SegmentNamer by(String column) {
        return by(column, column);
    }

    /**
     * @return a copy that also names by {@code column}, shown as {@code label}; name parts follow the order of the calls
     * @throws IllegalArgumentException if the column is already chosen or the label is blank
     */
    public SegmentNamer and(String column, String label) {
        if (columns.contains(column)) {
            throw new IllegalArgumentException("column '" + column + "' is already part of the names " + columns
                    + "; choose each column once.");
        }
        List<String> more = new ArrayList<>(columns);
        more.add(column);
        return new SegmentNamer(more, withLabel(column, label), centralValue);
    }

    /** @return a copy that also names by {@code column}, shown under its own name */
    public SegmentNamer and(String column) {
        return and(column, column);
    }

    /**
     * @return a copy that shows {@code column} as {@code label} when it is used to tell duplicate names apart (columns
     *     not named by default to their own name)
     */
    public SegmentNamer label(String column, String label) {
        return new SegmentNamer(columns, withLabel(column, label), centralValue);
    }

    /** @return a copy that judges levels from segment means or medians (default: {@link CentralValue#MEAN}) */
    public SegmentNamer using(CentralValue centralValue) {
        return new SegmentNamer(columns, labels, centralValue);
    }

    private Map<String, String> withLabel(String column, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("the label of column '" + column + "' is blank; give a short word "
                    + "such as \"income\", or leave the label out to use the column name.");
        }
        Map<String, String> more = new LinkedHashMap<>(labels);
        more.put(column, label);
        return more;
    }

    /** @return the columns names are built from, in order */
    public List<String> columns() {
        return columns;
    }

    /**
     * Names every segment.
     *
     * @param profiles profiles that include every chosen column as a numeric column
     * @return one distinct name per segment
     * @throws IllegalArgumentException if a chosen column was not profiled as numeric
     */
    public SegmentNames name(SegmentProfiles profiles) {
        for (String column : columns) {
            if (!profiles.numericColumns().contains(column)) {
                throw new IllegalArgumentException("cannot name segments by '" + column + "': it is not among the "
                        + "profiled numeric columns " + profiles.numericColumns()
                        + ". Add it to the numeric columns of SegmentProfiles.of.");
            }
        }
        FeatureLevels levels = FeatureLevels.of(profiles, centralValue);
        int k = profiles.k();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            List<String> parts = new ArrayList<>();
            for (String column : columns) {
                parts.add(part(levels, s, column));
            }
            names.add(String.join(SegmentNames.SEPARATOR, parts));
        }
        for (List<Integer> group : duplicates(names)) {
            String tiebreaker = mostSeparating(levels, group);
            if (tiebreaker != null) {
                for (int s : group) {
                    names.set(s, names.get(s) + SegmentNames.SEPARATOR + part(levels, s, tiebreaker));
                }
            }
        }
        for (List<Integer> group : duplicates(names)) {
            for (int i = 1; i < group.size(); i++) {
                names.set(group.get(i), names.get(group.get(i)) + " (" + (i + 1) + ")");
            }
        }
        return SegmentNames.of(names);
    }

    private String part(FeatureLevels levels, int segment, String column) {
        return levels.level(segment, column).word() + " " + labels.getOrDefault(column, column);
    }

    /** Groups of segment indices (each in increasing order) that share a name; only groups of two or more. */
    private static List<List<Integer>> duplicates(List<String> names) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int s = 0; s < names.size(); s++) {
            byName.computeIfAbsent(names.get(s), name -> new ArrayList<>()).add(s);
        }
        return byName.values().stream().filter(group -> group.size() > 1).toList();
    }

    /** The unchosen profiled column whose levels best tell the group apart, or null if none separates any two. */
    private String mostSeparating(FeatureLevels levels, List<Integer> group) {
        String best = null;
        int bestDistinct = 1;
        double bestSpread = -1;
        for (String column : levels.profiles().numericColumns()) {
            if (columns.contains(column)) {
                continue;
            }
            Set<Level> distinct = group.stream().map(s -> levels.level(s, column))
                    .collect(Collectors.toCollection(TreeSet::new));
            double[] differences = group.stream().mapToDouble(s -> levels.profiles().profile(s).numeric(column)
                    .standardisedDifference()).toArray();
            double spread = Arrays.stream(differences).max().orElse(0)
                    - Arrays.stream(differences).min().orElse(0);
            if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && best != null
                    && spread > bestSpread)) {
                best = column;
                bestDistinct = distinct.size();
                bestSpread = spread;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "SegmentNamer[" + columns.stream().map(c -> c + " as '" + labels.get(c) + "'").toList() + ", "
                + centralValue.name().toLowerCase() + " vs tertiles]";
    }
}
