package org.segmenta.spark.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.segmenta.charts.ProfileCards;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.CentralValue;
import org.segmenta.naming.SegmentNamer;
import org.segmenta.playbook.Playbook;
import org.segmenta.playbook.Role;
import org.segmenta.playbook.Roles;
import org.segmenta.playbook.SegmentPortraits;
import org.segmenta.profiling.CategoricalFeatureProfile;
import org.segmenta.profiling.CategoryShare;
import org.segmenta.profiling.NumericSummary;
import org.segmenta.profiling.SegmentProfile;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.spark.OnBothMasters;
import org.segmenta.spark.SparkTables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Profiles aggregated by Spark against the library's profiles of the same labelled customers: the mall data labelled
 * by the library's k-means, and the Customer Personality data (with gaps) labelled by a fixed rule. Exact statistics
 * to 1e-12 relative (sums in another order); quantiles exactly when the relative error is 0, and within the documented
 * rank bounds (checked against the sorted values of each segment) when it is not; names and playbook advice equal.
 */
class SparkSegmentProfilesTest extends OnBothMasters {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";
    private static final List<String> MALL_NUMERIC = List.of("Age", INCOME, SCORE);
    private static final String SEGMENT = "segment";

    private static Table mall;
    private static Segmentation mallSegments;

    @BeforeParameterizedClassInvocation
    static void start(String master) {
        mall = CustomerData.mallCustomers(Path.of("../data/mall_customers.csv"));
        mallSegments = KMeans.withK(5).restarts(10).seed(42).fit(FeatureMatrix.of(mall, INCOME, SCORE));
    }

    private static Dataset<Row> labelledMall() {
        return SparkTables.of(spark, mall, SEGMENT, mallSegments.labels(), 3);
    }

    private static SegmentProfiles localMall() {
        return SegmentProfiles.of(mall, mallSegments, MALL_NUMERIC, List.of("Gender"));
    }

    @Test
    void exactMallProfilesEqualTheLibrarys() {
        SegmentProfiles distributed = SparkSegmentProfiles.of(labelledMall(), SEGMENT)
                .numeric(MALL_NUMERIC.toArray(String[]::new)).categorical("Gender").relativeError(0)
                .describedAs(mall.name(), mallSegments.method()).profiles();

        assertSameProfiles(localMall(), distributed, true);
        // what the report shows, rounded as it shows it
        assertEquals(localMall().table().print(), distributed.table().print());
        assertEquals(localMall().numericTable().print(), distributed.numericTable().print());
        assertEquals(localMall().categoryTable().print(), distributed.categoryTable().print());
    }

    @Test
    void namesPlaybookAdviceAndProfileCardsFromSparkProfilesEqualTheLibrarys() {
        SegmentProfiles local = localMall();
        SegmentProfiles distributed = SparkSegmentProfiles.of(labelledMall(), SEGMENT)
                .numeric(MALL_NUMERIC.toArray(String[]::new)).categorical("Gender").relativeError(0).profiles();
        SegmentNamer byMean = SegmentNamer.by(INCOME, "income").and(SCORE, "spending");
        Roles roles = Roles.none().with(Role.INCOME, INCOME).with(Role.SPENDING, SCORE).with(Role.AGE, "Age");

        assertEquals(byMean.name(local), byMean.name(distributed));
        assertEquals(byMean.using(CentralValue.MEDIAN).name(local),
                byMean.using(CentralValue.MEDIAN).name(distributed));
        for (int s = 0; s < local.k(); s++) {
            assertEquals(Playbook.standard().advise(local, roles).forSegment(s),
                    Playbook.standard().advise(distributed, roles).forSegment(s));
        }
        assertEquals(cards(local, byMean, roles), cards(distributed, byMean, roles));
    }

    /** The profile cards as the report shows them: names, highlights, portraits and the playbook's advice. */
    private static String cards(SegmentProfiles profiles, SegmentNamer namer, Roles roles) {
        return ProfileCards.of(profiles, namer.name(profiles))
                .withRecommendations(Playbook.standard().advise(profiles, roles))
                .withPortraits(SegmentPortraits.of(profiles, roles)).html();
    }

    @Test
    void approximateQuantilesLieWithinTheirStatedRankErrorAndEverythingElseIsExact() {
        double relativeError = 0.01;
        SegmentProfiles distributed = SparkSegmentProfiles.of(labelledMall(), SEGMENT)
                .numeric(MALL_NUMERIC.toArray(String[]::new)).categorical("Gender").relativeError(relativeError)
                .profiles();
        SegmentProfiles local = localMall();

        assertSameProfiles(local, distributed, false);
        int[] labels = mallSegments.labels();
        for (String column : MALL_NUMERIC) {
            double[] values = ((NumericColumn<?>) mall.column(column)).asDoubleArray();
            assertWithinRankError(values, distributed.population(column), relativeError, column);
            for (int s = 0; s < local.k(); s++) {
                int segment = s;
                double[] inSegment = java.util.stream.IntStream.range(0, values.length)
                        .filter(i -> labels[i] == segment).mapToDouble(i -> values[i]).toArray();
                assertWithinRankError(inSegment, distributed.profile(s).numeric(column).segment(), relativeError,
                        column + ", segment index " + s);
            }
        }
    }

