package org.segmenta.testing;

import java.util.Map;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Seven customers small enough to profile by hand.
 *
 * <pre>
 * row  f   spend  gender  segment given   → after renumbering by size
 *  0   1   10     F       A               Segment 2 (index 1)
 *  1   2   20     F       A               Segment 2
 *  2   3   60     M       A               Segment 2
 *  3  10   30     F       B               Segment 1 (index 0, the larger)
 *  4  11   —      M       B               Segment 1  (spend missing)
 *  5  12   50     M       B               Segment 1
 *  6  13   70     M       B               Segment 1
 * </pre>
 *
 * Worked by hand: spend over everyone present = {10, 20, 60, 30, 50, 70}: mean 240 / 6 = 40; squared deviations
 * 900 + 400 + 400 + 100 + 100 + 900 = 2800, population sd = √(2800 / 6); sorted 10 20 30 50 60 70, median
 * (30 + 50) / 2 = 40, tertiles at h = 5/3 → 20 + (2/3)·10 = 26.67 and h = 10/3 → 50 + (1/3)·10 = 53.33.
 * Segment 1 (index 0): spend {30, 50, 70} (1 missing): mean 50, median 50. Segment 2 (index 1): spend {10, 20, 60}:
 * mean 30, median 20, tertiles at h = 2/3 → 10 + (2/3)·10 = 16.67 and h = 4/3 → 20 + (1/3)·40 = 33.33.
 * Gender: F is 3 of 7 overall, 1 of 4 in Segment 1, 2 of 3 in Segment 2.
 */
public final class TinyCustomers {

    /** Name of the clustering feature column. */
    public static final String F = "f";
    /** Name of the numeric column with a missing value. */
    public static final String SPEND = "spend";
    /** Name of the categorical column. */
    public static final String GENDER = "gender";

    private TinyCustomers() {
    }

    /** @return the table above */
    public static Table table() {
        DoubleColumn spend = DoubleColumn.create(SPEND, 10, 20, 60, 30, Double.NaN, 50, 70);
        return Table.create("tiny", DoubleColumn.create(F, 1, 2, 3, 10, 11, 12, 13), spend,
                StringColumn.create(GENDER, "F", "F", "M", "F", "M", "M", "M"));
    }

    /** @return the segmentation above: rows 0–2 and rows 3–6 */
    public static Segmentation segmentation() {
        return Segmentation.of("hand-made", FeatureMatrix.of(table(), F), new int[] {7, 7, 7, 3, 3, 3, 3}, Map.of());
    }
}
