package org.segmenta.naming;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.clustering.Segmentation;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One readable, distinct name per segment, e.g. "High income · Low spending". Made by {@link SegmentNamer} (or
 * {@link #generic(int)}); immutable: {@link #rename(int, String)} returns a new object.
 *
 * <pre>{@code
 * SegmentNames names = SegmentNamer.by("Annual Income (k$)", "income").and("Spending Score (1-100)", "spending")
 *         .name(profiles);
 * names.name(1);                               // "High income · High spending"
 * SegmentNames mine = names.rename(1, "VIP");  // names is unchanged
 * }</pre>
 */
public final class SegmentNames {

    /** Separator between the parts of a name. */
    public static final String SEPARATOR = " · ";

    private final List<String> names;

    private SegmentNames(List<String> names) {
        this.names = List.copyOf(names);
    }

    /**
     * @param names one name per segment, Segment 1 first
     * @return those names
     * @throws IllegalArgumentException if a name is blank or two segments share a name
     */
    public static SegmentNames of(List<String> names) {
        for (int s = 0; s < names.size(); s++) {
            check(names, s, names.get(s));
        }
        return new SegmentNames(names);
    }

    /** @return the names "Segment 1" … "Segment k", for when no naming features are chosen */
    public static SegmentNames generic(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("there must be at least one segment, got k = " + k);
        }
        List<String> names = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            names.add(Segmentation.segmentLabel(s));
        }
        return new SegmentNames(names);
    }

    private static void check(List<String> names, int segment, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the name of " + Segmentation.segmentLabel(segment)
                    + " is blank; give every segment a name people can read.");
        }
        for (int other = 0; other < names.size(); other++) {
            if (other != segment && names.get(other).equals(name)) {
                throw new IllegalArgumentException(Segmentation.segmentLabel(other) + " is already called '" + name
                        + "'; names must tell segments apart. Choose another name for "
                        + Segmentation.segmentLabel(segment) + ".");
            }
        }
    }

    /** @return the number of segments */
    public int k() {
        return names.size();
    }

    /** @return the name of segment {@code segment} ({@code 0 .. k-1}) */
    public String name(int segment) {
        checkIndex(segment);
        return names.get(segment);
    }

    /** @return "n · name" for segment {@code segment}, e.g. "2 · High income · High spending", for chart labels */
    public String numbered(int segment) {
        return (segment + 1) + SEPARATOR + name(segment);
    }

    /** @return every name, Segment 1 first */
    public List<String> names() {
        return names;
    }

    /**
     * @param segment the segment to rename ({@code 0 .. k-1})
     * @param name its new name
     * @return a copy with that segment renamed; this object is unchanged
     * @throws IllegalArgumentException if the name is blank or another segment already has it
     */
    public SegmentNames rename(int segment, String name) {
        checkIndex(segment);
        check(names, segment, name);
        List<String> renamed = new ArrayList<>(names);
        renamed.set(segment, name);
        return new SegmentNames(renamed);
    }

    private void checkIndex(int segment) {
        if (segment < 0 || segment >= names.size()) {
            throw new IllegalArgumentException("segment index " + segment + " is outside 0.." + (names.size() - 1)
                    + " (Segment n has index n - 1)");
        }
    }

    /** @return {@code Segment} ("Segment n") and {@code Name}, one row per segment */
    public Table table() {
        StringColumn segments = StringColumn.create("Segment");
        for (int s = 0; s < names.size(); s++) {
            segments.append(Segmentation.segmentLabel(s));
        }
        return Table.create("Segment names", segments, StringColumn.create("Name", names));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SegmentNames that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
