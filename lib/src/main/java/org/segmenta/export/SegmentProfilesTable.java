package org.segmenta.export;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.CategoryShare;
import org.segmenta.profiling.NumericFeatureProfile;
import org.segmenta.profiling.SegmentProfile;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The segment profiles for export, one row per named segment: {@code segment} (1..k), {@code segment_name},
 * {@code customers}, {@code share (%)}, then for each profiled numeric column {@code mean: <column>},
 * {@code median: <column>} and {@code difference (sd): <column>}, and for each category value
 * {@code share (%): <column> = <value>}. This is what {@link CsvExport#segmentProfiles} writes and the
 * {@code segment} command's {@code profiles.csv}.
 *
 * <p>Every statistic comes from the {@link SegmentProfiles}; this table only lays them out for other programs, with
 * the segments' names, at full precision, under lower-case column names like {@link LabelledCustomers}'s. People read
 * {@link SegmentProfiles#table()} instead (rounded, with an "All customers" row).
 *
 * <pre>{@code
 * Table exported = SegmentProfilesTable.of(profiles, names);
 * }</pre>
 */
public final class SegmentProfilesTable {

    private SegmentProfilesTable() {
    }

    /**
     * @param profiles the segment profiles
     * @param names one name per segment
     * @return the table, captioned "Segment profiles" (the caption is not written to CSV)
     * @throws IllegalArgumentException if the number of names differs from the number of segments
     */
    public static Table of(SegmentProfiles profiles, SegmentNames names) {
        if (names.k() != profiles.k()) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + profiles.k()
                    + " segments; name the segments that were profiled.");
        }
        IntColumn numbers = IntColumn.create(LabelledCustomers.SEGMENT);
        StringColumn segmentNames = StringColumn.create(LabelledCustomers.SEGMENT_NAME);
        IntColumn sizes = IntColumn.create("customers");
        DoubleColumn shares = DoubleColumn.create("share (%)");
        List<Column<?>> columns = new ArrayList<>(List.<Column<?>>of(numbers, segmentNames, sizes, shares));
        for (SegmentProfile profile : profiles.profiles()) {
            numbers.append(profile.number());
            segmentNames.append(names.name(profile.segment()));
            sizes.append(profile.size());
            shares.append(100.0 * profile.size() / profiles.customers());   // as SegmentProfiles.table()
        }
        for (String name : profiles.numericColumns()) {
            DoubleColumn means = DoubleColumn.create("mean: " + name);
            DoubleColumn medians = DoubleColumn.create("median: " + name);
            DoubleColumn differences = DoubleColumn.create("difference (sd): " + name);
            for (SegmentProfile profile : profiles.profiles()) {
                NumericFeatureProfile feature = profile.numeric(name);
                means.append(feature.mean());
                medians.append(feature.median());
                differences.append(feature.standardisedDifference());
            }
            columns.addAll(List.of(means, medians, differences));
        }
        for (String name : profiles.categoricalColumns()) {
            for (CategoryShare value : profiles.profile(0).categorical(name).shares()) {
                DoubleColumn valueShares = DoubleColumn.create("share (%): " + value.feature());
                for (SegmentProfile profile : profiles.profiles()) {
                    valueShares.append(100 * profile.categorical(name).share(value.value()).orElseThrow().share());
                }
                columns.add(valueShares);
            }
        }
        return Table.create("Segment profiles", columns);
    }
}
