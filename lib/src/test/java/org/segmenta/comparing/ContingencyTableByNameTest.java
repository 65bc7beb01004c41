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
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A column of segment names (such as named RFM segments) crossed with a segmentation. References: counted by hand, and
 * pandas 1.5.3 / scikit-learn 1.2.1 (Debian python3-pandas, python3-sklearn, numpy 1.24.2) with the Python in the
 * comments after {@code import numpy as np, pandas as pd; from sklearn.metrics import adjusted_rand_score}.
 */
class ContingencyTableByNameTest {

    // Thirty customers: rs = np.random.RandomState(3)
    // names = rs.choice(['Champions', 'Loyal', 'Lost', 'At Risk'], 30); labels = rs.randint(0, 3, 30)
    private static final String[] NAMES = {"Lost", "Champions", "Loyal", "At Risk", "Champions", "Champions",
        "Champions", "Loyal", "Loyal", "At Risk", "Lost", "At Risk", "Loyal", "Loyal", "Lost", "Loyal", "At Risk",
        "Lost", "Champions", "Champions", "Champions", "Loyal", "At Risk", "Lost", "Champions", "Lost", "Loyal",
        "Lost", "Lost", "Lost"};
    private static final int[] LABELS = {2, 0, 1, 2, 1, 0, 2, 1, 1, 2, 0, 2, 0, 1, 0, 1, 0, 2, 1, 1, 2, 0, 0, 2, 0,
        0, 1, 2, 0, 1};

    private static Segmentation segmentation(int[] labels) {
        double[] x = new double[labels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        FeatureMatrix features = FeatureMatrix.of(Table.create("t", DoubleColumn.create("x", x)), "x");
        return Segmentation.of("k-means", features, labels, Map.of());
    }

    @Test
    void countsCustomersByNameAndSegmentAsPandasCrosstab() {
        // pd.crosstab(names, labels):
        //            0  1  2
        // At Risk    2  0  3
        // Champions  3  3  2
        // Lost       4  1  4
        // Loyal      2  6  0
        ContingencyTable table = ContingencyTable.of(StringColumn.create("rfm_segment", NAMES), segmentation(LABELS));

        assertArrayEquals(new int[][] {{2, 0, 3}, {3, 3, 2}, {4, 1, 4}, {2, 6, 0}}, table.counts());
        assertEquals(List.of("At Risk", "Champions", "Lost", "Loyal"),
                List.of(table.rowHeading(0), table.rowHeading(1), table.rowHeading(2), table.rowHeading(3)));
    }

    @Test
    void adjustedRandIndexOfNamesMatchesScikitLearn() {
        // adjusted_rand_score(names, labels) -> 0.08162457445966273
        assertEquals(0.08162457445966273,
                AdjustedRandIndex.between(StringColumn.create("rfm_segment", NAMES), segmentation(LABELS)), 1e-14);
    }

    @Test
    void namesWorkedOutByHand() {
        // Names {Loyal ×3 | Lost ×3} against {0,0 | 1,1 | 2,2}: the same partitions as 8/33 in AdjustedRandIndexTest
        // (adjusted_rand_score(['Loyal']*3 + ['Lost']*3, [0,0,1,1,2,2]) -> 0.24242424242424243).
        StringColumn names = StringColumn.create("named", "Loyal", "Loyal", "Loyal", "Lost", "Lost", "Lost");

        assertEquals(8.0 / 33.0, AdjustedRandIndex.between(names, segmentation(new int[] {0, 0, 1, 1, 2, 2})), 1e-15);
    }

    @Test
    void rowsFollowTheGivenOrderAndNamesNoCustomerHasGetNoRow() {
        StringColumn names = StringColumn.create("rfm_segment", "Lost", "Champions", "Lost", "Champions");
        List<String> order = List.of("Champions", "Loyal", "Lost");

        Table table = ContingencyTable.of(names, order, segmentation(new int[] {0, 0, 1, 1})).table();

        assertEquals(List.of("Champions", "Lost", "Total"), table.stringColumn(0).asList());
        assertEquals("rfm_segment \\ k-means", table.column(0).name());
        assertEquals(List.of(1, 1, 2), table.intColumn("Segment 1").asList());
        assertEquals(List.of(1, 1, 2), table.intColumn("Segment 2").asList());
    }

    @Test
    void aNameMissingFromTheOrderIsRefusedWithTheRowAndTheName() {
        StringColumn names = StringColumn.create("rfm_segment", "Lost", "Unassigned");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(names, List.of("Lost"), segmentation(new int[] {0, 1})));

        assertTrue(error.getMessage().contains("'Unassigned' in row 1"), error.getMessage());
    }

    @Test
    void aCustomerWithoutANameIsRefused() {
        StringColumn names = StringColumn.create("rfm_segment", "Lost", "");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(names, segmentation(new int[] {0, 1})));

        assertTrue(error.getMessage().contains("no segment name in row 1"), error.getMessage());
    }

    @Test
    void aRepeatedNameInTheOrderIsRefused() {
        StringColumn names = StringColumn.create("rfm_segment", "Lost", "Lost");

        assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(names, List.of("Lost", "Lost"), segmentation(new int[] {0, 1})));
    }

    @Test
    void namesAndSegmentationOfDifferentSizesAreRefused() {
        StringColumn names = StringColumn.create("rfm_segment", "Lost", "Lost", "Loyal");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContingencyTable.of(names, segmentation(new int[] {0, 1})));

        assertTrue(error.getMessage().contains("3 rows") && error.getMessage().contains("2 customers"),
                error.getMessage());
    }
}
