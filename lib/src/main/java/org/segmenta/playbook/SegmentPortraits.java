package org.segmenta.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.segmenta.clustering.Segmentation;
import org.segmenta.naming.FeatureLevels;
import org.segmenta.naming.Level;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One-line portraits of segments in a marketer's words, such as "middle-aged, higher income, mostly no kids — the big
 * spenders". Each part comes from a role the table has (see {@link Roles}) and the segment's level on it (its mean
 * against the population's tertiles, as {@link FeatureLevels}):
 * <ul>
 *   <li>age: younger / middle-aged / older;</li>
 *   <li>income: lower / average / higher income;</li>
 *   <li>children: from the segment's mean number of children — below 0.5 "mostly no kids", below 1.5 "about one child
 *       on average", else "larger families";</li>
 *   <li>after the dash, spending: light / moderate / big spenders, with "who love deals" when deal usage is high and
 *       "lapsing" when recency (days since the last purchase) is high.</li>
 * </ul>
 * Roles that are not mapped are left out; a segment with no mapped role gets "a typical customer".
 */
public final class SegmentPortraits {

    private final List<String> portraits;

    private SegmentPortraits(List<String> portraits) {
        this.portraits = List.copyOf(portraits);
    }

    /**
     * @param profiles the segment profiles; the columns named in {@code roles} must be among their numeric columns
     * @param roles which column plays which role
     */
    public static SegmentPortraits of(SegmentProfiles profiles, Roles roles) {
        FeatureLevels levels = FeatureLevels.of(profiles);
        List<String> portraits = new ArrayList<>();
        for (int s = 0; s < profiles.k(); s++) {
            List<String> traits = new ArrayList<>();
            int segment = s;
            level(levels, roles, Role.AGE, s).ifPresent(l -> traits.add(word(l, "younger", "middle-aged", "older")));
            level(levels, roles, Role.INCOME, s)
                    .ifPresent(l -> traits.add(word(l, "lower income", "average income", "higher income")));
            roles.column(Role.CHILDREN).filter(levels::has).ifPresent(column -> {
                double children = profiles.profile(segment).numeric(column).mean();
                traits.add(children < 0.5 ? "mostly no kids" : children < 1.5 ? "about one child on average"
                        : "larger families");
            });
            StringBuilder portrait = new StringBuilder(traits.isEmpty() ? "a typical customer" : String.join(", ", traits));
            Optional<Level> spending = level(levels, roles, Role.SPENDING, s);
            if (spending.isPresent()) {
                portrait.append(" — the ").append(word(spending.get(), "light", "moderate", "big")).append(" spenders");
                if (level(levels, roles, Role.DEAL_USAGE, s).orElse(Level.MID) == Level.HIGH) {
                    portrait.append(" who love deals");
                }
            }
            if (level(levels, roles, Role.RECENCY, s).orElse(Level.MID) == Level.HIGH) {
                portrait.append(spending.isPresent() ? ", lapsing" : " — lapsing");
            }
            portraits.add(portrait.toString());
        }
        return new SegmentPortraits(portraits);
    }

    private static Optional<Level> level(FeatureLevels levels, Roles roles, Role role, int segment) {
        return roles.column(role).filter(levels::has).map(column -> levels.level(segment, column))
                .filter(level -> level != Level.UNKNOWN);
    }

    private static String word(Level level, String low, String mid, String high) {
        return switch (level) {
            case LOW -> low;
            case HIGH -> high;
            default -> mid;
        };
    }

    /** @return the portrait of {@code segment} (0-based) */
    public String portrait(int segment) {
        return portraits.get(segment);
    }

    /** @return all portraits, segment 1 first */
    public List<String> portraits() {
        return portraits;
    }

    /** @return the number of segments */
    public int k() {
        return portraits.size();
    }

    /** @return a table with columns {@code Segment} ("Segment n") and {@code Portrait} */
    public Table table() {
        StringColumn segments = StringColumn.create("Segment");
        for (int s = 0; s < portraits.size(); s++) {
            segments.append(Segmentation.segmentLabel(s));
        }
        return Table.create("Segment portraits", segments, StringColumn.create("Portrait", portraits));
    }
}
