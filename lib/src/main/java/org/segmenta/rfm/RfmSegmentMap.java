package org.segmenta.rfm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Named RFM segments on the R × FM grid: a list of rules ({@link RfmSegmentRule}: segment name, a block of recency
 * scores × frequency–monetary scores, who they are) that gives each of the 25 cells (R 1..5, FM 1..5) a segment name.
 * The rules are data, like the rules of a {@link org.segmenta.playbook.Playbook}: start from {@link #standard()},
 * change it with {@link #withFirst}, {@link #with}, {@link #without} and {@link #replacing}, or build your own with
 * {@link #of}. Immutable.
 *
 * <pre>{@code
 * Table scored = RfmScores.score(customers);
 * Table segmented = RfmSegmentMap.standard().apply(scored);      // adds rfm_segment
 * Show.table(RfmSegmentMap.standard().table());                  // the rules
 * Show.table(RfmSegmentMap.standard().grid());                   // the 25 cells and their segments
 * RfmSegmentMap mine = RfmSegmentMap.standard()
 *         .withFirst(RfmSegmentRule.of("VIP", 5, 5, 5, 5, "The very best: most recent, most orders, most spend."));
 * }</pre>
 *
 * <p><b>How a cell gets its segment.</b> Rules are evaluated in order and the first rule whose block contains the cell
 * wins, so an earlier rule can carve cells out of a later, larger block. Every rule must win at least one cell: a rule
 * that earlier rules hide completely is refused when the map is built (it would be a silent mistake). A cell that no
 * rule covers belongs to no segment, and its customers are named {@value #UNASSIGNED}: an incomplete map is allowed
 * (say, only the segments a campaign targets), and its unassigned customers stay visible in counts and summaries
 * instead of being dropped or stopping the study. {@link #unassignedCells()} lists such cells.
 *
 * <p><b>The standard map</b> is the widely used grid of eleven named segments published by Putler ("RFM Analysis For
 * Successful Customer Segmentation", https://www.putler.com/rfm-analysis/), with recency on one axis and the
 * frequency–monetary score on the other. Putler gives each segment a range of R and of F–M scores; those ranges
 * overlap (on whole scores, Hibernating's R 1–2 × FM 1–2 and Lost's R 0–2 × FM 0–2 are even the same block), so
 * practice resolves them into one segment per cell. The standard map uses the resolution that circulates with Putler's
 * table in public RFM tutorials and SQL implementations, in which every segment's cells lie inside Putler's ranges
 * for it (R across, FM up; rules in {@link #table()}):
 * <pre>
 *  FM 5 | Can't Lose Them      At Risk              Loyal                Champions            Champions
 *  FM 4 | Can't Lose Them      At Risk              Loyal                Loyal                Champions
 *  FM 3 | At Risk              Need Attention       Potential Loyalists  Potential Loyalists  Loyal
 *  FM 2 | Hibernating          Need Attention       Need Attention       Potential Loyalists  Potential Loyalists
 *  FM 1 | Lost                 About to Sleep       Promising            Promising            New / Recent
 *         R 1                  R 2                  R 3                  R 4                  R 5
 * </pre>
 * Segments, in the order of the rules: Champions, Loyal, Potential Loyalists, New / Recent, Promising, Need Attention,
 * About to Sleep, At Risk, Can't Lose Them, Hibernating, Lost. Like any such grid they are a convention for talking
 * about customers, not a law: adapt them to the business.
 */
public final class RfmSegmentMap {

    /** The name given to customers whose (R, FM) cell no rule covers. */
    public static final String UNASSIGNED = "Unassigned";
    /** Name of the column {@link #apply(Table)} adds. */
    public static final String SEGMENT_COLUMN = "rfm_segment";

    private static final int SIDE = ScoreRange.MAX;

    private final List<RfmSegmentRule> rules;
    /** cellRule[r - 1][fm - 1]: index of the rule that owns the cell, or -1. */
    private final int[][] cellRule = new int[SIDE][SIDE];

    private RfmSegmentMap(List<RfmSegmentRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, String> descriptions = new HashMap<>();
        for (RfmSegmentRule rule : this.rules) {
            String earlier = descriptions.putIfAbsent(rule.name(), rule.description());
            if (earlier != null && !earlier.equals(rule.description())) {
                throw new IllegalArgumentException("the rules of segment '" + rule.name() + "' describe it "
                        + "differently (\"" + earlier + "\" and \"" + rule.description() + "\"); rules of one "
                        + "segment must share its description.");
            }
        }
        int[] won = new int[this.rules.size()];
        for (int r = 1; r <= SIDE; r++) {
            for (int fm = 1; fm <= SIDE; fm++) {
                cellRule[r - 1][fm - 1] = -1;
                for (int i = 0; i < this.rules.size(); i++) {
                    if (this.rules.get(i).covers(r, fm)) {
                        cellRule[r - 1][fm - 1] = i;
                        won[i]++;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < won.length; i++) {
            if (won[i] == 0) {
                RfmSegmentRule rule = this.rules.get(i);
                throw new IllegalArgumentException("rule " + (i + 1) + " ('" + rule.name() + "', "
                        + rule.describeCells() + ") never applies: earlier rules already take all its cells. "
                        + "Put it before them (withFirst) or remove it.");
            }
        }
    }

    /**
     * @param rules the rules, first match wins
     * @return a map with exactly these rules
     * @throws IllegalArgumentException if a rule never applies or rules of one segment have different descriptions
     */
    public static RfmSegmentMap of(List<RfmSegmentRule> rules) {
        return new RfmSegmentMap(rules);
    }

    /**
     * @param rules the rules, first match wins
     * @return a map with exactly these rules
     * @throws IllegalArgumentException if a rule never applies or rules of one segment have different descriptions
     */
    public static RfmSegmentMap of(RfmSegmentRule... rules) {
        return new RfmSegmentMap(List.of(rules));
    }

    /** @return the standard eleven segments described in the class description */
    public static RfmSegmentMap standard() {
        String champions = "Bought very recently, buy often and spend the most.";
        String loyal = "Buy regularly and spend well; their last order is fairly recent.";
        String potential = "Recent customers with a few orders and middling spend: could become loyal.";
        String atRisk = "Used to order often and spend well, but not for a long time.";
        return of(
                RfmSegmentRule.of("Champions", 5, 5, 4, 5, champions),
                RfmSegmentRule.of("Champions", 4, 4, 5, 5, champions),
                RfmSegmentRule.of("Loyal", 3, 4, 4, 5, loyal),
                RfmSegmentRule.of("Loyal", 5, 5, 3, 3, loyal),
                RfmSegmentRule.of("Potential Loyalists", 4, 5, 2, 3, potential),
                RfmSegmentRule.of("Potential Loyalists", 3, 3, 3, 3, potential),
                RfmSegmentRule.of("New / Recent", 5, 5, 1, 1,
                        "Bought very recently, but few orders and little spend so far."),
                RfmSegmentRule.of("Promising", 3, 4, 1, 1,
                        "Bought fairly recently, but few orders and little spend so far."),
                RfmSegmentRule.of("Need Attention", 2, 3, 2, 3,
                        "Middling recency, orders and spend: slipping towards inactivity."),
                RfmSegmentRule.of("About to Sleep", 2, 2, 1, 1,
                        "Not seen for a while, with few orders and little spend: fading away."),
                RfmSegmentRule.of("At Risk", 2, 2, 4, 5, atRisk),
                RfmSegmentRule.of("At Risk", 1, 1, 3, 3, atRisk),
                RfmSegmentRule.of("Can't Lose Them", 1, 1, 4, 5,
                        "Among those who ordered most and spent most, yet silent the longest."),
                RfmSegmentRule.of("Hibernating", 1, 1, 2, 2,
                        "Last order long ago, with few orders and low spend."),
                RfmSegmentRule.of("Lost", 1, 1, 1, 1,
                        "The lowest recency, frequency and spend: probably gone."));
    }

    /**
     * @return a copy with {@code rule} evaluated first, so that it takes its cells from the segments that had them
     * @throws IllegalArgumentException if a later rule then never applies (remove that segment first)
     */
    public RfmSegmentMap withFirst(RfmSegmentRule rule) {
        List<RfmSegmentRule> more = new ArrayList<>();
        more.add(rule);
        more.addAll(rules);
        return new RfmSegmentMap(more);
    }

    /**
     * @return a copy with {@code rule} evaluated last, so that it only takes cells no other rule covers
     * @throws IllegalArgumentException if every cell of the rule is already taken (use {@link #withFirst})
     */
    public RfmSegmentMap with(RfmSegmentRule rule) {
        List<RfmSegmentRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new RfmSegmentMap(more);
    }

    /**
     * @return a copy without the rules of segment {@code segment}; their cells go to the next rule covering them, or
     *     become {@value #UNASSIGNED}
     * @throws IllegalArgumentException if no rule names that segment, listing the segments there are
     */
    public RfmSegmentMap without(String segment) {
        requireSegment(segment);
        List<RfmSegmentRule> fewer = new ArrayList<>(rules);
        fewer.removeIf(rule -> rule.name().equals(segment));
        return new RfmSegmentMap(fewer);
    }

    /**
     * @param segment the segment whose rules are replaced
     * @param replacements the new rules, put where the segment's first rule was (they may name other segments)
     * @return a copy in which the rules of {@code segment} are replaced by {@code replacements}
     * @throws IllegalArgumentException if no rule names that segment, or the result has a rule that never applies
     */
    public RfmSegmentMap replacing(String segment, RfmSegmentRule... replacements) {
        requireSegment(segment);
        List<RfmSegmentRule> changed = new ArrayList<>();
        boolean placed = false;
        for (RfmSegmentRule rule : rules) {
            if (!rule.name().equals(segment)) {
                changed.add(rule);
            } else if (!placed) {
                changed.addAll(Arrays.asList(replacements));
                placed = true;
            }
        }
        return new RfmSegmentMap(changed);
    }

    private void requireSegment(String segment) {
        if (!segments().contains(segment)) {
            throw new IllegalArgumentException("there is no RFM segment named '" + segment + "'; segments: "
                    + segments());
        }
    }

    /** @return the rules, in the order they are evaluated */
    public List<RfmSegmentRule> rules() {
        return rules;
    }

    /** @return the segment names, each once, in the order of their first rule */
    public List<String> segments() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        rules.forEach(rule -> names.add(rule.name()));
        return List.copyOf(names);
    }

    /** @return the description of {@code segment}, or empty if no rule names it */
    public Optional<String> description(String segment) {
        return rules.stream().filter(rule -> rule.name().equals(segment)).map(RfmSegmentRule::description)
                .findFirst();
    }

    /**
     * @param r a recency score, 1..5
     * @param fm a frequency–monetary score, 1..5
     * @return the rule that owns the cell (the first that covers it), or empty if none does
     * @throws IllegalArgumentException if a score is outside 1..5
     */
    public Optional<RfmSegmentRule> ruleOf(int r, int fm) {
        requireScore(r, "recency");
        requireScore(fm, "frequency–monetary");
        int rule = cellRule[r - 1][fm - 1];
        return rule < 0 ? Optional.empty() : Optional.of(rules.get(rule));
    }

    /**
     * @param r a recency score, 1..5
     * @param fm a frequency–monetary score, 1..5
     * @return the segment of the cell, or {@value #UNASSIGNED} if no rule covers it
     * @throws IllegalArgumentException if a score is outside 1..5
     */
    public String segmentOf(int r, int fm) {
        return ruleOf(r, fm).map(RfmSegmentRule::name).orElse(UNASSIGNED);
    }

    /** @return the cells no rule covers, as {r, fm} pairs in order of r then fm; empty for a complete map */
    public List<int[]> unassignedCells() {
        List<int[]> cells = new ArrayList<>();
        for (int r = 1; r <= SIDE; r++) {
            for (int fm = 1; fm <= SIDE; fm++) {
                if (cellRule[r - 1][fm - 1] < 0) {
                    cells.add(new int[] {r, fm});
                }
            }
        }
        return cells;
    }

    /** @return whether every one of the 25 cells has a segment */
    public boolean isComplete() {
        return unassignedCells().isEmpty();
    }

    /**
     * Names every customer's segment.
     *
     * @param scored a table with the int columns {@value RfmScores#R_SCORE} and {@value RfmScores#FM_SCORE}, as
     *     {@link RfmScores#score} makes it
     * @return a copy of {@code scored} with the string column {@value #SEGMENT_COLUMN} added ({@value #UNASSIGNED} for
     *     customers in a cell no rule covers)
     * @throws IllegalArgumentException if a score column is missing, not int, has a missing value or a score outside
     *     1..5, or the table already has a column {@value #SEGMENT_COLUMN}
     */
    public Table apply(Table scored) {
        if (scored.containsColumn(SEGMENT_COLUMN)) {
            throw new IllegalArgumentException("table '" + scored.name() + "' already has a column '"
                    + SEGMENT_COLUMN + "'; remove it (table.removeColumns(\"" + SEGMENT_COLUMN + "\")) to name the "
                    + "segments again.");
        }
        IntColumn r = RfmScores.scoreColumn(scored, RfmScores.R_SCORE);
        IntColumn fm = RfmScores.scoreColumn(scored, RfmScores.FM_SCORE);
        StringColumn names = StringColumn.create(SEGMENT_COLUMN);
        for (int i = 0; i < scored.rowCount(); i++) {
            names.append(segmentOf(r.getInt(i), fm.getInt(i)));
        }
        Table segmented = scored.copy();
        segmented.addColumns(names);
        return segmented;
    }

    private static void requireScore(int score, String what) {
        if (score < ScoreRange.MIN || score > ScoreRange.MAX) {
            throw new IllegalArgumentException("a " + what + " score runs from 1 to 5; got " + score + ".");
        }
    }

    /** @return the rules as a table: {@code Order}, {@code Segment}, {@code R}, {@code FM}, {@code Who they are} */
    public Table table() {
        IntColumn order = IntColumn.create("Order");
        StringColumn names = StringColumn.create("Segment");
        StringColumn r = StringColumn.create("R");
        StringColumn fm = StringColumn.create("FM");
        StringColumn descriptions = StringColumn.create("Who they are");
        for (int i = 0; i < rules.size(); i++) {
            RfmSegmentRule rule = rules.get(i);
            order.append(i + 1);
            names.append(rule.name());
            r.append(rule.r().toString());
            fm.append(rule.fm().toString());
            descriptions.append(rule.description());
        }
        return Table.create("RFM segment rules (first match wins; R = recency score, FM = frequency–monetary score)",
                order, names, r, fm, descriptions);
    }

    /**
     * @return the grid as a table, drawn like {@link org.segmenta.charts.RfmGridChart}: a column {@code FM} (5 down
     *     to 1) and one column per recency score {@code R 1} .. {@code R 5}, each cell the segment's name
     */
    public Table grid() {
        StringColumn fmLabels = StringColumn.create("FM");
        List<StringColumn> columns = new ArrayList<>();
        for (int r = 1; r <= SIDE; r++) {
            columns.add(StringColumn.create("R " + r));
        }
        for (int fm = SIDE; fm >= 1; fm--) {
            fmLabels.append(Integer.toString(fm));
            for (int r = 1; r <= SIDE; r++) {
                columns.get(r - 1).append(segmentOf(r, fm));
            }
        }
        Table grid = Table.create("RFM segments on the R × FM grid", fmLabels);
        columns.forEach(grid::addColumns);
        return grid;
    }

    @Override
    public String toString() {
        return "RfmSegmentMap" + segments();
    }
}
