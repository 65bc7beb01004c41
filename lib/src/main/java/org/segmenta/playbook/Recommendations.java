package org.segmenta.playbook;

import java.util.List;
import java.util.Optional;
import org.segmenta.naming.SegmentNames;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The actions a {@link Playbook} recommends for each segment, in rule priority order, each with its reason. Immutable.
 *
 * <pre>{@code
 * Recommendations advice = Playbook.standard().advise(profiles, roles);
 * advice.top(2).map(Recommendation::action);     // the first rule that fired for Segment 3
 * Show.table(advice.table(names));
 * }</pre>
 */
public final class Recommendations {

    private final List<List<Recommendation>> perSegment;

    Recommendations(List<List<Recommendation>> perSegment) {
        this.perSegment = perSegment.stream().map(List::copyOf).toList();
    }

    /** @return the number of segments */
    public int k() {
        return perSegment.size();
    }

    /** @return every recommendation for segment {@code segment} ({@code 0 .. k-1}), highest priority first */
    public List<Recommendation> forSegment(int segment) {
        if (segment < 0 || segment >= perSegment.size()) {
            throw new IllegalArgumentException("segment index " + segment + " is outside 0.." + (perSegment.size() - 1)
                    + " (Segment n has index n - 1)");
        }
        return perSegment.get(segment);
    }

    /** @return the highest-priority recommendation for {@code segment}, or empty if no rule fired */
    public Optional<Recommendation> top(int segment) {
        return forSegment(segment).stream().findFirst();
    }

    /** @return {@code Segment}, {@code Rule}, {@code Action}, {@code Reason}: one row per recommendation */
    public Table table() {
        return table(SegmentNames.generic(k()));
    }

    /** @return as {@link #table()}, with the segments shown by name ("n · name") */
    public Table table(SegmentNames names) {
        if (names.k() != k()) {
            throw new IllegalArgumentException("there are " + names.k() + " names for " + k() + " segments; name the "
                    + "same segmentation the recommendations are for.");
        }
        StringColumn segments = StringColumn.create("Segment");
        StringColumn rules = StringColumn.create("Rule");
        StringColumn actions = StringColumn.create("Action");
        StringColumn reasons = StringColumn.create("Reason");
        for (List<Recommendation> recommendations : perSegment) {
            for (Recommendation recommendation : recommendations) {
                segments.append(names.numbered(recommendation.segment()));
                rules.append(recommendation.rule());
                actions.append(recommendation.action());
                reasons.append(recommendation.reason());
            }
        }
        return Table.create("Playbook: recommended actions per segment", segments, rules, actions, reasons);
    }
}
