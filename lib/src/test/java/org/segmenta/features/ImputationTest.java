package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImputationTest {

    @Test
    void theMostFrequentValueWins() {
        assertEquals("Graduation", Imputation.mostFrequent(Map.of("PhD", 3, "Graduation", 5, "Master", 4)));
    }

    @Test
    void onATieTheSmallestValueWinsWhateverTheOrderOfTheCounts() {
        assertEquals(2.0, Imputation.mostFrequent(Map.of(7.0, 2L, 2.0, 2L, 5.0, 1L)));
        assertEquals("Basic", Imputation.mostFrequent(Map.of("Master", 3, "Basic", 3)));
    }

    @Test
    void refusesNoValues() {
        assertThrows(IllegalArgumentException.class, () -> Imputation.mostFrequent(Map.<String, Integer>of()));
    }
}
