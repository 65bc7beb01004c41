package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmenta.testing.BadInput.assertMentions;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureMatrixTest {

    private static final double EPS = 1e-12;

    /** Four customers with the mall data's column names. */
    private static Table mallLike() {
        return Table.create("mall",
                IntColumn.create("CustomerID", 1, 2, 3, 4),
                StringColumn.create("Gender", "Male", "Female", "Female", "Male"),
                IntColumn.create("Age", 1, 2, 3, 4),
                DoubleColumn.create("Annual Income (k$)", 10, 20, 40, 10),
                IntColumn.create("Spending Score (1-100)", 5, 5, 5, 5));
    }

    private static IllegalArgumentException fails(Table table, Scaling scaling, String... columns) {
        return assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(table, scaling, columns));
    }

    private static double[] column(double[][] rows, int j) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][j];
        }
        return column;
    }

    // --- building ------------------------------------------------------------------------------------------------

    @Test
    void unscaledMatrixHoldsTheChosenColumnsRowByRowInTheOrderAsked() {
        FeatureMatrix x = FeatureMatrix.of(mallLike(), "Annual Income (k$)", "Age");

        assertEquals(4, x.rows());
        assertEquals(2, x.columns());
        assertEquals(List.of("Annual Income (k$)", "Age"), x.names());
        assertEquals(Scaling.NONE, x.scaling());
        assertArrayEquals(new double[][] {{10, 1}, {20, 2}, {40, 3}, {10, 4}}, x.values());
        assertArrayEquals(x.values(), x.originalValues());
    }

    @Test
    void indexOfGivesTheFeaturePositionAndRejectsOtherNames() {
        FeatureMatrix x = FeatureMatrix.of(mallLike(), "Annual Income (k$)", "Age");

        assertEquals(1, x.indexOf("Age"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.indexOf("Gender"));
        assertMentions(e.getMessage(), "'Gender'", "[Annual Income (k$), Age]");
    }

    @Test
    void originalValueAndOriginalColumnReadTheUnscaledNumbers() {
        FeatureMatrix z = FeatureMatrix.of(mallLike(), Scaling.STANDARD, "Age", "Annual Income (k$)");

        assertEquals(40.0, z.originalValue(2, 1));
        assertArrayEquals(new double[] {10, 20, 40, 10}, z.originalColumn("Annual Income (k$)"));
    }

    // --- bad requests --------------------------------------------------------------------------------------------

    @Test
    void unknownColumnIsNamedWithTheClosestNameAndTheColumnsAvailable() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Annual Income");

        assertMentions(e.getMessage(), "unknown column 'Annual Income'", "table 'mall'",
                "did you mean 'Annual Income (k$)'?",
                "[CustomerID, Gender, Age, Annual Income (k$), Spending Score (1-100)]");
    }

    @Test
    void columnNamedWithoutItsUnitGetsTheFullNameSuggested() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Spending Score");

        assertMentions(e.getMessage(), "did you mean 'Spending Score (1-100)'?");
    }

    @Test
    void misspelledColumnGetsTheClosestNameSuggested() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Agee");

        assertMentions(e.getMessage(), "unknown column 'Agee'", "did you mean 'Age'?");
    }

    @Test
    void unknownColumnFarFromEveryNameGetsNoSuggestion() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Postcode");

        assertMentions(e.getMessage(), "unknown column 'Postcode'", "Columns available");
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    void nonNumericColumnIsRejectedListingTheNumericColumns() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Age", "Gender");

        assertMentions(e.getMessage(), "column 'Gender'", "not numeric", "'Male'",
                "[CustomerID, Age, Annual Income (k$), Spending Score (1-100)]");
    }

    @Test
    void missingValueIsReportedWithItsDataRowAndTheMissingCount() {
        Table table = Table.create("t", DoubleColumn.create("Income", 1, 2, Double.NaN, 4, Double.NaN));

        IllegalArgumentException e = fails(table, Scaling.NONE, "Income");

        assertMentions(e.getMessage(), "column 'Income'", "table 't'", "missing value", "data row 3",
                "2 missing in all", "Impute or drop");
    }

    @Test
    void missingValueInAnIntegerColumnIsReportedToo() {
        IntColumn age = IntColumn.create("Age", 30, 40);
        age.appendMissing();
        Table table = Table.create("t", age);

        IllegalArgumentException e = fails(table, Scaling.NONE, "Age");

        assertMentions(e.getMessage(), "column 'Age'", "data row 3");
    }

    @Test
    void constantColumnIsRejectedWithItsValue() {
        IllegalArgumentException e = fails(mallLike(), Scaling.STANDARD, "Age", "Spending Score (1-100)");

        assertMentions(e.getMessage(), "column 'Spending Score (1-100)'", "constant", "every value is 5.0",
                "Leave it out");
    }

    @Test
    void emptyTableIsRejected() {
        Table empty = Table.create("nobody", DoubleColumn.create("Age"));

        IllegalArgumentException e = fails(empty, Scaling.NONE, "Age");

        assertMentions(e.getMessage(), "table 'nobody'", "no rows");
    }

    @Test
    void askingForNoColumnsIsRejectedListingTheNumericColumns() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE);

        assertMentions(e.getMessage(), "at least one feature column", "table 'mall'",
                "[CustomerID, Age, Annual Income (k$), Spending Score (1-100)]");
    }

    @Test
    void columnNamedTwiceIsRejected() {
        IllegalArgumentException e = fails(mallLike(), Scaling.NONE, "Age", "Annual Income (k$)", "Age");

        assertMentions(e.getMessage(), "named twice", "[Age, Annual Income (k$), Age]");
    }

    // --- scaling -------------------------------------------------------------------------------------------------

    @Test
    void standardScalingOfOneTwoThreeFourGivesTheHandComputedZScores() {
        // mean 2.5, population variance ((1.5² + 0.5²) · 2) / 4 = 1.25
        FeatureMatrix z = FeatureMatrix.of(mallLike(), Scaling.STANDARD, "Age");
        double sd = Math.sqrt(1.25);

        assertArrayEquals(new double[] {-1.5 / sd, -0.5 / sd, 0.5 / sd, 1.5 / sd}, column(z.values(), 0), EPS);
    }

    @Test
    void standardScalingGivesEveryColumnMeanZeroAndPopulationVarianceOne() {
        FeatureMatrix z = FeatureMatrix.of(mallLike(), Scaling.STANDARD, "Age", "Annual Income (k$)");

        for (int j = 0; j < 2; j++) {
            double[] values = column(z.values(), j);
            double mean = 0;
            for (double v : values) {
                mean += v / values.length;
            }
            double variance = 0;
            for (double v : values) {
                variance += (v - mean) * (v - mean) / values.length;
            }
            assertEquals(0.0, mean, EPS, "mean of column " + j);
            assertEquals(1.0, variance, EPS, "variance of column " + j);
        }
    }

    @Test
    void minMaxScalingMapsEachColumnOntoZeroToOne() {
        FeatureMatrix m = FeatureMatrix.of(mallLike(), Scaling.MIN_MAX, "Age", "Annual Income (k$)");

        // Age 1..4 -> (x-1)/3; income 10,20,40,10 -> (x-10)/30
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 1}, column(m.values(), 0), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 0}, column(m.values(), 1), EPS);
    }

    @Test
    void scalingLeavesTheOriginalValuesAlone() {
        FeatureMatrix m = FeatureMatrix.of(mallLike(), Scaling.MIN_MAX, "Annual Income (k$)");

        assertArrayEquals(new double[][] {{10}, {20}, {40}, {10}}, m.originalValues());
    }

    @Test
    void toOriginalUnitsInvertsEveryScalingExactly() {
        for (Scaling scaling : Scaling.values()) {
            FeatureMatrix x = FeatureMatrix.of(mallLike(), scaling, "Age", "Annual Income (k$)");
            double[][] scaled = x.values();
            for (int i = 0; i < x.rows(); i++) {
                assertArrayEquals(x.originalValues()[i], x.toOriginalUnits(scaled[i]), 1e-9,
                        scaling + ", row " + i);
            }
        }
    }

    @Test
    void toOriginalUnitsMapsTheScaledOriginToTheColumnCentres() {
        FeatureMatrix z = FeatureMatrix.of(mallLike(), Scaling.STANDARD, "Age", "Annual Income (k$)");
        FeatureMatrix m = FeatureMatrix.of(mallLike(), Scaling.MIN_MAX, "Age", "Annual Income (k$)");

        assertArrayEquals(new double[] {2.5, 20}, z.toOriginalUnits(new double[] {0, 0}), EPS);   // the means
        assertArrayEquals(new double[] {1, 10}, m.toOriginalUnits(new double[] {0, 0}), EPS);     // the minimums
        assertArrayEquals(new double[] {4, 40}, m.toOriginalUnits(new double[] {1, 1}), EPS);     // the maximums
    }

    @Test
    void toOriginalUnitsRejectsAPointWithTheWrongNumberOfCoordinates() {
        FeatureMatrix x = FeatureMatrix.of(mallLike(), "Age", "Annual Income (k$)");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> x.toOriginalUnits(new double[] {1, 2, 3}));

        assertMentions(e.getMessage(), "needs 2 coordinates", "got 3");
    }

    // --- immutability --------------------------------------------------------------------------------------------

    @Test
    void accessorsReturnCopiesThatCannotChangeTheMatrix() {
        FeatureMatrix z = FeatureMatrix.of(mallLike(), Scaling.STANDARD, "Age", "Annual Income (k$)");
        double[][] scaledBefore = z.values();

        z.values()[0][0] = 99;
        z.originalValues()[0][0] = 99;
        z.originalColumn("Age")[0] = 99;

        assertArrayEquals(scaledBefore, z.values());
        assertEquals(1.0, z.originalValue(0, 0));
        assertEquals(1.0, z.originalColumn("Age")[0]);
    }

    @Test
    void anUnscaledMatrixAlsoHandsOutIndependentCopies() {
        FeatureMatrix x = FeatureMatrix.of(mallLike(), Scaling.NONE, "Age", "Annual Income (k$)");

        x.values()[0][0] = 99;
        x.flatValues()[0] = 98;
        x.originalValues()[0][0] = 97;

        assertEquals(1.0, x.value(0, 0));
        assertEquals(1.0, x.originalValue(0, 0));
        assertEquals(1.0, x.values()[0][0]);
    }

    @Test
    void changingTheTableAfterwardsDoesNotChangeTheMatrix() {
        Table table = mallLike();
        FeatureMatrix x = FeatureMatrix.of(table, "Age");

        table.intColumn("Age").set(0, 99);

        assertEquals(1.0, x.originalValue(0, 0));
    }

    // --- distinct rows -------------------------------------------------------------------------------------------

    @Test
    void distinctRowsCountsIdenticalRowsOnce() {
        Table table = Table.create("t",
                DoubleColumn.create("a", 1, 1, 2, 1, 2),
                DoubleColumn.create("b", 5, 5, 5, 6, 5));

        assertEquals(3, FeatureMatrix.of(table, "a", "b").distinctRows());   // (1,5) (2,5) (1,6)
    }

    @Test
    void distinctRowsTreatsMinusZeroAndZeroAsTheSamePoint() {
        Table table = Table.create("t", DoubleColumn.create("a", 0.0, -0.0, 1.0));

        assertEquals(2, FeatureMatrix.of(table, "a").distinctRows());
    }

    @Test
    void distinctRowsUpToStopsAtTheLimitAndIsExactBelowIt() {
        Table table = Table.create("t",
                DoubleColumn.create("a", 1, 1, 2, 1, 2, 3),
                DoubleColumn.create("b", 5, 5, 5, 6, 5, 5));
        FeatureMatrix x = FeatureMatrix.of(table, "a", "b");

        // distinct rows: (1,5) (2,5) (1,6) (3,5) = 4
        assertEquals(2, x.distinctRowsUpTo(2));
        assertEquals(4, x.distinctRowsUpTo(4));
        assertEquals(4, x.distinctRowsUpTo(10));
        assertThrows(IllegalArgumentException.class, () -> x.distinctRowsUpTo(0));
    }

    @Test
    void distinctRowsOfManyRowsWithFewPatterns() {
        // 10,000 rows cycling through the 7 × 11 = 77 pairs (i mod 7, i mod 11): 7 and 11 are coprime, so every
        // pair occurs (Chinese remainder theorem), and nothing else does.
        int n = 10_000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 7;
            b[i] = -(i % 11) * 0.5;
        }
        Table table = Table.create("t", DoubleColumn.create("a", a), DoubleColumn.create("b", b));

        assertEquals(77, FeatureMatrix.of(table, "a", "b").distinctRows());
    }

    // --- edit distance -------------------------------------------------------------------------------------------

    @Test
    void editDistanceGivesTheClassicLevenshteinValues() {
        assertEquals(3, ColumnSuggestions.editDistance("kitten", "sitting"));
        assertEquals(3, ColumnSuggestions.editDistance("saturday", "sunday"));
        assertEquals(2, ColumnSuggestions.editDistance("flaw", "lawn"));
        assertEquals(5, ColumnSuggestions.editDistance("Annual Income", "Annual Income (k$)"));
    }

    @Test
    void editDistanceFromOrToTheEmptyStringIsTheLength() {
        assertEquals(3, ColumnSuggestions.editDistance("", "abc"));
        assertEquals(3, ColumnSuggestions.editDistance("abc", ""));
        assertEquals(0, ColumnSuggestions.editDistance("", ""));
    }

    @Test
    void editDistanceIsZeroOnlyForEqualStringsAndIsCaseSensitive() {
        assertEquals(0, ColumnSuggestions.editDistance("Age", "Age"));
        assertEquals(1, ColumnSuggestions.editDistance("Age", "age"));
    }

    @Test
    void editDistanceIsSymmetric() {
        assertEquals(ColumnSuggestions.editDistance("sitting", "kitten"), ColumnSuggestions.editDistance("kitten", "sitting"));
        assertEquals(ColumnSuggestions.editDistance("sunday", "saturday"),
                ColumnSuggestions.editDistance("saturday", "sunday"));
    }
}