    /**
     * The quantile guarantee, checked on the sorted values themselves: the value for probability p has a rank r (1 to
     * n) with ⌊(p − ε)·n⌋ ≤ r ≤ ⌈(p + ε)·n⌉, i.e. lies between those order statistics.
     */
    private static void assertWithinRankError(double[] values, NumericSummary summary, double relativeError,
            String what) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] probabilities = {0.5, 1.0 / 3, 2.0 / 3};
        double[] found = {summary.median(), summary.lowerTertile(), summary.upperTertile()};
        for (int q = 0; q < 3; q++) {
            int lowest = Math.max(1, (int) Math.floor((probabilities[q] - relativeError) * n));
            int highest = Math.min(n, (int) Math.ceil((probabilities[q] + relativeError) * n));
            assertTrue(found[q] >= sorted[lowest - 1] && found[q] <= sorted[highest - 1], what + ", p = "
                    + probabilities[q] + ": " + found[q] + " outside [" + sorted[lowest - 1] + ", "
                    + sorted[highest - 1] + "]");
        }
    }

    @Test
    void gapsAreSkippedAndCountedAsTheLibraryDoes() {
        Table people = personalityWithGaps();
        // a fixed rule, renumbered by size as every Segmentation is: children at home, 0, 1, or 2 and more
        int[] rule = new int[people.rowCount()];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = (int) Math.min(2, ((NumericColumn<?>) people.column("Kidhome")).getDouble(i)
                    + ((NumericColumn<?>) people.column("Teenhome")).getDouble(i));
        }
        Segmentation children = Segmentation.of("children at home", FeatureMatrix.of(people, "Kidhome"), rule,
                Map.of());
        SegmentProfiles local = SegmentProfiles.of(people, children, List.of("Income", "MntWines", "Recency"),
                List.of("Education", "Marital_Status"));

        SegmentProfiles distributed = SparkSegmentProfiles.of(
                        SparkTables.of(spark, people, SEGMENT, children.labels(), 4), SEGMENT)
                .numeric("Income", "MntWines", "Recency").categorical("Education", "Marital_Status")
                .relativeError(0).describedAs(people.name(), children.method()).profiles();

        assertSameProfiles(local, distributed, true);
        assertEquals(24, distributed.population("Income").missing());
        assertEquals(local.missingTable().print(), distributed.missingTable().print());
    }

    /** Income has 24 gaps of its own; every 89th Education is blanked (Tablesaw's missing text is ""). */
    private static Table personalityWithGaps() {
        Table table = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));
        String[] education = table.stringColumn("Education").asObjectArray();
        for (int i = 3; i < education.length; i += 89) {
            education[i] = "";
        }
        table.replaceColumn("Education", StringColumn.create("Education", education));
        return table;
    }

    private static void assertSameProfiles(SegmentProfiles local, SegmentProfiles distributed,
            boolean exactQuantiles) {
        assertEquals(local.k(), distributed.k());
        assertEquals(local.customers(), distributed.customers());
        assertEquals(local.numericColumns(), distributed.numericColumns());
        assertEquals(local.categoricalColumns(), distributed.categoricalColumns());
        for (String column : local.numericColumns()) {
            assertSameSummary(local.population(column), distributed.population(column), exactQuantiles,
                    column + ", all customers");
        }
        for (int s = 0; s < local.k(); s++) {
            SegmentProfile expected = local.profile(s);
            SegmentProfile actual = distributed.profile(s);
            assertEquals(expected.size(), actual.size(), expected.label());
            assertEquals(expected.share(), actual.share(), 0, expected.label());
            for (String column : local.numericColumns()) {
                assertSameSummary(expected.numeric(column).segment(), actual.numeric(column).segment(),
                        exactQuantiles, column + ", " + expected.label());
            }
            for (String column : local.categoricalColumns()) {
                CategoricalFeatureProfile want = expected.categorical(column);
                CategoricalFeatureProfile got = actual.categorical(column);
                assertEquals(want.missing(), got.missing(), column + ", " + expected.label());
                assertEquals(want.shares().stream().map(CategoryShare::value).toList(),
                        got.shares().stream().map(CategoryShare::value).toList(), column + ", " + expected.label());
                for (int v = 0; v < want.shares().size(); v++) {
                    assertEquals(want.shares().get(v), got.shares().get(v), column + ", " + expected.label());
                }
            }
        }
    }

    private static void assertSameSummary(NumericSummary expected, NumericSummary actual, boolean exactQuantiles,
            String what) {
        assertEquals(expected.count(), actual.count(), what + ", count");
        assertEquals(expected.missing(), actual.missing(), what + ", missing");
        assertClose(expected.mean(), actual.mean(), what + ", mean");
        assertClose(expected.standardDeviation(), actual.standardDeviation(), what + ", standard deviation");
        assertEquals(expected.minimum(), actual.minimum(), 0, what + ", minimum");
        assertEquals(expected.maximum(), actual.maximum(), 0, what + ", maximum");
        if (exactQuantiles) {
            assertClose(expected.median(), actual.median(), what + ", median");
            assertClose(expected.lowerTertile(), actual.lowerTertile(), what + ", lower tertile");
            assertClose(expected.upperTertile(), actual.upperTertile(), what + ", upper tertile");
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
    }

    @Test
    void segmentsWithAGapAreRefusedNamingTheLabelsFound() {
        Dataset<Row> gap = labelledMall().withColumn(SEGMENT, functions.when(functions.col(SEGMENT).equalTo(1), 5)
                .otherwise(functions.col(SEGMENT)));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SparkSegmentProfiles.of(gap, SEGMENT).numeric("Age").aggregates());

        assertTrue(error.getMessage().contains("holds the segments [0, 2, 3, 4, 5]"), error.getMessage());
    }

    @Test
    void aTextSegmentColumnIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SparkSegmentProfiles.of(labelledMall(), "Gender").numeric("Age").aggregates());

        assertTrue(error.getMessage().contains("the segment column 'Gender' is string"), error.getMessage());
    }
}
