package org.segmenta.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.ShopCustomers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Values of the hand-made shop customers are listed in {@link ShopCustomers}. */
class KeyMetricsTest {

    private static final Roles ROLES = Roles.none()
            .with(Role.SPENDING, "spending")
            .with(Role.RECENCY, "recency")
            .with(Role.DEAL_USAGE, "deals")
            .with(Role.FREQUENCY, "purchases")
            .with(Role.CAMPAIGN_RESPONSE, "accepted");

    private static KeyMetrics metrics() {
        return KeyMetrics.of(ShopCustomers.table(), ShopCustomers.segmentation(), ROLES, ClvAssumption.of(2, 3));
    }

    @Test
    void spendPerCustomerIsTheMeanSpend() {
        assertEquals(12, metrics().value(0, KeyMetric.SPEND_PER_CUSTOMER), 1e-12);
        assertEquals(447.0 / 9, metrics().overall(KeyMetric.SPEND_PER_CUSTOMER), 1e-12);
    }

    @Test
    void clvProxyIsYearlySpendTimesTheHorizon() {
        // Segment 2 spends 85 over 2 years: 42.5 a year, over 3 years 127.5.
        assertEquals(127.5, metrics().value(1, KeyMetric.CLV_PROXY), 1e-12);
    }

    @Test
    void recencyIsTheMeanRecency() {
        assertEquals(110, metrics().value(0, KeyMetric.RECENCY), 1e-12);
    }

    @Test
    void responseRateIsTheShareWhoAcceptedAnythingNotTheMeanCount() {
        // Segment 2 accepted 2, 1, 3 offers: all three responded (mean count would be 2). Segment 3: 0, 0, 1.
        assertEquals(1.0, metrics().value(1, KeyMetric.RESPONSE_RATE), 1e-12);
        assertEquals(1.0 / 3, metrics().value(2, KeyMetric.RESPONSE_RATE), 1e-12);
        assertEquals(4.0 / 9, metrics().overall(KeyMetric.RESPONSE_RATE), 1e-12);
    }

    @Test
    void dealShareIsDealPurchasesOverAllPurchases() {
        // Segment 2: (4 + 5 + 6) ÷ 30; everyone: 24 ÷ 90.
        assertEquals(0.5, metrics().value(1, KeyMetric.DEAL_SHARE), 1e-12);
        assertEquals(24.0 / 90, metrics().overall(KeyMetric.DEAL_SHARE), 1e-12);
    }

    @Test
    void modelPredictionsAreAveragedAndCustomersBelowHalfAliveCountAsAtRisk() {
        Table table = ShopCustomers.table();
        table.addColumns(DoubleColumn.create("clv", 100, 200, 300, 10, 20, 30, 50, 60, 70),
                DoubleColumn.create("expected", 3, 2, 1, 0, 0, 1.5, 1, 1, 1),
                DoubleColumn.create("p_alive", 0.9, 0.8, 0.7, 0.2, 0.3, 0.6, 0.5, 0.4, 0.45));
        Roles roles = Roles.none().with(Role.CLV, "clv").with(Role.EXPECTED_PURCHASES, "expected")
                .with(Role.P_ALIVE, "p_alive");

        KeyMetrics model = KeyMetrics.of(table, ShopCustomers.segmentation(), roles);

        assertEquals(List.of(KeyMetric.LIFETIME_VALUE, KeyMetric.EXPECTED_PURCHASES, KeyMetric.P_ALIVE,
                KeyMetric.AT_RISK_SHARE), model.available());
        assertEquals(200, model.value(0, KeyMetric.LIFETIME_VALUE), 1e-12);
        assertEquals(0.5, model.value(1, KeyMetric.EXPECTED_PURCHASES), 1e-12);
        assertEquals(1.1 / 3, model.value(1, KeyMetric.P_ALIVE), 1e-12);
        // Segment 3: 0.5 is not below 0.5, 0.4 and 0.45 are; everyone: 0.2, 0.3, 0.4, 0.45.
        assertEquals(2.0 / 3, model.value(2, KeyMetric.AT_RISK_SHARE), 1e-12);
        assertEquals(4.0 / 9, model.overall(KeyMetric.AT_RISK_SHARE), 1e-12);
        assertTrue(model.caption().contains("at risk = share with 'p_alive' < 0.5"), model.caption());
    }

    @Test
    void theTableShowsSegmentsByNameWhenGivenNames() {
        Table table = metrics().table(org.segmenta.naming.SegmentNames.of(List.of("Thrifty", "Big spenders", "Middle")));

        assertEquals(List.of("1 · Thrifty", "2 · Big spenders", "3 · Middle", "All customers"),
                table.stringColumn("Segment").asList());
        assertEquals(List.of("Segment 1", "Segment 2", "Segment 3", "All customers"),
                metrics().table().stringColumn("Segment").asList());
    }

    @Test
    void onlyMetricsWhoseRolesAreMappedAreComputed() {
        KeyMetrics spendOnly = KeyMetrics.of(ShopCustomers.table(), ShopCustomers.segmentation(),
                Roles.none().with(Role.SPENDING, "spending"));

        assertEquals(List.of(KeyMetric.SPEND_PER_CUSTOMER), spendOnly.available());
        assertFalse(spendOnly.has(KeyMetric.CLV_PROXY), "no CLV without an assumption");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> spendOnly.value(0, KeyMetric.RECENCY));
        assertTrue(error.getMessage().contains("Role.RECENCY"), error.getMessage());
    }

    @Test
    void missingValuesAreSkipped() {
        Table table = ShopCustomers.table();
        table.replaceColumn("spending", DoubleColumn.create("spending", 10, Double.NaN, 14, 80, 85, 90, 50, 52, 54));

        KeyMetrics withGap = KeyMetrics.of(table, ShopCustomers.segmentation(), ROLES);

        assertEquals(12, withGap.value(0, KeyMetric.SPEND_PER_CUSTOMER), 1e-12);
    }

    @Test
    void tableCaptionStatesTheClvAssumption() {
        Table table = metrics().table();

        assertTrue(table.name().contains("÷ 2 year(s) covered × 3 year(s) expected ahead"), table.name());
        assertEquals(List.of("Segment", "Customers", "Spend per customer", "CLV proxy", "Recency",
                "Campaign response rate (%)", "Deal share of purchases (%)"), table.columnNames());
        assertEquals(50, table.doubleColumn("Deal share of purchases (%)").get(1), 1e-12);
        assertEquals("All customers", table.stringColumn("Segment").get(3));
    }

    @Test
    void refusesAMappedColumnTheTableLacksOrThatIsText() {
        assertThrows(IllegalArgumentException.class, () -> KeyMetrics.of(ShopCustomers.table(),
                ShopCustomers.segmentation(), Roles.none().with(Role.RECENCY, "days")));
        assertThrows(IllegalArgumentException.class, () -> KeyMetrics.of(ShopCustomers.table(),
                ShopCustomers.segmentation(), Roles.none().with(Role.RECENCY, "region")));
    }

    @Test
    void clvAssumptionRefusesNonPositivePeriods() {
        assertThrows(IllegalArgumentException.class, () -> ClvAssumption.of(0, 3));
        assertThrows(IllegalArgumentException.class, () -> ClvAssumption.of(2, -1));
    }
}
