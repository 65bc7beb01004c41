package org.segmenta.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.MallData;
import org.segmenta.testing.TinyCustomers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Reference values for the tiny table are worked out by hand in {@link TinyCustomers}. */
class SegmentProfilesTest {

    private static final String SPEND = TinyCustomers.SPEND;
    private static final String GENDER = TinyCustomers.GENDER;
    private static final double SPEND_SD = Math.sqrt(2800.0 / 6);

    private static SegmentProfiles tiny() {
        return SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(), List.of(SPEND),
                List.of(GENDER));
    }

    @Test
    void sizesAndSharesFollowTheSegmentation() {
        SegmentProfiles profiles = tiny();

        assertEquals(2, profiles.k());
        assertEquals(4, profiles.profile(0).size());
        assertEquals(4.0 / 7, profiles.profile(0).share(), 1e-12);
        assertEquals(3.0 / 7, profiles.profile(1).share(), 1e-12);
        assertEquals("Segment 2", profiles.profile(1).label());
    }

    @Test
    void meansAndMediansAreInOriginalUnitsWithMissingValuesSkipped() {
        SegmentProfiles profiles = tiny();

        NumericFeatureProfile larger = profiles.profile(0).numeric(SPEND);
        NumericFeatureProfile smaller = profiles.profile(1).numeric(SPEND);
        assertEquals(50, larger.mean(), 1e-12);
        assertEquals(50, larger.median(), 1e-12);
        assertEquals(1, larger.missing());
        assertEquals(30, smaller.mean(), 1e-12);
        assertEquals(20, smaller.median(), 1e-12);
        assertEquals(0, smaller.missing());
    }

    @Test
    void populationStatisticsAndTertilesSkipMissingValues() {
        NumericSummary all = tiny().population(SPEND);

        assertEquals(6, all.count());
        assertEquals(1, all.missing());
        assertEquals(40, all.mean(), 1e-12);
        assertEquals(SPEND_SD, all.standardDeviation(), 1e-12);
        assertEquals(40, all.median(), 1e-12);
        assertEquals(20 + 10 * 2.0 / 3, all.lowerTertile(), 1e-12);
        assertEquals(50 + 10 / 3.0, all.upperTertile(), 1e-12);
    }

    @Test
    void segmentTertilesAreComputedWithinTheSegment() {
        NumericSummary smaller = tiny().profile(1).numeric(SPEND).segment();

        assertEquals(10 + 10 * 2.0 / 3, smaller.lowerTertile(), 1e-12);
        assertEquals(20 + 40 / 3.0, smaller.upperTertile(), 1e-12);
    }

    @Test
    void liftIsTheSegmentMeanOverThePopulationMean() {
        SegmentProfiles profiles = tiny();

        assertEquals(50.0 / 40, profiles.profile(0).numeric(SPEND).lift(), 1e-12);
        assertEquals(30.0 / 40, profiles.profile(1).numeric(SPEND).lift(), 1e-12);
    }

    @Test
    void standardisedDifferenceIsInPopulationStandardDeviations() {
        SegmentProfiles profiles = tiny();

        assertEquals(10 / SPEND_SD, profiles.profile(0).numeric(SPEND).standardisedDifference(), 1e-12);
        assertEquals(-10 / SPEND_SD, profiles.profile(1).numeric(SPEND).standardisedDifference(), 1e-12);
    }

    @Test
    void categorySharesCompareTheSegmentWithEveryone() {
        CategoryShare female = tiny().profile(1).categorical(GENDER).share("F").orElseThrow();

        assertEquals(2, female.count());
        assertEquals(2.0 / 3, female.share(), 1e-12);
        assertEquals(3.0 / 7, female.populationShare(), 1e-12);
        // (2/3 − 3/7) ÷ √(3/7 · 4/7) = (5/21) ÷ (√12 / 7)
        assertEquals((5.0 / 21) / (Math.sqrt(12) / 7), female.standardisedDifference(), 1e-12);
    }

    @Test
    void categoryValuesAreListedMostCommonOverallFirst() {
        List<CategoryShare> shares = tiny().profile(0).categorical(GENDER).shares();

        assertEquals(List.of("M", "F"), shares.stream().map(CategoryShare::value).toList());
    }

    @Test
    void distinctionsAreRankedByAbsoluteStandardisedDifferenceWithOneValuePerCategory() {
        // Segment 2: gender F d = +0.481 (M has −0.481: one value per column, the over-represented one),
        // spend d = −10 / 21.60 = −0.463.
        List<Distinction> ranked = tiny().profile(1).distinctions();

        assertEquals(List.of("gender = F", SPEND), ranked.stream().map(Distinction::feature).toList());
        assertEquals("gender = F slightly more common than average (67 % vs 43 %, +0.48 sd)", ranked.get(0).phrase());
        assertEquals("spend slightly lower than average (-0.46 sd)", ranked.get(1).phrase());
    }

    @Test
    void aBinaryCategoryIsRankedThroughItsOverRepresentedValue() {
        // Segment 1: F is 1/4 against 3/7 overall (d = −0.36), M is 3/4 against 4/7 (d = +0.36), the same size;
        // spend d = +10 / 21.60 = +0.46 ranks first.
        List<Distinction> ranked = tiny().profile(0).distinctions();

        assertEquals(List.of(SPEND, "gender = M"), ranked.stream().map(Distinction::feature).toList());
    }

    @Test
    void highlightsKeepOnlyNotableDistinctionsUpToTheLimit() {
        SegmentProfile smaller = tiny().profile(1);

        assertEquals(1, smaller.highlights(1).size());
        assertEquals(2, smaller.highlights(5).size());
    }

    @Test
    void wideTableHasOneRowPerSegmentThenAllCustomers() {
        Table table = tiny().table();

        assertEquals(List.of("Segment", "Customers", "Share (%)", "Mean spend", "gender = M (%)", "gender = F (%)"),
                table.columnNames());
        assertEquals(List.of("Segment 1", "Segment 2", SegmentProfiles.ALL_CUSTOMERS),
                table.stringColumn("Segment").asList());
        assertEquals(40, table.doubleColumn("Mean spend").get(2), 1e-12);
        assertEquals(100.0 * 2 / 3, table.doubleColumn("gender = F (%)").get(1), 1e-12);
        assertTrue(table.print().contains("66.7"), table.print());
    }

    @Test
    void wideTableSharesAreOneHundredTimesTheSizeOverAllCustomersRoundedOnce() {
        Table table = tiny().table();

        // 4 and 3 of 7 customers: the doubles nearest to 400 / 7 and 300 / 7 (100 × (4 / 7) would be rounded twice and
        // land one unit in the last place lower, 57.14285714285714)
        assertEquals(400.0 / 7, table.doubleColumn("Share (%)").get(0), 0);
        assertEquals(300.0 / 7, table.doubleColumn("Share (%)").get(1), 0);
        assertEquals(100.0, table.doubleColumn("Share (%)").get(2), 0);
    }

    @Test
    void numericTableIsLongFormatWithLiftDifferenceAndMissingCounts() {
        Table table = tiny().numericTable();

        assertEquals(2, table.rowCount());
        assertEquals(List.of("Segment", "Feature", "Mean", "Median", "Overall mean", "Overall median",
                "Lift (× overall mean)", "Difference (sd)", "Missing"), table.columnNames());
        assertEquals(1.25, table.doubleColumn("Lift (× overall mean)").get(0), 1e-12);
        assertEquals(1, table.intColumn("Missing").get(0));
    }

    @Test
    void missingTableCountsSkippedValuesPerSegment() {
        Table table = tiny().missingTable();

        assertEquals(List.of(SPEND, GENDER), table.stringColumn("Column").asList());
        assertEquals(1, table.intColumn("Missing").get(0));
        assertEquals(1, table.intColumn("Segment 1").get(0));
        assertEquals(0, table.intColumn("Segment 2").get(0));
    }

    @Test
    void aConstantColumnHasNoDifferenceAndLiftOne() {
        Table table = TinyCustomers.table();
        table.addColumns(DoubleColumn.create("constant", 5, 5, 5, 5, 5, 5, 5));

        NumericFeatureProfile constant = SegmentProfiles.of(table, TinyCustomers.segmentation(), "constant")
                .profile(0).numeric("constant");

        assertEquals(0, constant.standardisedDifference());
        assertEquals(1, constant.lift());
    }

    @Test
    void refusesAnUnknownColumnAndNamesIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(), "spent"));

        assertTrue(error.getMessage().contains("'spent'"), error.getMessage());
    }

    @Test
    void refusesATextColumnAsNumericAndSuggestsCategorical() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(), GENDER));

        assertTrue(error.getMessage().contains("categorical"), error.getMessage());
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThrows(IllegalArgumentException.class, () -> SegmentProfiles.of(TinyCustomers.table(),
                TinyCustomers.segmentation(), List.of(SPEND), List.of(SPEND)));
    }

    @Test
    void refusesATableWithOtherRowsThanTheSegmentation() {
        Table shorter = TinyCustomers.table().first(5);

        assertThrows(IllegalArgumentException.class,
                () -> SegmentProfiles.of(shorter, TinyCustomers.segmentation(), SPEND));
    }

    @Test
    void mallTertilesEqualNumpys() {
        Table mall = CustomerData.mallCustomers(MallData.FILE);
        Segmentation segments = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(mall, "Annual Income (k$)",
                "Spending Score (1-100)"));

        SegmentProfiles profiles = SegmentProfiles.of(mall, segments, "Age", "Annual Income (k$)",
                "Spending Score (1-100)");

        // numpy 1.24.2:
        // d = np.genfromtxt('data/mall_customers.csv', delimiter=',', skip_header=1, usecols=(2, 3, 4))
        // [float(v) for v in np.quantile(d[:, j], [1/3, 2/3])] for j = 0, 1, 2
        assertTertiles(31.0, 45.0, profiles.population("Age"));
        assertTertiles(48.0, 72.0, profiles.population("Annual Income (k$)"));
        assertTertiles(41.33333333333333, 59.0, profiles.population("Spending Score (1-100)"));
    }

    private static void assertTertiles(double lower, double upper, NumericSummary summary) {
        assertEquals(lower, summary.lowerTertile(), 1e-9);
        assertEquals(upper, summary.upperTertile(), 1e-9);
    }

    @Test
    void personalityIncomeSkipsItsTwentyFourMissingValuesLikeNumpysNanFunctions() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));
        Segmentation segments = KMeans.withK(3).seed(42).fit(FeatureMatrix.of(people, "Recency", "MntWines"));

        NumericSummary income = SegmentProfiles.of(people, segments, "Income").population("Income");

        // numpy 1.24.2, inc = Income with '' as np.nan: np.isnan(inc).sum(), np.nanmean(inc), np.nanstd(inc),
        // np.nanmedian(inc), np.nanquantile(inc, [1/3, 2/3])
        assertEquals(24, income.missing());
        assertEquals(2216, income.count());
        assertEquals(52247.25135379061, income.mean(), 1e-8);
        assertEquals(25167.396174162965, income.standardDeviation(), 1e-7);
        assertEquals(51381.5, income.median(), 1e-9);
        assertTertiles(40265.33333333333, 62996.666666666664, income);
    }
}
