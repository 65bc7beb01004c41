package org.segmenta.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.testing.MallData;
import org.segmenta.testing.TinyCustomers;
import tech.tablesaw.api.Table;

/**
 * The tiny table's levels, by hand (see {@link TinyCustomers}): spend tertiles 26.67 and 53.33, segment means 50 and
 * 30 (both Mid), medians 50 (Mid) and 20 (Low); f = 1, 2, 3, 10, 11, 12, 13 has tertiles x[2] = 3 and x[4] = 11,
 * segment means 11.5 (High) and 2 (Low).
 */
class SegmentNamerTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";

    private static SegmentProfiles tiny(String... numeric) {
        return SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(), numeric);
    }

    @Test
    void mallFiveSegmentsGetTheFourCornersAndTheMiddle() {
        Table mall = CustomerData.mallCustomers(MallData.FILE);
        Segmentation segments = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(mall, INCOME, SCORE));
        SegmentProfiles profiles = SegmentProfiles.of(mall, segments, INCOME, SCORE);

        SegmentNames names = SegmentNamer.by(INCOME, "income").and(SCORE, "spending").name(profiles);

        // Centroids (scikit-learn KMeans(5, random_state=42) on the same columns): (55.3, 49.5), (86.5, 82.1),
        // (88.2, 17.1), (26.3, 20.9), (25.7, 79.4); numpy tertiles: income 48 and 72, score 41.33 and 59.
        assertEquals(Set.of("High income · High spending", "High income · Low spending", "Low income · High spending",
                "Low income · Low spending", "Mid income · Mid spending"), Set.copyOf(names.names()));
        assertEquals("Mid income · Mid spending", names.name(0), "Segment 1 is the large middle group of 81");
    }

    @Test
    void theColumnNameIsTheDefaultLabel() {
        SegmentNames names = SegmentNamer.by("f").name(tiny("f"));

        assertEquals(List.of("High f", "Low f"), names.names());
    }

    @Test
    void namePartsFollowTheOrderTheFeaturesWereChosenIn() {
        SegmentNames names = SegmentNamer.by("f", "size").and(TinyCustomers.SPEND, "spend").name(tiny("f", "spend"));

        assertEquals("High size · Mid spend", names.name(0));
    }

    @Test
    void duplicateNamesAreToldApartByTheMostSeparatingOtherFeature() {
        SegmentNames names = SegmentNamer.by(TinyCustomers.SPEND, "spending").label("f", "loyalty")
                .name(tiny(TinyCustomers.SPEND, "f"));

        assertEquals(List.of("Mid spending · High loyalty", "Mid spending · Low loyalty"), names.names());
    }

    @Test
    void duplicateNamesWithNothingElseToTellThemApartAreNumbered() {
        SegmentNames names = SegmentNamer.by(TinyCustomers.SPEND, "spending").name(tiny(TinyCustomers.SPEND));

        assertEquals(List.of("Mid spending", "Mid spending (2)"), names.names());
    }

    @Test
    void mediansCanReplaceMeans() {
        SegmentNames names = SegmentNamer.by(TinyCustomers.SPEND, "spending").using(CentralValue.MEDIAN)
                .name(tiny(TinyCustomers.SPEND));

        assertEquals(List.of("Mid spending", "Low spending"), names.names());
    }

    @Test
    void refusesAColumnThatWasNotProfiled() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SegmentNamer.by("f").name(tiny(TinyCustomers.SPEND)));

        assertTrue(error.getMessage().contains("'f'"), error.getMessage());
    }

    @Test
    void refusesABlankLabelAndAColumnChosenTwice() {
        assertThrows(IllegalArgumentException.class, () -> SegmentNamer.by("f", " "));
        assertThrows(IllegalArgumentException.class, () -> SegmentNamer.by("f").and("f", "again"));
    }

    @Test
    void featureLevelsTableShowsOneWordPerSegmentAndFeature() {
        Table table = FeatureLevels.of(tiny("f", TinyCustomers.SPEND)).table();

        assertEquals(List.of("High", "Low"), table.stringColumn("f").asList());
        assertEquals(List.of("Mid", "Mid"), table.stringColumn(TinyCustomers.SPEND).asList());
    }
}
