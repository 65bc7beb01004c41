package org.segmenta.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.testing.ShopCustomers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class SegmentPortraitsTest {

    @Test
    void portraitsFollowTheLevelsWorkedOutByHandInShopCustomers() {
        // ShopCustomers: income High / Low / Mid, spending Low / High / Mid, deals Low / High / Mid,
        // recency High / Low / Mid for segments 1 / 2 / 3.
        Roles roles = Roles.none().with(Role.INCOME, "income").with(Role.SPENDING, "spending")
                .with(Role.DEAL_USAGE, "deals").with(Role.RECENCY, "recency");

        SegmentPortraits portraits = SegmentPortraits.of(ShopCustomers.profiles(), roles);

        assertEquals(List.of("higher income — the light spenders, lapsing",
                "lower income — the big spenders who love deals",
                "average income — the moderate spenders"), portraits.portraits());
    }

    @Test
    void childrenAreDescribedFromTheSegmentMean() {
        // three segments of two: mean children 0, 1 and 2.5; age 25/45/65 -> younger / middle-aged / older
        Table table = Table.create("families", DoubleColumn.create("kids", 0, 0, 1, 1, 2, 3),
                DoubleColumn.create("age", 20, 30, 40, 50, 60, 70));
        Segmentation segments = Segmentation.of("hand-made", FeatureMatrix.of(table, "age"),
                new int[] {0, 0, 1, 1, 2, 2}, Map.of());
        SegmentProfiles profiles = SegmentProfiles.of(table, segments, "kids", "age");
        Roles roles = Roles.none().with(Role.CHILDREN, "kids").with(Role.AGE, "age");

        SegmentPortraits portraits = SegmentPortraits.of(profiles, roles);

        assertEquals(List.of("younger, mostly no kids", "middle-aged, about one child on average",
                "older, larger families"), portraits.portraits());
    }

    @Test
    void withoutAnyMappedRoleASegmentIsATypicalCustomer() {
        SegmentPortraits portraits = SegmentPortraits.of(ShopCustomers.profiles(), Roles.none());

        assertEquals("a typical customer", portraits.portrait(0));
        assertEquals(3, portraits.table().rowCount());
    }
}
