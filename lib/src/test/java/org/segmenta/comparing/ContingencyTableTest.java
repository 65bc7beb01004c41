package org.segmenta.comparing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class ContingencyTableTest {

    // Six customers: A = {0,1,2 | 3,4,5}, B = {0,1 | 2,3 | 4,5}. Counted by hand:
    //            B: Segment 1  Segment 2  Segment 3  Total
    // Segment 1         2          1          0        3
    // Segment 2         0          1          2        3
    // Total             2          2          2        6
    private static final int[] A = {0, 0, 0, 1, 1, 1};
    private static final int[] B = {0, 0, 1, 1, 2, 2};

    @Test
    void countsCustomersSharedByEachPairOfSegments() {
        ContingencyTable table = ContingencyTable.of(A, B);

        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 2}}, table.counts());
        assertEquals(3, table.rowTotal(0));
        assertEquals(2, table.columnTotal(2));
        assertEquals(6, table.total());
    }

    @Test
    void tableForPeopleHasSegmentNamesAndTotals() {
        Table table = ContingencyTable.of("A", A, "B", B).table();

        assertEquals(List.of("A \\ B", "Segment 1", "Segment 2", "Segment 3", "Total"), table.columnNames());
        assertEquals(List.of("Segment 1", "Segment 2", "Total"), table.stringColumn(0).asList());
        assertEquals(List.of(2, 0, 2), table.intColumn("Segment 1").asList());
        assertEquals(List.of(0, 2, 2), table.intColumn("Segment 3").asList());
        assertEquals(List.of(3, 3, 6), table.intColumn("Total").asList());
    }

    @Test
    void onlyLabelsThatOccurGetARowOrColumnInIncreasingOrder() {
        ContingencyTable table = ContingencyTable.of(new int[] {4, 4, 1}, new int[] {0, 2, 2});

        assertEquals(2, table.rows());
        assertEquals(1, table.rowLabel(0));
        assertEquals(4, table.rowLabel(1));
        assertEquals(List.of("Segment 2", "Segment 5", "Total"), table.table().stringColumn(0).asList());
        assertEquals(List.of("A \\ B", "Segment 1", "Segment 3", "Total"), table.table().columnNames());
    }

    @Test
    void largeLabelNumbersNeedNoLargeTable() {
        ContingencyTable table = ContingencyTable.of(new int[] {2_000_000_000, 7, 7}, new int[] {0, 0, 1});

        assertEquals(7, table.rowLabel(0));
        assertEquals(2_000_000_000, table.rowLabel(1));
        assertArrayEquals(new int[][] {{1, 1}, {1, 0}}, table.counts());
    }

    @Test
    void segmentationsAreNamedAfterTheirMethodsAndTellApartWhenEqual() {
        FeatureMatrix x = FeatureMatrix.of(Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4)), "x");
        Segmentation first = Segmentation.of("k-means", x, new int[] {0, 0, 1, 1}, Map.of());
        Segmentation second = Segmentation.of("k-means", x, new int[] {0, 1, 1, 1}, Map.of());

        ContingencyTable table = ContingencyTable.of(first, second);

        assertEquals("k-means (A)", table.rowName());
        assertEquals("k-means (B)", table.columnName());
        assertTrue(table.table().name().contains("k-means (A) (rows) × k-means (B) (columns)"), table.table().name());
    }

    @Test
    void labelArraysOfDifferentLengthsAreRefusedWithBothLengths() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new int[] {0, 1, 1}, new int[] {0, 1}));

        assertTrue(error.getMessage().contains("3 labels") && error.getMessage().contains("has 2"),
                error.getMessage());
    }

    @Test
    void aNegativeLabelIsRefusedWithItsRow() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(new int[] {0, 1, 1}, new int[] {0, -1, 1}));

        assertTrue(error.getMessage().contains("label -1 at row 1 of B"), error.getMessage());
    }

    @Test
    void emptyLabelArraysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ContingencyTable.of(new int[0], new int[0]));
    }
}
