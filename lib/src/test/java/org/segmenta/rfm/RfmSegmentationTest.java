package org.segmenta.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import tech.tablesaw.api.Table;

/**
 * The ten hand-made customers of {@link RfmScoresTest} in the standard map (see {@link RfmSegmentSummaryTest}): New /
 * Recent A, B; Promising C; Need Attention D; Potential Loyalists E, F; At Risk G, H; Can't Lose Them I, J. By size,
 * ties broken by the first customer: the four pairs in the order A, E, G, I, then C, then D.
 */
class RfmSegmentationTest {

    private static Table named() {
        return RfmSegmentMap.standard().apply(RfmScores.score(RfmScoresTest.tenCustomers()));
    }

    @Test
    void segmentsAreNumberedBySizeAndKeepTheirNames() {
        RfmSegmentation rfm = RfmSegmentation.of(named());

        assertEquals(List.of("New / Recent", "Potential Loyalists", "At Risk", "Can't Lose Them", "Promising",
                "Need Attention"), rfm.names().names());
        assertArrayEquals(new int[] {0, 0, 4, 5, 1, 1, 2, 2, 3, 3}, rfm.segmentation().labels());
        assertArrayEquals(new int[] {2, 2, 2, 2, 1, 1}, rfm.segmentation().sizes());
    }

    @Test
    void theFeaturesAreTheThreeScores() {
        Segmentation segments = RfmSegmentation.of(named()).segmentation();

        assertEquals(List.of("r_score", "f_score", "m_score"), segments.features().names());
        // Can't Lose Them I, J: R 1, 1; F 5, 5; M 4, 5
        assertArrayEquals(new double[] {1, 5, 4.5}, segments.centroids()[3], 1e-12);
    }

    @Test
    void scoresWithoutSegmentNamesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RfmSegmentation.of(RfmScores.score(RfmScoresTest.tenCustomers())));
        assertTrue(e.getMessage().contains("map.apply(scored)"), e.getMessage());
    }
}
