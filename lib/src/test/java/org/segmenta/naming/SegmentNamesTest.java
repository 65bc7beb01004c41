package org.segmenta.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentNamesTest {

    private static final SegmentNames NAMES = SegmentNames.of(List.of("Mid income · Mid spending",
            "High income · High spending"));

    @Test
    void renameReturnsANewObjectAndLeavesTheOriginalUnchanged() {
        SegmentNames renamed = NAMES.rename(1, "VIP");

        assertEquals("VIP", renamed.name(1));
        assertEquals("Mid income · Mid spending", renamed.name(0));
        assertEquals("High income · High spending", NAMES.name(1));
    }

    @Test
    void renameRefusesANameAnotherSegmentHasAndSaysWhich() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> NAMES.rename(1, "Mid income · Mid spending"));

        assertTrue(error.getMessage().contains("Segment 1"), error.getMessage());
    }

    @Test
    void renameRefusesABlankNameAndAnUnknownSegment() {
        assertThrows(IllegalArgumentException.class, () -> NAMES.rename(0, "  "));
        assertThrows(IllegalArgumentException.class, () -> NAMES.rename(2, "Third"));
    }

    @Test
    void genericNamesAreSegmentNumbers() {
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3"), SegmentNames.generic(3).names());
    }

    @Test
    void numberedNamesStartWithTheSegmentNumber() {
        assertEquals("2 · High income · High spending", NAMES.numbered(1));
    }

    @Test
    void tableListsSegmentAndName() {
        assertEquals(List.of("Segment 1", "Segment 2"), NAMES.table().stringColumn("Segment").asList());
        assertEquals(NAMES.names(), NAMES.table().stringColumn("Name").asList());
    }
}
