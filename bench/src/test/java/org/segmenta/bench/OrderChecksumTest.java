package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderChecksumTest {

    // The Online Retail figures of pandas 1.5.3 (see lib's OnlineRetailTest for the Python).
    private final OrderChecksum retail = new OrderChecksum(541_909, 5_268, 397_884, 4_338, 403_692, 18_532,
            891_140_790);

    @Test
    void readsBackItsWords() {
        assertEquals(retail, OrderChecksum.parse(retail.words()));
    }

    @Test
    void readsTheWordsOfThePythonScript() {
        // As peer_bench.py prints them.
        assertEquals(retail, OrderChecksum.parse("lines=541909 duplicates=5268 kept=397884 customers=4338 "
                + "recency=403692 frequency=18532 monetary_cents=891140790"));
    }

    @Test
    void givesTheMonetaryTotalInCurrencyUnits() {
        assertEquals(8_911_407.90, retail.monetary(), 1e-9);
    }

    @Test
    void namesAMissingWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrderChecksum.parse("lines=1 duplicates=0 kept=1 customers=1 recency=1 frequency=1"));
        assertTrue(e.getMessage().contains("monetary_cents"), e.getMessage());
    }
}
