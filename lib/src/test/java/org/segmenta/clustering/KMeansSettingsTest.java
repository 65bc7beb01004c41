package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;

/** k-means settings without a k: {@link KMeans#settings()} and {@link KMeansSettings}. */
class KMeansSettingsTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");

    @Test
    void theDefaultsAreScikitLearnsWithSeed42() {
        // scikit-learn's KMeans: n_init=10 (before 1.4), max_iter=300, tol=1e-4
        KMeansSettings defaults = KMeans.settings();

        assertEquals(10, defaults.restarts());
        assertEquals(42L, defaults.seed());
        assertEquals(300, defaults.maxIterations());
        assertEquals(1e-4, defaults.tolerance());
    }

    @Test
    void withKMakesTheKMeansOfTheseSettings() {
        Segmentation segments = KMeans.settings().restarts(4).seed(77).maxIterations(50).tolerance(0).withK(3)
                .fit(MALL);

        Map<String, Object> parameters = segments.parameters();
        assertEquals(3, parameters.get("k"));
        assertEquals(4, parameters.get("restarts"));
        assertEquals(77L, parameters.get("seed"));
        assertEquals(50, parameters.get("maxIterations"));
        assertEquals(0.0, parameters.get("tolerance"));
        assertArrayEquals(KMeans.withK(3).restarts(4).seed(77).maxIterations(50).tolerance(0).fit(MALL).labels(),
                segments.labels());
    }

    @Test
    void settersReturnCopiesAndLeaveTheOriginalAlone() {
        KMeansSettings original = KMeans.settings();

        KMeansSettings changed = original.restarts(3).seed(7);

        assertEquals(10, original.restarts());
        assertEquals(42L, original.seed());
        assertEquals(new KMeansSettings(3, 7, 300, 1e-4), changed);
    }

    @Test
    void invalidSettingsAreRefusedNamingTheSetting() {
        IllegalArgumentException restarts = assertThrows(IllegalArgumentException.class,
                () -> KMeans.settings().restarts(0));
        assertTrue(restarts.getMessage().contains("restarts"), restarts.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KMeans.settings().maxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> KMeans.settings().tolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> KMeans.settings().tolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> KMeans.settings().withK(0));
    }
}
