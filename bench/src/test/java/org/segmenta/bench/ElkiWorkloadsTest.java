package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import elki.clustering.hierarchical.ClusterMergeHistory;
import elki.data.NumberVector;
import elki.database.relation.Relation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ElkiWorkloadsTest {

    /**
     * Two groups on a line, {0, 1, 2} and {10, 11, 12}. Worked by hand: from any two distinct starting points Lloyd's
     * algorithm ends at these groups (e.g. from 0 and 1: {0} and {1, 2, 10, 11, 12} with means 0 and 7.2, then 2 is
     * nearer 0 than 7.2, giving {0, 1, 2} and {10, 11, 12}); each group's mean is 1 (or 11) and its sum of squares
     * 1 + 0 + 1 = 2, so WCSS = 4.
     */
    private static final double[][] TWO_GROUPS = {{0}, {1}, {2}, {10}, {11}, {12}};

    @ParameterizedTest
    @EnumSource(ElkiWorkloads.Variant.class)
    void everyExactVariantEndsAtTheHandWorkedTwoGroups(ElkiWorkloads.Variant variant) {
        Relation<NumberVector> relation = ElkiWorkloads.relation(TWO_GROUPS);
        ElkiIterations iterations = ElkiIterations.install();
        for (long seed = 1; seed <= 5; seed++) {
            ElkiWorkloads.Fit fit = ElkiWorkloads.fit(relation, variant, 2, seed, iterations);
            assertEquals(4.0, Wcss.of(TWO_GROUPS, fit.labels()), 1e-12, variant + ", seed " + seed);
            int[] labels = fit.labels();
            assertEquals(labels[0], labels[1]);
            assertEquals(labels[0], labels[2]);
            assertEquals(labels[3], labels[4]);
            assertEquals(labels[3], labels[5]);
            assertNotEquals(labels[0], labels[3]);
        }
    }

    @Test
    void lloydReportsItsIterationsIncludingTheLastPassWithoutChanges() {
        // Two points and k = 2: k-means++ draws both, the first pass assigns each to its own centre, the second
        // changes nothing: ELKI counts 2 iterations.
        double[][] x = {{0, 0}, {3, 4}};
        ElkiIterations iterations = ElkiIterations.install();
        ElkiWorkloads.Fit fit = ElkiWorkloads.fit(ElkiWorkloads.relation(x), ElkiWorkloads.Variant.LLOYD, 2, 42,
                iterations);
        assertEquals(2, fit.iterations());
        assertEquals(0.0, Wcss.of(x, fit.labels()));
    }

    @Test
    void elkisKMeansPlusPlusDrawsTwoCentresWhenAskedForOne() {
        // Why the elbow sweep's k = 1 is the total sum of squares (as for Smile): KMeansPlusPlus adds a second centre
        // before it checks how many it has. If ELKI fixes this, the note in ElkiWorkloads.elbow must change.
        ElkiIterations iterations = ElkiIterations.install();
        ElkiWorkloads.Fit fit = ElkiWorkloads.fit(ElkiWorkloads.relation(TWO_GROUPS), ElkiWorkloads.Variant.LLOYD, 1,
                42, iterations);
        assertEquals(2, Arrays.stream(fit.labels()).distinct().count());
    }

    @Test
    void wardHeightsConvertedToScipysConventionEqualScipys() {
        // SciPy 1.10.1 (Debian's /usr/bin/python3):
        //   import numpy as np
        //   from scipy.cluster.hierarchy import linkage
        //   x = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 0.0], [5.0, 2.0], [9.0, 1.0]])
        //   sorted(linkage(x, 'ward')[:, 2])
        //   -> [1.0, 2.0, 4.618802153517007, 9.168787633415155]
        // By hand: 1 and 2 are the pairs' distances; {(5,0), (5,2)} + (9,1): sqrt(2·2·1/3)·4 = 4.6188.
        double[][] x = {{0, 0}, {1, 0}, {5, 0}, {5, 2}, {9, 1}};
        ClusterMergeHistory tree = ElkiWorkloads.ward(ElkiWorkloads.relation(x));
        double[] raw = new double[tree.numMerges()];
        double[] converted = new double[tree.numMerges()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = tree.getMergeHeight(i);
            converted[i] = ElkiWorkloads.scipyHeight(raw[i]);
        }
        Arrays.sort(raw);
        Arrays.sort(converted);
        assertArrayEquals(new double[] {1.0, 2.0, 4.618802153517007, 9.168787633415155}, converted, 1e-12);
        // ELKI's own heights on squared Euclidean distances are the squares (2 · ΔSSE): 1, 4, 21.333…, 84.066…
        assertArrayEquals(new double[] {1.0, 4.0, 4.618802153517007 * 4.618802153517007,
                9.168787633415155 * 9.168787633415155}, raw, 1e-9);
    }

    @Test
    void theFastestExactVariantIsTheFastestWithLloydsWcss() {
        List<ElkiWorkloads.VariantRun> runs = List.of(
                new ElkiWorkloads.VariantRun(ElkiWorkloads.Variant.LLOYD, 40.0, 30, 1000.0),
                new ElkiWorkloads.VariantRun(ElkiWorkloads.Variant.HAMERLY, 5.0, 30, 1000.0 * (1 + 1e-12)),
                new ElkiWorkloads.VariantRun(ElkiWorkloads.Variant.YINYANG, 3.0, 25, 1001.0),
                new ElkiWorkloads.VariantRun(ElkiWorkloads.Variant.SHALLOT, 4.0, 30, 1000.0));
        // YinYang is fastest but ended elsewhere; of the variants at Lloyd's WCSS, Shallot is fastest.
        assertEquals(ElkiWorkloads.Variant.SHALLOT, ElkiWorkloads.fastestExact(runs).variant());
    }
}
