package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElkiKeysTest {

    @Test
    void theTimedVariantIsReadBackFromTheNotes() {
        assertEquals(Optional.of("Shallot"), ElkiKeys.timedVariant(List.of("k-means: the exact variants …",
                "k-means: timed variant Shallot")));
        assertEquals(Optional.empty(), ElkiKeys.timedVariant(List.of("k-means: other")));
    }
}
