package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.features.FeatureMatrix;

class PersonalityFeaturesTest {

    /** Built once: reading and deriving the 2,240 customers takes about a second. */
    private static final FeatureMatrix FEATURES = PersonalityFeatures.of(Path.of("../data/marketing_campaign.csv"));

    @Test
    void dropsTheFourImpossibleCustomersAsChapterFiveDoes() {
        // pandas 1.5.3: d = pd.read_csv('data/marketing_campaign.csv', sep='\t');
        // len(d[~((d.Year_Birth < 1901) | (d.Income == 666666))])  ->  2236 (of 2240)
        assertEquals(2236, FEATURES.rows());
    }

    @Test
    void takesTheSixFeaturesOfChapterFive() {
        assertEquals(List.of("Age", "Income", "Children", "Total spend", "Total purchases", "NumDealsPurchases"),
                FEATURES.names());
    }

    @Test
    void derivesAgeFromTheBirthYearIn2014() {
        // pandas 1.5.3, on the same 2236 rows: (2014 - c.Year_Birth).mean()  ->  45.10196779964222
        double meanAge = Arrays.stream(FEATURES.originalValues()).mapToDouble(row -> row[0]).average().orElseThrow();
        assertEquals(45.10196779964222, meanAge, 1e-9);
    }

    @Test
    void zScoresEveryFeature() {
        double[][] x = FEATURES.values();
        for (int j = 0; j < x[0].length; j++) {
            int column = j;
            double mean = Arrays.stream(x).mapToDouble(row -> row[column]).average().orElseThrow();
            assertEquals(0.0, mean, 1e-9, FEATURES.names().get(j));
        }
    }
}
