package org.segmenta.testing;

import java.util.List;
import java.util.Map;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Nine customers in three segments of three (rows 0–2, 3–5, 6–8; equal sizes keep table order), made so that every
 * level is clear by hand. Population tertiles (n = 9: h = 8/3 and 16/3, so t1 = x[2] + 2/3·(x[3] − x[2]) and
 * t2 = x[5] + 1/3·(x[6] − x[5]) of the sorted values):
 *
 * <pre>
 * column     segment 1 (A)   segment 2 (B)   segment 3 (C)   tertiles         means A / B / C → levels
 * income     90 95 100       10 12 14        50 52 54        38, 66           95 / 12 / 52 → High / Low / Mid
 * spending   10 12 14        80 85 90        50 52 54        38, 62.67        12 / 85 / 52 → Low / High / Mid
 * recency    100 110 120     5 6 7           30 31 32        22.33, 54.67     110 / 6 / 31 → High / Low / Mid
 * deals      1 1 1           4 5 6           2 2 2           1.67, 2.67       1 / 5 / 2    → Low / High / Mid
 * purchases  10 10 10        10 10 10        10 10 10        —                —
 * accepted   0 0 0           2 1 3           0 0 1           (0, 1: see below) 0 / 2 / 0.33 → Low / High / Low
 * </pre>
 *
 * Overall means: income 477 / 9 = 53, spending 447 / 9 = 49.67, recency 441 / 9 = 49. "accepted" has its lower
 * tertile on its minimum (0), so levels use mean ± 0.4307·sd instead: mean 7/9 = 0.778, sd √(86/81) = 1.030, cut
 * points 0.334 and 1.222.
 */
public final class ShopCustomers {

    private ShopCustomers() {
    }

    /** @return the table above, plus a text column "region" */
    public static Table table() {
        return Table.create("shop",
                DoubleColumn.create("income", 90, 95, 100, 10, 12, 14, 50, 52, 54),
                DoubleColumn.create("spending", 10, 12, 14, 80, 85, 90, 50, 52, 54),
                DoubleColumn.create("recency", 100, 110, 120, 5, 6, 7, 30, 31, 32),
                DoubleColumn.create("deals", 1, 1, 1, 4, 5, 6, 2, 2, 2),
                DoubleColumn.create("purchases", 10, 10, 10, 10, 10, 10, 10, 10, 10),
                DoubleColumn.create("accepted", 0, 0, 0, 2, 1, 3, 0, 0, 1),
                StringColumn.create("region", "North", "North", "South", "South", "South", "North", "North",
                        "South", "South"));
    }

    /** @return the three segments above, clustered on nothing in particular (labels are given) */
    public static Segmentation segmentation() {
        return Segmentation.of("hand-made", FeatureMatrix.of(table(), "income", "spending"),
                new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2}, Map.of());
    }

    /** @return profiles on every numeric column, and on "region" as a category */
    public static SegmentProfiles profiles() {
        return SegmentProfiles.of(table(), segmentation(),
                List.of("income", "spending", "recency", "deals", "purchases", "accepted"), List.of("region"));
    }
}
