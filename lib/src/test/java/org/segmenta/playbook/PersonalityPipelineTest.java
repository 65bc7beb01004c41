package org.segmenta.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.naming.SegmentNamer;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** The whole chain on the second data set: other columns, missing incomes, roles mapped to derived columns. */
class PersonalityPipelineTest {

    private static Table people() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));
        people.addColumns(
                sum(people, "Total spend", "MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
                        "MntSweetProducts", "MntGoldProds"),
                sum(people, "Purchases", "NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"),
                sum(people, "Children", "Kidhome", "Teenhome"));
        return people;
    }

    private static DoubleColumn sum(Table table, String name, String... columns) {
        double[] total = new double[table.rowCount()];
        for (String column : columns) {
            NumericColumn<?> values = table.numberColumn(column);
            for (int i = 0; i < total.length; i++) {
                total[i] += values.getDouble(i);
            }
        }
        return DoubleColumn.create(name, total);
    }

    private static final Roles ROLES = Roles.none()
            .with(Role.INCOME, "Income")
            .with(Role.SPENDING, "Total spend")
            .with(Role.RECENCY, "Recency")
            .with(Role.FREQUENCY, "Purchases")
            .with(Role.DEAL_USAGE, "NumDealsPurchases")
            .with(Role.CAMPAIGN_RESPONSE, "Response")
            .with(Role.CHILDREN, "Children");

    @Test
    void overallKeyMetricsMatchNumpyOnTheCustomerPersonalityData() {
        Table people = people();
        Segmentation segments = KMeans.withK(4).seed(42)
                .fit(FeatureMatrix.of(people, Scaling.STANDARD, "Total spend", "NumDealsPurchases"));

        KeyMetrics metrics = KeyMetrics.of(people, segments, ROLES, ClvAssumption.of(2, 3));

        // numpy 1.24.2 on the TAB-separated file read with csv.DictReader, g(k) = column k as floats:
        // (g('Response') > 0).mean(); g('NumDealsPurchases').sum() / (web + catalog + store purchases).sum();
        // sum of the six Mnt* columns .mean(); g('Recency').mean()
        assertEquals(0.14910714285714285, metrics.overall(KeyMetric.RESPONSE_RATE), 1e-12);
        assertEquals(0.18545027240679415, metrics.overall(KeyMetric.DEAL_SHARE), 1e-12);
        assertEquals(605.7982142857143, metrics.overall(KeyMetric.SPEND_PER_CUSTOMER), 1e-9);
        assertEquals(605.7982142857143 / 2 * 3, metrics.overall(KeyMetric.CLV_PROXY), 1e-9);
        assertEquals(49.109375, metrics.overall(KeyMetric.RECENCY), 1e-9);
    }

    @Test
    void profilesNamesAndPlaybookWorkOnATableWithMissingIncomes() {
        Table people = people();
        Segmentation segments = KMeans.withK(4).seed(42)
                .fit(FeatureMatrix.of(people, Scaling.STANDARD, "Total spend", "NumDealsPurchases"));
        SegmentProfiles profiles = SegmentProfiles.of(people, segments, List.of("Income", "Total spend", "Recency",
                "Purchases", "NumDealsPurchases", "Response", "Children"), List.of("Education"));

        SegmentNames names = SegmentNamer.by("Income", "income").and("Total spend", "spending").name(profiles);
        Recommendations advice = Playbook.standard().advise(profiles, ROLES);

        int missingIncomes = profiles.profiles().stream().mapToInt(p -> p.numeric("Income").missing()).sum();
        assertEquals(24, missingIncomes, "the 24 customers without income are skipped and counted");
        assertEquals(4, names.names().stream().distinct().count());
        for (int s = 0; s < 4; s++) {
            assertTrue(advice.top(s).isPresent(), "no rule fired for segment " + (s + 1) + ": " + names.name(s));
        }
    }
}
