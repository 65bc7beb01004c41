package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KRecommendationTest {

    private static Map<Criterion, OptionalInt> prefer(Integer elbow, Integer silhouette, Integer calinskiHarabasz,
            Integer daviesBouldin, Integer gap) {
        Map<Criterion, OptionalInt> preferences = new EnumMap<>(Criterion.class);
        preferences.put(Criterion.ELBOW, elbow == null ? OptionalInt.empty() : OptionalInt.of(elbow));
        preferences.put(Criterion.SILHOUETTE, silhouette == null ? OptionalInt.empty() : OptionalInt.of(silhouette));
        preferences.put(Criterion.CALINSKI_HARABASZ,
                calinskiHarabasz == null ? OptionalInt.empty() : OptionalInt.of(calinskiHarabasz));
        preferences.put(Criterion.DAVIES_BOULDIN,
                daviesBouldin == null ? OptionalInt.empty() : OptionalInt.of(daviesBouldin));
        preferences.put(Criterion.GAP, gap == null ? OptionalInt.empty() : OptionalInt.of(gap));
        return preferences;
    }

    @Test
    void theKWithTheMostVotesIsRecommended() {
        KRecommendation recommendation = KRecommendation.from(prefer(5, 5, 9, 5, 1));

        assertEquals(5, recommendation.k());
        assertEquals(List.of(Criterion.ELBOW, Criterion.SILHOUETTE, Criterion.DAVIES_BOULDIN),
                recommendation.supporters());
    }

    @Test
    void explanationNamesWhoAgreesAndWhatTheOthersPrefer() {
        KRecommendation recommendation = KRecommendation.from(prefer(5, 5, 9, 5, 1));

        assertEquals("k = 5: the elbow, silhouette and Davies–Bouldin agree (3 of 5 criteria). "
                + "The gap rule prefers k = 1 (no segments). Calinski–Harabasz prefers k = 9.",
                recommendation.explanation());
    }

    @Test
    void aTieGoesToTheSmallerKAndTheExplanationSaysSo() {
        KRecommendation recommendation = KRecommendation.from(prefer(3, 6, 6, 3, null));

        assertEquals(3, recommendation.k());
        assertEquals("k = 3: the elbow and Davies–Bouldin agree (2 of 4 criteria). Silhouette and "
                + "Calinski–Harabasz prefer k = 6, as many votes; the tie goes to the smaller k, since fewer segments "
                + "are easier to describe and act on. The gap rule found no k in the range (Gap(k) ≥ Gap(k+1) − s(k+1) "
                + "never held).", recommendation.explanation());
    }

    @Test
    void fiveDifferentAnswersGoToTheSmallestK() {
        KRecommendation recommendation = KRecommendation.from(prefer(4, 2, 8, 3, 6));

        assertEquals(2, recommendation.k());
        assertTrue(recommendation.explanation().startsWith("k = 2: only silhouette prefers it."),
                recommendation.explanation());
    }

    @Test
    void unanimityIsStated() {
        KRecommendation recommendation = KRecommendation.from(prefer(3, 3, 3, 3, 3));

        assertEquals("k = 3: all 5 criteria agree (the elbow, silhouette, Calinski–Harabasz, Davies–Bouldin and the "
                + "gap rule).", recommendation.explanation());
    }

    @Test
    void aMissingElbowIsReportedAndDoesNotVote() {
        KRecommendation recommendation = KRecommendation.from(prefer(null, 4, 4, 4, 4));

        assertEquals(4, recommendation.k());
        assertEquals("k = 4: all 4 criteria that name a k agree (silhouette, Calinski–Harabasz, Davies–Bouldin and "
                + "the gap rule). Kneedle found no elbow in the WCSS curve.", recommendation.explanation());
    }

    @Test
    void eachCriterionsPreferenceIsKept() {
        KRecommendation recommendation = KRecommendation.from(prefer(5, 5, 9, 5, null));

        assertEquals(9, recommendation.preferredBy(Criterion.CALINSKI_HARABASZ).orElseThrow());
        assertTrue(recommendation.preferredBy(Criterion.GAP).isEmpty());
    }

    @Test
    void noPreferenceAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> KRecommendation.from(prefer(null, null, null, null, null)));
    }

    @Test
    void aPreferenceBelowOneIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KRecommendation.from(prefer(0, 2, 2, 2, 2)));

        assertTrue(error.getMessage().contains("the elbow"), error.getMessage());
    }

    private static final String GAP_REASON = "it needs k-means on uniform reference tables as large as the data";

    private static Map<Criterion, OptionalInt> withoutGap(Integer elbow, Integer silhouette, Integer calinskiHarabasz,
            Integer daviesBouldin) {
        Map<Criterion, OptionalInt> preferences = prefer(elbow, silhouette, calinskiHarabasz, daviesBouldin, null);
        preferences.remove(Criterion.GAP);
        return preferences;
    }

    @Test
    void aLeftOutCriterionDoesNotVoteAndTheExplanationGivesTheReason() {
        // Four criteria weighed: 5, 5, 9, 5. The gap rule is not among the "criteria that name a k" (it was never
        // asked), so unanimity of the four that voted is stated as of all weighed criteria, not "of 5".
        KRecommendation recommendation = KRecommendation.from(withoutGap(5, 5, 9, 5),
                Map.of(Criterion.GAP, GAP_REASON));

        assertEquals(5, recommendation.k());
        assertEquals("k = 5: the elbow, silhouette and Davies–Bouldin agree (3 of 4 criteria). Calinski–Harabasz "
                + "prefers k = 9. The gap rule was left out: it needs k-means on uniform reference tables as large as "
                + "the data.", recommendation.explanation());
        assertEquals(List.of(Criterion.ELBOW, Criterion.SILHOUETTE, Criterion.CALINSKI_HARABASZ,
                Criterion.DAVIES_BOULDIN), recommendation.weighed());
        assertEquals(Map.of(Criterion.GAP, GAP_REASON), recommendation.leftOut());
        assertTrue(recommendation.preferredBy(Criterion.GAP).isEmpty());
    }

    @Test
    void unanimityOfTheWeighedCriteriaIsStatedWithoutTheLeftOutOne() {
        KRecommendation recommendation = KRecommendation.from(withoutGap(3, 3, 3, 3),
                Map.of(Criterion.GAP, GAP_REASON + "."));

        assertEquals("k = 3: all 4 criteria agree (the elbow, silhouette, Calinski–Harabasz and Davies–Bouldin). "
                + "The gap rule was left out: it needs k-means on uniform reference tables as large as the data.",
                recommendation.explanation());
    }

    @Test
    void aLeftOutCriterionIsNotReportedAsNamingNoK() {
        KRecommendation recommendation = KRecommendation.from(withoutGap(null, 4, 4, 4),
                Map.of(Criterion.GAP, GAP_REASON));

        assertEquals("k = 4: all 3 criteria that name a k agree (silhouette, Calinski–Harabasz and Davies–Bouldin). "
                + "Kneedle found no elbow in the WCSS curve. The gap rule was left out: it needs k-means on uniform "
                + "reference tables as large as the data.", recommendation.explanation());
    }

    @Test
    void withNothingLeftOutTheRecommendationIsTheFiveCriteriaOne() {
        Map<Criterion, OptionalInt> preferences = prefer(3, 6, 6, 3, null);

        assertEquals(KRecommendation.from(preferences).explanation(),
                KRecommendation.from(preferences, Map.of()).explanation());
    }

    @Test
    void aLeftOutCriterionThatNamesAKIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KRecommendation.from(prefer(5, 5, 5, 5, 4), Map.of(Criterion.GAP, GAP_REASON)));

        assertTrue(error.getMessage().contains("the gap rule is left out but prefers k = 4"), error.getMessage());
    }

    @Test
    void leavingOutWithoutAReasonIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KRecommendation.from(withoutGap(5, 5, 5, 5), Map.of(Criterion.GAP, " ")));

        assertTrue(error.getMessage().contains("without a reason"), error.getMessage());
    }
}
