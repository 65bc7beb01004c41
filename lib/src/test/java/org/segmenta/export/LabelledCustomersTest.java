package org.segmenta.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.naming.SegmentNames;
import org.segmenta.testing.TinyCustomers;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LabelledCustomersTest {

    private static final SegmentNames NAMES = SegmentNames.of(List.of("Big", "Small"));

    @Test
    void addsSegmentNumbersFromOneAndNamesAfterTheInputColumns() {
        Table labelled = LabelledCustomers.of(TinyCustomers.table(), TinyCustomers.segmentation(), NAMES);

        assertEquals(List.of("f", "spend", "gender", "segment", "segment_name"), labelled.columnNames());
        assertEquals(List.of(2, 2, 2, 1, 1, 1, 1), labelled.intColumn("segment").asList());
        assertEquals("Small", labelled.stringColumn("segment_name").get(0));
    }

    @Test
    void leavesTheInputTableUnchanged() {
        Table customers = TinyCustomers.table();

        LabelledCustomers.of(customers, TinyCustomers.segmentation(), NAMES);

        assertEquals(3, customers.columnCount());
    }

    @Test
    void refusesATableThatAlreadyHasASegmentColumn() {
        Table customers = TinyCustomers.table();
        customers.addColumns(IntColumn.create("segment", new int[] {1, 1, 1, 2, 2, 2, 2}));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledCustomers.of(customers, TinyCustomers.segmentation(), NAMES));

        assertTrue(e.getMessage().contains("already has a column 'segment'; rename or remove it"), e.getMessage());
    }

    @Test
    void refusesATableWithAnotherNumberOfRowsThanTheSegmentation() {
        Table longer = TinyCustomers.table().append(TinyCustomers.table());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelledCustomers.of(longer, TinyCustomers.segmentation(), NAMES));

        assertTrue(e.getMessage().contains("has 14 rows but the segmentation has 7"), e.getMessage());
    }

    @Test
    void refusesNamesForAnotherNumberOfSegments() {
        assertThrows(IllegalArgumentException.class, () -> LabelledCustomers.of(TinyCustomers.table(),
                TinyCustomers.segmentation(), SegmentNames.generic(3)));
    }
}
