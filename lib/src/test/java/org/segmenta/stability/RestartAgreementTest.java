package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.comparing.AdjustedRandIndex;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;
import tech.tablesaw.api.Table;

class RestartAgreementTest {

    private static final FeatureMatrix BLOBS = Points.of(new RandomPoints(8).blobs(4 * 40, Points.corners(10), 0.7));
    private static final FeatureMatrix NOISE = Points.of(new RandomPoints(3).uniform(300, 2));

    @Test
    void runsOnClearStructureAllFindTheSameSegments() {
        RestartAgreement agreement = RestartAgreement.of(BLOBS, KMeans.withK(4).restarts(1), 10, 1);

        assertEquals(1, agreement.distinctOptima());
        assertEquals(10, agreement.runsAtBest());
        assertEquals(1.0, agreement.meanAri(), 1e-12);
        assertEquals(1.0, agreement.minimumAri(), 1e-12);
        assertTrue(agreement.reading().contains("reached the same optimum"), agreement.reading());
    }

    @Test
    void singleStartsOnNoiseEndInDifferentLocalOptima() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(8).restarts(1), 10, 1);

        assertTrue(agreement.distinctOptima() > 1, agreement.toString());
        assertTrue(agreement.minimumAri() < 1, agreement.toString());
    }

    @Test
    void runsGroupedAsOneOptimumHaveTheSamePartition() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(8).restarts(1), 10, 1);

        for (int a = 0; a < agreement.runs(); a++) {
            for (int b = 0; b < agreement.runs(); b++) {
                boolean sameWcss = agreement.run(a).wcss() == agreement.run(b).wcss();
                assertEquals(sameWcss, agreement.ari(a, b) == 1.0, "runs " + a + " and " + b);
            }
        }
    }

    @Test
    void bestIsTheSmallestWcssAndCountsTheRunsThatReachedIt() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(8).restarts(1), 10, 1);

        double[] wcss = new double[10];
        for (int r = 0; r < 10; r++) {
            wcss[r] = agreement.run(r).wcss();
        }
        double min = Arrays.stream(wcss).min().orElseThrow();
        assertEquals(min, agreement.bestWcss());
        assertEquals(Arrays.stream(wcss).filter(w -> w == min).count(), agreement.runsAtBest());
        assertEquals(min, agreement.best().wcss());
        assertEquals(Arrays.stream(wcss).distinct().count(), agreement.distinctOptima());
    }

    @Test
    void meanAndMinimumAreOverPairsOfDifferentRuns() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(8).restarts(1), 6, 1);

        double sum = 0;
        double min = 1;
        for (int a = 0; a < 6; a++) {
            for (int b = a + 1; b < 6; b++) {
                double ari = AdjustedRandIndex.between(agreement.run(a), agreement.run(b));
                sum += ari;
                min = Math.min(min, ari);
            }
        }
        assertEquals(sum / 15, agreement.meanAri(), 1e-12);
        assertEquals(min, agreement.minimumAri(), 1e-12);
    }

    @Test
    void runRUsesSeedFirstSeedPlusR() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(5).restarts(2), 3, 100);

        assertEquals(102, agreement.seed(2));
        assertArrayEquals(KMeans.withK(5).restarts(2).seed(102).fit(NOISE).labels(), agreement.run(2).labels());
    }

    @Test
    void optimaTableListsEachOptimumOnceBestFirst() {
        RestartAgreement agreement = RestartAgreement.of(NOISE, KMeans.withK(8).restarts(1), 10, 1);

        Table table = agreement.optimaTable();

        assertEquals(agreement.distinctOptima(), table.rowCount());
        assertEquals(agreement.bestWcss(), table.doubleColumn("WCSS").get(0));
        assertEquals(1.0, table.doubleColumn("ARI with best").get(0));
        assertEquals(10, table.intColumn("Runs").sum());
        assertEquals(100.0, table.doubleColumn("Share of runs (%)").sum(), 1e-9);
        for (int o = 1; o < table.rowCount(); o++) {
            assertTrue(table.doubleColumn("WCSS").get(o) > table.doubleColumn("WCSS").get(o - 1));
        }
    }

    @Test
    void fewerThanTwoRunsAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RestartAgreement.of(NOISE, KMeans.withK(3), 1, 1));

        assertTrue(error.getMessage().contains("at least 2 runs"), error.getMessage());
    }
}
