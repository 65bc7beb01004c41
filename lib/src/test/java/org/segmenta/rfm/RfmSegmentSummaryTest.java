package org.segmenta.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The ten hand-made customers of {@link RfmScoresTest} in the standard map: New / Recent A, B; Promising C; Need
 * Attention D; Potential Loyalists E, F; At Risk G, H; Can't Lose Them I, J. Total spend 2135.5.
 */
class RfmSegmentSummaryTest {

    private static Table summary() {
        Table segmented = RfmSegmentMap.standard().apply(RfmScores.score(RfmScoresTest.tenCustomers()));
        return RfmSegmentSummary.of(segmented, RfmSegmentMap.standard());
    }

    @Test
    void oneRowPerSegmentWithCustomersInTheOrderOfTheMapThenAllCustomers() {
        Table summary = summary();

        assertEquals(List.of("Potential Loyalists", "New / Recent", "Promising", "Need Attention", "At Risk",
                "Can't Lose Them", "All customers"), summary.stringColumn("Segment").asList());
        assertEquals(List.of(2, 2, 1, 1, 2, 2, 10), summary.intColumn("Customers").asList());
        assertEquals(List.of("Segment", "Customers", "Share (%)", "Mean recency_days", "Mean frequency",
                "Mean monetary", "Share of monetary (%)"), summary.columnNames());
    }

    @Test
    void meansAndSharesAreWorkedOutByHand() {
        Table summary = summary();

        // Potential Loyalists E, F: recency 10, 10; frequency 2, 2; spend 50 + 80 = 130
        assertEquals(20.0, summary.doubleColumn("Share (%)").get(0), 1e-12);
        assertEquals(10.0, summary.doubleColumn("Mean recency_days").get(0), 1e-12);
        assertEquals(2.0, summary.doubleColumn("Mean frequency").get(0), 1e-12);
        assertEquals(65.0, summary.doubleColumn("Mean monetary").get(0), 1e-12);
        assertEquals(100 * 130 / 2135.5, summary.doubleColumn("Share of monetary (%)").get(0), 1e-12);
        // Can't Lose Them I, J: recency 90, 365; frequency 8, 8; spend 400 + 1000
        assertEquals(227.5, summary.doubleColumn("Mean recency_days").get(5), 1e-12);
        assertEquals(700.0, summary.doubleColumn("Mean monetary").get(5), 1e-12);
        assertEquals(100 * 1400 / 2135.5, summary.doubleColumn("Share of monetary (%)").get(5), 1e-12);
        // All customers: 582 / 10 days, 32 / 10 orders, 2135.5 / 10
        assertEquals(58.2, summary.doubleColumn("Mean recency_days").get(6), 1e-12);
        assertEquals(3.2, summary.doubleColumn("Mean frequency").get(6), 1e-12);
        assertEquals(213.55, summary.doubleColumn("Mean monetary").get(6), 1e-12);
        assertEquals(100.0, summary.doubleColumn("Share (%)").get(6), 1e-12);
    }

    @Test
    void unassignedCustomersGetTheirOwnRow() {
        RfmSegmentMap partial = RfmSegmentMap.of(
                RfmSegmentRule.of("Slipping", 1, 2, 4, 5, "Big spenders who stopped buying."));
        Table segmented = partial.apply(RfmScores.score(RfmScoresTest.tenCustomers()));

        Table summary = RfmSegmentSummary.of(segmented, partial);

        assertEquals(List.of("Slipping", "Unassigned", "All customers"), summary.stringColumn("Segment").asList());
        assertEquals(List.of(4, 6, 10), summary.intColumn("Customers").asList());
    }

    @Test
    void refusesATableWithoutSegmentsOrWithAnotherMapsSegments() {
        Table scored = RfmScores.score(RfmScoresTest.tenCustomers());
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentSummary.of(scored, RfmSegmentMap.standard()));
        assertTrue(unnamed.getMessage().contains("rfm_segment"), unnamed.getMessage());

        Table segmented = RfmSegmentMap.standard().apply(scored);
        RfmSegmentMap other = RfmSegmentMap.of(RfmSegmentRule.of("Best", 5, 5, 5, 5, "The best."));
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentSummary.of(segmented, other));
        assertTrue(foreign.getMessage().contains("'New / Recent'"), foreign.getMessage());
    }
}
