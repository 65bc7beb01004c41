package org.segmenta.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.TinyCustomers;

/**
 * Profiles made from aggregates alone, as an engine that never brings the customers to one machine makes them. Values
 * are worked out by hand: the tiny table's in {@link TinyCustomers}, the hand-made aggregates' in each test.
 */
class SegmentAggregatesTest {

    private static final String SPEND = TinyCustomers.SPEND;
    private static final String GENDER = TinyCustomers.GENDER;

    /** Segment sizes 3 and 1; colour counts b = 2, a = 1 in the first, a = 1 in the second. */
    private static SegmentAggregates handMade() {
        NumericSummary population = new NumericSummary(4, 0, 10, 5, 9, 7, 11, 2, 20);
        NumericSummary first = new NumericSummary(3, 0, 8, 4, 8, 6, 9, 2, 14);
        NumericSummary second = new NumericSummary(1, 0, 16, 0, 16, 16, 16, 16, 16);
        return new SegmentAggregates("shop", "hand-made", List.of(3, 1),
                List.of(new SegmentAggregates.NumericSummaries("spend", population, List.of(first, second))),
                List.of(new SegmentAggregates.CategoryCounts("colour", List.of(Map.of("b", 2, "a", 1), Map.of("a", 1)),
                        List.of(0, 0))));
    }

    @Test
    void aTableIsCountedIntoSizesSummariesAndValueCountsPerSegment() {
        SegmentAggregates aggregates = SegmentProfiles.aggregates(TinyCustomers.table(), TinyCustomers.segmentation(),
                List.of(SPEND), List.of(GENDER));

        assertEquals(List.of(4, 3), aggregates.sizes());
        assertEquals(7, aggregates.customers());
        NumericSummary larger = aggregates.numeric().get(0).segments().get(0);
        assertEquals(3, larger.count());
        assertEquals(1, larger.missing());
        assertEquals(50, larger.mean(), 1e-12);
        assertEquals(40, aggregates.numeric().get(0).population().mean(), 1e-12);
        assertEquals(List.of(Map.of("F", 1, "M", 3), Map.of("F", 2, "M", 1)),
                aggregates.categorical().get(0).segments());
        assertEquals(List.of(0, 0), aggregates.categorical().get(0).missing());
        assertEquals("hand-made", aggregates.method());
    }

    @Test
    void profilesFromAggregatesTakeSizesAndSummariesAsGiven() {
        SegmentProfiles profiles = SegmentProfiles.of(handMade());

        assertEquals(2, profiles.k());
        assertEquals(4, profiles.customers());
        assertEquals(0.75, profiles.profile(0).share(), 0);
        assertEquals(8, profiles.profile(0).numeric("spend").mean(), 0);
        assertEquals(16, profiles.profile(1).numeric("spend").median(), 0);
        assertEquals(0.8, profiles.profile(0).numeric("spend").lift(), 1e-15);
        // (16 − 10) ÷ 5
        assertEquals(1.2, profiles.profile(1).numeric("spend").standardisedDifference(), 1e-15);
        assertEquals(7, profiles.population("spend").lowerTertile(), 0);
    }

    @Test
    void categorySharesComeFromTheCountsWithTiesInAlphabeticalOrder() {
        CategoricalFeatureProfile colours = SegmentProfiles.of(handMade()).profile(0).categorical("colour");

        // a and b are both 2 of 4 overall, so alphabetical order; in the first segment a is 1 of 3, b 2 of 3
        assertEquals(List.of("a", "b"), colours.shares().stream().map(CategoryShare::value).toList());
        CategoryShare a = colours.share("a").orElseThrow();
        assertEquals(1, a.count());
        assertEquals(1.0 / 3, a.share(), 1e-15);
        assertEquals(0.5, a.populationShare(), 0);
        // (1/3 − 1/2) ÷ √(1/2 · 1/2)
        assertEquals(-1.0 / 3, a.standardisedDifference(), 1e-15);
        assertEquals(0, SegmentProfiles.of(handMade()).profile(1).categorical("colour").share("b").orElseThrow()
                .count());
    }

    @Test
    void profilesFromAggregatesNameTheirMethodButHaveNoSegmentation() {
        SegmentProfiles profiles = SegmentProfiles.of(handMade());

        assertEquals("hand-made", profiles.method());
        assertTrue(profiles.table().name().contains("hand-made, k = 2, 4 customers of 'shop'"),
                profiles.table().name());
        IllegalStateException error = assertThrows(IllegalStateException.class, profiles::segmentation);
        assertTrue(error.getMessage().contains("aggregates"), error.getMessage());
    }

    @Test
    void refusesCountsThatDoNotAddUpToTheSegmentSize() {
        NumericSummary one = new NumericSummary(1, 0, 1, 0, 1, 1, 1, 1, 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SegmentAggregates("shop", "hand-made", List.of(2),
                        List.of(new SegmentAggregates.NumericSummaries("spend", one, List.of(one))), List.of()));

        assertTrue(error.getMessage().contains("'spend' counts 1 values"), error.getMessage());
        assertTrue(error.getMessage().contains("segment index 0, which has 2 customers"), error.getMessage());
    }

    @Test
    void refusesSummariesForAnotherNumberOfSegments() {
        NumericSummary one = new NumericSummary(1, 0, 1, 0, 1, 1, 1, 1, 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SegmentAggregates("shop", "hand-made", List.of(1, 1),
                        List.of(new SegmentAggregates.NumericSummaries("spend", one, List.of(one))), List.of()));

        assertTrue(error.getMessage().contains("aggregates for 1 segments, but there are 2"), error.getMessage());
    }

    @Test
    void refusesAnEmptySegment() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SegmentAggregates("shop", "hand-made", List.of(3, 0), List.of(), List.of()));

        assertTrue(error.getMessage().contains("segment index 1 has 0 customers"), error.getMessage());
    }
}
