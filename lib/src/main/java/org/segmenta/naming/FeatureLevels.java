package org.segmenta.naming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.profiling.NumericFeatureProfile;
import org.segmenta.profiling.SegmentProfile;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Low / Mid / High for every segment on every profiled numeric column: the segment's mean (or median) against the
 * tertiles of all customers ({@link LevelThresholds}, which also says what happens when ties make tertiles unusable).
 * Names and playbook rules are built on these levels. Immutable.
 *
 * <pre>{@code
 * FeatureLevels levels = FeatureLevels.of(profiles);                       // segment means vs tertiles
 * levels.level(2, "Annual Income (k$)");                                   // HIGH
 * Show.table(levels.table());
 * }</pre>
 */
public final class FeatureLevels {

    private final SegmentProfiles profiles;
    private final CentralValue centralValue;
    private final List<Map<String, Level>> levels;

    private FeatureLevels(SegmentProfiles profiles, CentralValue centralValue) {
        this.profiles = profiles;
        this.centralValue = centralValue;
        List<Map<String, Level>> all = new ArrayList<>();
        for (SegmentProfile profile : profiles.profiles()) {
            Map<String, Level> segmentLevels = new LinkedHashMap<>();
            for (NumericFeatureProfile feature : profile.numeric()) {
                segmentLevels.put(feature.column(),
                        LevelThresholds.of(feature.population()).levelOf(centralValue.of(feature)));
            }
            all.add(Collections.unmodifiableMap(segmentLevels));
        }
        this.levels = List.copyOf(all);
    }

    /**
     * @param profiles the profiles to judge; every profiled numeric column gets levels
     * @return the levels of segment means against the population tertiles
     */
    public static FeatureLevels of(SegmentProfiles profiles) {
        return of(profiles, CentralValue.MEAN);
    }

    /**
     * @param profiles the profiles to judge; every profiled numeric column gets levels
     * @param centralValue whether segment means or medians are compared with the tertiles
     * @return the levels
     */
    public static FeatureLevels of(SegmentProfiles profiles, CentralValue centralValue) {
        return new FeatureLevels(profiles, centralValue);
    }

    /**
     * @param segment the segment index, {@code 0 .. k-1}
     * @param column a profiled numeric column
     * @return the segment's level on that column
     * @throws IllegalArgumentException if the segment or column is unknown
     */
    public Level level(int segment, String column) {
        profiles.profile(segment); // checks the index, naming the valid range
        Level level = levels.get(segment).get(column);
        if (level == null) {
            throw new IllegalArgumentException("'" + column + "' is not a profiled numeric column, so it has no "
                    + "level; profiled: " + profiles.numericColumns()
                    + ". Add it to the numeric columns of SegmentProfiles.of.");
        }
        return level;
    }

    /**
     * @param column a profiled numeric column
     * @return the cut points used for {@code column}
     * @throws IllegalArgumentException if the column was not profiled as numeric
     */
    public LevelThresholds thresholds(String column) {
        return LevelThresholds.of(profiles.population(column));
    }

    /** @return whether {@code column} was profiled as numeric (and so has levels) */
    public boolean has(String column) {
        return profiles.numericColumns().contains(column);
    }

    /** @return the profiles the levels were judged from */
    public SegmentProfiles profiles() {
        return profiles;
    }

    /** @return whether segment means or medians were compared with the tertiles */
    public CentralValue centralValue() {
        return centralValue;
    }

    /** @return the number of segments */
    public int k() {
        return levels.size();
    }

    /** @return {@code Segment}, then one column per profiled numeric column holding Low / Mid / High */
    public Table table() {
        StringColumn segments = StringColumn.create("Segment");
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(segments));
        profiles.profiles().forEach(p -> segments.append(p.label()));
        for (String name : profiles.numericColumns()) {
            StringColumn column = StringColumn.create(name);
            for (int s = 0; s < k(); s++) {
                column.append(level(s, name).word());
            }
            columns.add(column);
        }
        return Table.create("Levels: segment " + centralValue.name().toLowerCase()
                + " against the tertiles of all customers (mean ± 0.43 sd where ties make tertiles unusable)", columns);
    }
}
