package org.segmenta.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RfmSegmentMapTest {

    /**
     * The published grid, written out cell by cell (rows FM 5 down to 1, columns R 1 to 5): Putler's eleven segments
     * as resolved into one segment per cell in the public RFM tutorials and SQL implementations (e.g. "conc in
     * (55,54,45) then 'Champions'", "(53,44,35,34) 'Loyal Customers'", "(52,42,33,43) 'Potential Loyalists'",
     * "(51) 'Recent Customers'", "(41,31) 'Promising'", "(32,23,22) 'Customers Needing Attention'", "(21) 'About to
     * Sleep'", "(25,24,13) 'At Risk'", "(15,14) 'Can't Lose Them'", "(12) 'Hibernating'", "(11) 'Lost'", with the
     * cell written R then FM).
     */
    private static final String[][] PUBLISHED = {
        {"Can't Lose Them", "At Risk", "Loyal", "Champions", "Champions"},
        {"Can't Lose Them", "At Risk", "Loyal", "Loyal", "Champions"},
        {"At Risk", "Need Attention", "Potential Loyalists", "Potential Loyalists", "Loyal"},
        {"Hibernating", "Need Attention", "Need Attention", "Potential Loyalists", "Potential Loyalists"},
        {"Lost", "About to Sleep", "Promising", "Promising", "New / Recent"},
    };

    /** Putler's published ranges (R low, R high, FM low, FM high), where "0" stands for the lowest score, 1. */
    private static final Map<String, int[]> PUTLER_RANGES = Map.ofEntries(
            Map.entry("Champions", new int[] {4, 5, 4, 5}),
            Map.entry("Loyal", new int[] {2, 5, 3, 5}),
            Map.entry("Potential Loyalists", new int[] {3, 5, 1, 3}),
            Map.entry("New / Recent", new int[] {4, 5, 0, 1}),
            Map.entry("Promising", new int[] {3, 4, 0, 1}),
            Map.entry("Need Attention", new int[] {2, 3, 2, 3}),
            Map.entry("About to Sleep", new int[] {2, 3, 0, 2}),
            Map.entry("At Risk", new int[] {0, 2, 2, 5}),
            Map.entry("Can't Lose Them", new int[] {0, 1, 4, 5}),
            Map.entry("Hibernating", new int[] {1, 2, 1, 2}),
            Map.entry("Lost", new int[] {0, 2, 0, 2}));

    private static String published(int r, int fm) {
        return PUBLISHED[5 - fm][r - 1];
    }

    @Test
    void theStandardMapGivesEveryCellThePublishedSegment() {
        RfmSegmentMap map = RfmSegmentMap.standard();

        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                assertTrue(map.ruleOf(r, fm).isPresent(), "no rule covers R " + r + ", FM " + fm);
                assertEquals(published(r, fm), map.segmentOf(r, fm), "R " + r + ", FM " + fm);
            }
        }
        assertTrue(map.isComplete());
        assertEquals(List.of(), map.unassignedCells());
    }

    @Test
    void theStandardMapCoversEachCellExactlyOnceAndEverySegmentOwnsACell() {
        RfmSegmentMap map = RfmSegmentMap.standard();
        Map<String, Integer> cellsPerSegment = new HashMap<>();

        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                cellsPerSegment.merge(map.segmentOf(r, fm), 1, Integer::sum);
            }
        }

        assertEquals(List.of("Champions", "Loyal", "Potential Loyalists", "New / Recent", "Promising",
                "Need Attention", "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"),
                map.segments());
        assertEquals(25, cellsPerSegment.values().stream().mapToInt(Integer::intValue).sum());
        for (String segment : map.segments()) {
            assertTrue(cellsPerSegment.getOrDefault(segment, 0) >= 1, segment + " owns no cell");
        }
        assertEquals(Map.ofEntries(Map.entry("Champions", 3), Map.entry("Loyal", 4),
                Map.entry("Potential Loyalists", 4), Map.entry("New / Recent", 1), Map.entry("Promising", 2),
                Map.entry("Need Attention", 3), Map.entry("About to Sleep", 1), Map.entry("At Risk", 3),
                Map.entry("Can't Lose Them", 2), Map.entry("Hibernating", 1), Map.entry("Lost", 1)),
                cellsPerSegment);
    }

    @Test
    void everyStandardCellLiesInPutlersPublishedRangeForItsSegment() {
        RfmSegmentMap map = RfmSegmentMap.standard();

        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                String segment = map.segmentOf(r, fm);
                int[] range = PUTLER_RANGES.get(segment);
                assertTrue(r >= range[0] && r <= range[1] && fm >= range[2] && fm <= range[3],
                        segment + " at R " + r + ", FM " + fm + " is outside Putler's range");
            }
        }
    }

    @Test
    void theFirstRuleThatCoversACellWins() {
        RfmSegmentMap map = RfmSegmentMap.standard();

        // R 3, FM 3 lies in "Potential Loyalists R 3, FM 3" and, later, in "Need Attention R 2–3, FM 2–3"
        assertTrue(map.rules().stream().filter(rule -> rule.covers(3, 3)).count() >= 2);
        assertEquals("Potential Loyalists", map.segmentOf(3, 3));
        assertEquals(map.rules().stream().filter(rule -> rule.covers(3, 3)).findFirst(), map.ruleOf(3, 3));
    }

    @Test
    void aRuleAddedFirstTakesItsCellsFromTheOthers() {
        RfmSegmentMap map = RfmSegmentMap.standard()
                .withFirst(RfmSegmentRule.of("VIP", 5, 5, 5, 5, "The very best on every count."));

        assertEquals("VIP", map.segmentOf(5, 5));
        assertEquals("Champions", map.segmentOf(5, 4));
        assertEquals("VIP", map.segments().get(0));
    }

    @Test
    void aRuleThatEarlierRulesHideCompletelyIsRefused() {
        RfmSegmentRule late = RfmSegmentRule.of("VIP", 5, 5, 5, 5, "The very best on every count.");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().with(late));

        assertTrue(e.getMessage().contains("'VIP'") && e.getMessage().contains("never applies"), e.getMessage());
    }

    @Test
    void removingASegmentLeavesItsCellsUnassigned() {
        RfmSegmentMap map = RfmSegmentMap.standard().without("Lost");

        assertEquals(RfmSegmentMap.UNASSIGNED, map.segmentOf(1, 1));
        assertEquals(1, map.unassignedCells().size());
        assertEquals(List.of(1, 1), List.of(map.unassignedCells().get(0)[0], map.unassignedCells().get(0)[1]));
        assertFalse(map.isComplete());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().without("Dormant"));
        assertTrue(e.getMessage().contains("'Dormant'") && e.getMessage().contains("Champions"), e.getMessage());
    }

    @Test
    void aRemovedSegmentsCellsGoToTheNextRuleThatCoversThem() {
        // without the two Potential Loyalists rules, R 3 FM 3 falls to "Need Attention R 2–3, FM 2–3"
        RfmSegmentMap map = RfmSegmentMap.standard().without("Potential Loyalists");

        assertEquals("Need Attention", map.segmentOf(3, 3));
        assertEquals(RfmSegmentMap.UNASSIGNED, map.segmentOf(4, 2));
    }

    @Test
    void replacingASegmentPutsTheNewRulesWhereItsFirstRuleWas() {
        RfmSegmentMap map = RfmSegmentMap.standard().replacing("At Risk",
                RfmSegmentRule.of("At Risk", 2, 2, 4, 5, "Used to buy a lot; gone quiet."));

        assertEquals("At Risk", map.segmentOf(2, 5));
        assertEquals(RfmSegmentMap.UNASSIGNED, map.segmentOf(1, 3), "the old second block is gone");
        assertEquals(map.rules().indexOf(map.ruleOf(2, 5).orElseThrow()),
                RfmSegmentMap.standard().rules().indexOf(RfmSegmentMap.standard().ruleOf(2, 5).orElseThrow()));
    }

    @Test
    void replacingRefusesRulesThatHideALaterSegment() {
        // R 1–2 × FM 3–5 placed where At Risk was, before "Can't Lose Them R 1, FM 4–5", takes all of its cells
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().replacing("At Risk",
                        RfmSegmentRule.of("At Risk", 1, 2, 3, 5, "Used to buy a lot; gone quiet.")));

        assertTrue(e.getMessage().contains("'Can't Lose Them'") && e.getMessage().contains("never applies"),
                e.getMessage());
    }

    @Test
    void aMapCanBeBuiltFromScratchAndLeaveCellsUnassigned() {
        RfmSegmentMap map = RfmSegmentMap.of(
                RfmSegmentRule.of("Best", 4, 5, 4, 5, "Recent, frequent, big spenders."),
                RfmSegmentRule.of("Slipping", 1, 2, 4, 5, "Big spenders who stopped buying."));
        Table scored = RfmScores.score(RfmScoresTest.tenCustomers());

        Table segmented = map.apply(scored);

        // cells of the ten customers: 51 51 41 32 33 33 24 24 15 15 (R then FM)
        assertEquals(List.of("Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned", "Unassigned",
                "Slipping", "Slipping", "Slipping", "Slipping"),
                segmented.stringColumn(RfmSegmentMap.SEGMENT_COLUMN).asList());
        assertEquals(25 - 4 - 4, map.unassignedCells().size());
    }

    @Test
    void applyNamesTheSegmentOfEveryCustomer() {
        Table segmented = RfmSegmentMap.standard().apply(RfmScores.score(RfmScoresTest.tenCustomers()));

        assertEquals(List.of("New / Recent", "New / Recent", "Promising", "Need Attention", "Potential Loyalists",
                "Potential Loyalists", "At Risk", "At Risk", "Can't Lose Them", "Can't Lose Them"),
                segmented.stringColumn(RfmSegmentMap.SEGMENT_COLUMN).asList());
    }

    @Test
    void applyRefusesUnscoredTablesAndScoresOutsideOneToFive() {
        Table unscored = RfmScoresTest.tenCustomers();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().apply(unscored));
        assertTrue(missing.getMessage().contains("'r_score'") && missing.getMessage().contains("RfmScores.score"),
                missing.getMessage());

        Table scored = RfmScores.score(RfmScoresTest.tenCustomers());
        scored.intColumn(RfmScores.FM_SCORE).set(6, 7);
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().apply(scored));
        assertTrue(outside.getMessage().contains("7 in row 6"), outside.getMessage());

        Table segmented = RfmSegmentMap.standard().apply(RfmScores.score(RfmScoresTest.tenCustomers()));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentMap.standard().apply(segmented));
    }

    @Test
    void rulesOfOneSegmentMustShareTheirDescription() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RfmSegmentMap.of(
                RfmSegmentRule.of("Best", 5, 5, 5, 5, "Recent, frequent, big spenders."),
                RfmSegmentRule.of("Best", 4, 4, 5, 5, "Something else.")));

        assertTrue(e.getMessage().contains("'Best'"), e.getMessage());
    }

    @Test
    void rulesRefuseTheReservedNameAndScoresOutsideOneToFive() {
        assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentRule.of(RfmSegmentMap.UNASSIGNED, 1, 1, 1, 1, "Nobody."));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentRule.of("Best", 4, 6, 1, 1, "Too far."));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentRule.of("Best", 3, 2, 1, 1, "Backwards."));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentRule.of("Best", 1, 1, 1, 1, " "));
        assertThrows(IllegalArgumentException.class, () -> RfmSegmentMap.standard().segmentOf(0, 3));
    }

    @Test
    void theRuleTableListsRulesInOrderAndTheGridReadsLikeTheChart() {
        RfmSegmentMap map = RfmSegmentMap.standard();

        Table rules = map.table();
        assertEquals(map.rules().size(), rules.rowCount());
        assertEquals(List.of("Order", "Segment", "R", "FM", "Who they are"), rules.columnNames());
        assertEquals("Champions", rules.stringColumn("Segment").get(0));
        assertEquals("4–5", rules.stringColumn("FM").get(0));

        Table grid = map.grid();
        assertEquals(List.of("FM", "R 1", "R 2", "R 3", "R 4", "R 5"), grid.columnNames());
        List<String> topRow = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            topRow.add(grid.stringColumn("R " + r).get(0));
        }
        assertEquals(List.of(PUBLISHED[0]), topRow);
        assertEquals("5", grid.stringColumn("FM").get(0));
    }

    @Test
    void scoreColumnsMustBeIntegers() {
        Table scored = RfmScores.score(RfmScoresTest.tenCustomers());
        scored.replaceColumn(RfmScores.R_SCORE, scored.intColumn(RfmScores.R_SCORE).asDoubleColumn()
                .setName(RfmScores.R_SCORE));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentMap.standard().apply(scored));

        assertTrue(e.getMessage().contains("double"), e.getMessage());
    }
}
