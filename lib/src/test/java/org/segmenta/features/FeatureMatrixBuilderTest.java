package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureMatrixBuilderTest {

    private static final Table MALL = CustomerData.mallCustomers(Path.of("../data/mall_customers.csv"));

    private static Table withGaps() {
        return Table.create("gaps",
                DoubleColumn.create("x", 1, Double.NaN, 3, 10, Double.NaN),
                StringColumn.create("g", "a", "b", "", "b", "a"));
    }

    private static double[] column(FeatureMatrix m, int j) {
        double[][] v = m.originalValues();
        double[] c = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i][j];
        }
        return c;
    }

    @Test
    void medianImputationFillsGapsWithTheMedianOfThePresentValues() {
        // present values 1, 3, 10: median 3
        FeatureMatrix m = FeatureMatrix.builder(withGaps()).numeric("x").impute(Imputation.MEDIAN).build();

        assertArrayEquals(new double[] {1, 3, 3, 10, 3}, column(m, 0));
        assertEquals(2, m.featureColumns().get(0).imputed());
        assertEquals(3.0, m.featureColumns().get(0).fillValue());
    }

    @Test
    void meanImputationFillsGapsWithTheMeanOfThePresentValues() {
        // present values 1, 3, 10: mean 14 / 3
        FeatureMatrix m = FeatureMatrix.builder(withGaps()).numeric("x").impute(Imputation.MEAN).build();

        assertEquals(14.0 / 3, column(m, 0)[1], 1e-12);
    }

    @Test
    void medianImputationOfPersonalityIncomeUsesPandasMedian() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));

        FeatureMatrix m = FeatureMatrix.builder(people).numeric("Income").impute(Imputation.MEDIAN).build();

        // pandas 1.5.3: pd.read_csv('data/marketing_campaign.csv', sep='\t')['Income'].median() -> 51381.5
        assertEquals(51381.5, m.featureColumns().get(0).fillValue());
        assertEquals(24, m.featureColumns().get(0).imputed());
    }

    @Test
    void withoutImputationAGapIsAnErrorThatSuggestsTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.builder(withGaps()).numeric("x").build());

        assertTrue(e.getMessage().contains("data row 2") && e.getMessage().contains("2 missing in all")
                && e.getMessage().contains("Imputation.MEDIAN"), e.getMessage());
    }

    @Test
    void categoricalColumnsBecomeOneZeroOneColumnPerSortedValue() {
        Table table = Table.create("t", StringColumn.create("g", "b", "a", "c", "a"));

        FeatureMatrix m = FeatureMatrix.builder(table).categorical("g").build();

        assertEquals(List.of("g=a", "g=b", "g=c"), m.names());
        assertArrayEquals(new double[] {0, 1, 0}, m.originalValues()[0]);
        assertArrayEquals(new double[] {1, 0, 0}, m.originalValues()[1]);
        assertTrue(m.featureColumns().get(0).isOneHot());
    }

    @Test
    void numericColumnsComeFirstThenEachCategoricalColumnsLevelsInOrder() {
        Table table = Table.create("t",
                StringColumn.create("g", "b", "a", "b"),
                DoubleColumn.create("x", 10, 20, 30),
                StringColumn.create("h", "z", "z", "y"),
                DoubleColumn.create("w", -1, 0, 1));

        FeatureMatrix m = FeatureMatrix.builder(table).numeric("x", "w").categorical("g", "h").build();

        assertEquals(List.of("x", "w", "g=a", "g=b", "h=y", "h=z"), m.names());
        // row by row: x, w, then g one-hot (a, b), then h one-hot (y, z)
        assertArrayEquals(new double[] {10, -1, 0, 1, 0, 1}, m.originalValues()[0]);
        assertArrayEquals(new double[] {20, 0, 1, 0, 0, 1}, m.originalValues()[1]);
        assertArrayEquals(new double[] {30, 1, 0, 1, 1, 0}, m.originalValues()[2]);
        assertArrayEquals(m.originalValues(), m.values(), "unscaled: the algorithms see the original values");
    }

    @Test
    void categoricalGapsTakeTheMostFrequentValueWhenImputing() {
        // g: a, b, (missing), b, a -> a and b tie at 2; the tie goes to the first alphabetically, "a"
        FeatureMatrix m = FeatureMatrix.builder(withGaps()).categorical("g").impute(Imputation.MODE).build();

        assertArrayEquals(new double[] {1, 0}, m.originalValues()[2]);
    }

    @Test
    void numericGapsTakeTheMostFrequentValueWhenImputingTheMode() {
        // 4, 9, 9 -> 9 is the only mode
        Table single = Table.create("t", DoubleColumn.create("x", 4, 9, Double.NaN, 9));
        // 7, 2, 7, 2, 5 -> 7 and 2 tie at 2; the tie goes to the lowest, as pandas' Series.mode()[0] (modes sorted)
        Table tie = Table.create("t", DoubleColumn.create("x", 7, 2, Double.NaN, 7, 2, 5));

        assertEquals(9.0, FeatureMatrix.builder(single).numeric("x").impute(Imputation.MODE).build()
                .featureColumns().get(0).fillValue());
        assertEquals(2.0, FeatureMatrix.builder(tie).numeric("x").impute(Imputation.MODE).build()
                .featureColumns().get(0).fillValue());
    }

    @Test
    void aCategoricalColumnWithNoValuesIsRefused() {
        Table table = Table.create("t", StringColumn.create("g", "", ""), DoubleColumn.create("x", 1, 2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.builder(table).numeric("x").categorical("g").impute(Imputation.MODE).build());

        assertTrue(e.getMessage().contains("'g'") && e.getMessage().contains("no values"), e.getMessage());
    }

    @Test
    void aCategoricalColumnWithOneValueIsRefused() {
        Table table = Table.create("t", StringColumn.create("g", "a", "a"), DoubleColumn.create("x", 1, 2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.builder(table).numeric("x").categorical("g").build());

        assertTrue(e.getMessage().contains("'g'") && e.getMessage().contains("single value"), e.getMessage());
    }

    @Test
    void oneHotColumnsAreNotRescaled() {
        Table table = Table.create("t", StringColumn.create("g", "a", "b", "b"), DoubleColumn.create("x", 1, 2, 6));

        FeatureMatrix m = FeatureMatrix.builder(table).numeric("x").categorical("g").scaling(Scaling.STANDARD).build();

        assertArrayEquals(new double[] {0, 1, 1}, new double[] {m.values()[0][2], m.values()[1][2], m.values()[2][2]});
    }

    @Test
    void robustScalingMatchesScikitLearn() {
        FeatureMatrix m = FeatureMatrix.of(MALL, Scaling.ROBUST, "Age", "Annual Income (k$)");

        // scikit-learn 1.2.1: RobustScaler().fit(d[['Age', 'Annual Income (k$)']].values.astype(float))
        //   center_ [36.0, 61.5], scale_ [20.25, 36.5]; transform(X)[0] -> [-0.8395061728395061, -1.273972602739726]
        assertEquals(36.0, m.featureColumns().get(0).center());
        assertEquals(36.5, m.featureColumns().get(1).scale());
        assertArrayEquals(new double[] {-0.8395061728395061, -1.273972602739726}, m.values()[0], 1e-12);
    }

    @Test
    void robustScalingRefusesAColumnWithZeroInterquartileRange() {
        Table table = Table.create("t", DoubleColumn.create("x", 0, 0, 0, 0, 5));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.of(table, Scaling.ROBUST, "x"));

        assertTrue(e.getMessage().contains("'x'") && e.getMessage().contains("interquartile"), e.getMessage());
    }

    @Test
    void log1pIsAppliedBeforeScalingAndUndoneForOriginalUnits() {
        FeatureMatrix m = FeatureMatrix.builder(MALL).numeric("Age", "Annual Income (k$)")
                .log1p("Age", "Annual Income (k$)").scaling(Scaling.STANDARD).build();

        // numpy/scikit-learn: StandardScaler().fit_transform(np.log1p(X))[0] -> [-1.7635184998734639, -2.5104195399455236]
        assertArrayEquals(new double[] {-1.7635184998734639, -2.5104195399455236}, m.values()[0], 1e-12);
        assertArrayEquals(new double[] {19, 15}, m.toOriginalUnits(m.values()[0]), 1e-9);
        assertArrayEquals(new double[] {19, 15}, m.originalValues()[0]);
    }

    @Test
    void log1pRefusesValuesAtOrBelowMinusOne() {
        Table table = Table.create("t", DoubleColumn.create("x", 3, -1, 2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.builder(table).numeric("x").log1p("x").build());

        assertTrue(e.getMessage().contains("data row 2") && e.getMessage().contains("-1.0"), e.getMessage());
    }

    @Test
    void log1pOfAColumnThatIsNotAFeatureIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrix.builder(MALL).numeric("Age").log1p("Annual Income (k$)").build());

        assertTrue(e.getMessage().contains("'Annual Income (k$)'"), e.getMessage());
    }

    @Test
    void infiniteValuesAreRefusedWithTheirRow() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, Double.POSITIVE_INFINITY, 2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(table, "x"));

        assertTrue(e.getMessage().contains("Infinity") && e.getMessage().contains("data row 2"), e.getMessage());
    }

    @Test
    void describeListsEveryFeatureWithItsEncoding() {
        FeatureMatrix m = FeatureMatrix.builder(MALL).numeric("Age").categorical("Gender")
                .scaling(Scaling.STANDARD).build();

        Table description = m.describe();

        assertEquals(List.of("Age", "Gender=Female", "Gender=Male"),
                description.stringColumn("Feature").asList());
        assertEquals("one-hot", description.stringColumn("Encoding").get(1));
        assertEquals(38.85, description.doubleColumn("Center").get(0), 1e-9);
    }
}
