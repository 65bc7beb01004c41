package org.segmenta.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.SegmentNames;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** {@link LabelledCustomers#of(Table, int[], Segmentation, SegmentNames)}: segments for some rows, blanks for others. */
class LabelledCustomersOfSomeRowsTest {

    private static final SegmentNames NAMES = SegmentNames.of(List.of("Big", "Small"));

    /** Five customers; rows 1 and 3 lack x and were not segmented. */
    private static Table customers() {
        return Table.create("five", DoubleColumn.create("x", 1, Double.NaN, 2, Double.NaN, 10),
                DoubleColumn.create("id", 101, 102, 103, 104, 105));
    }

    /** Rows 0, 2, 4 segmented: {1, 2} together (Segment 1, the larger), {10} alone (Segment 2). */
    private static Segmentation segmentsOfRows024() {
        Table complete = customers().rows(0, 2, 4);
        return Segmentation.of("hand-made", FeatureMatrix.of(complete, "x"), new int[] {0, 0, 1}, Map.of());
    }

    @Test
    void segmentedRowsGetTheirSegmentAndTheOthersNone() {
        Table labelled = LabelledCustomers.of(customers(), new int[] {0, 2, 4}, segmentsOfRows024(), NAMES);

        assertEquals(5, labelled.rowCount());
        assertEquals(Arrays.asList(1, null, 1, null, 2), labelled.intColumn("segment").asList());
        assertEquals("Small", labelled.stringColumn("segment_name").get(4));
        assertTrue(labelled.stringColumn("segment_name").isMissing(1));
        assertEquals(102.0, labelled.doubleColumn("id").get(1), "unsegmented rows keep their values");
    }

    @Test
    void refusesRowIndicesThatAreNotAscending() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelledCustomers.of(customers(), new int[] {0, 4, 2}, segmentsOfRows024(), NAMES));
    }

    @Test
    void refusesAnotherNumberOfRowIndicesThanSegmentedRows() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelledCustomers.of(customers(), new int[] {0, 2}, segmentsOfRows024(), NAMES));
    }

    @Test
    void refusesARowIndexBeyondTheTable() {
        assertThrows(IllegalArgumentException.class,
                () -> LabelledCustomers.of(customers(), new int[] {0, 2, 5}, segmentsOfRows024(), NAMES));
    }
}
