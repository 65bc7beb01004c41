package org.segmenta.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.Table;

/**
 * Reference values from scikit-learn 1.2.1 (Debian python3-sklearn, numpy 1.24.2), run from the project folder:
 * <pre>
 * import numpy as np
 * from sklearn.preprocessing import StandardScaler
 * from sklearn.decomposition import PCA
 * d = np.genfromtxt("data/mall_customers.csv", delimiter=",", skip_header=1, usecols=(2, 3, 4))
 * z = StandardScaler().fit_transform(d)          # Age, Annual Income (k$), Spending Score (1-100)
 * pca = PCA(n_components=3).fit(z)
 * pca.explained_variance_ratio_, pca.components_, pca.transform(z)[[0, 1, 2, 99, 199], :2]
 * </pre>
 * Principal directions are defined up to sign, so components and coordinates are compared in absolute value.
 */
class PcaProjectionTest {

    private static final String AGE = "Age";
    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";
    private static final Table MALL = CustomerData.mallCustomers(MallData.FILE);
    private static final FeatureMatrix STANDARDISED = FeatureMatrix.of(MALL, Scaling.STANDARD, AGE, INCOME, SCORE);

    private static final double[] SKLEARN_RATIOS = {0.4426616720824509, 0.3330837846152237, 0.22425454330232558};
    private static final double[][] SKLEARN_COMPONENTS = {
        {0.7063823466700044, -0.04802397586318657, -0.706199460531704},
        {0.0301411623106643, 0.9988315975429802, -0.03777499284315316},
        {-0.7071884406914044, -0.00539791552639942, -0.7070045062518554},
    };
    private static final int[] SKLEARN_ROWS = {0, 1, 2, 99, 199};
    private static final double[][] SKLEARN_COORDINATES = {
        {-0.6157200190433797, -1.7634808784656548},
        {-1.665792713434656, -1.8207469510592593},
        {0.3378619085157562, -1.6747989372314536},
        {-0.9235031449745283, -0.02224032062456795},
        {-1.4880035648295844, 2.84701775742994},
    };

    @Test
    void explainedVarianceRatiosMatchScikitLearn() {
        PcaProjection pca = PcaProjection.of(STANDARDISED, 3);

        assertArrayEquals(SKLEARN_RATIOS, pca.explainedVarianceRatios(), 1e-12);
    }

    @Test
    void componentsMatchScikitLearnUpToSign() {
        PcaProjection pca = PcaProjection.of(STANDARDISED, 3);

        for (int c = 0; c < 3; c++) {
            double[] ours = pca.loadings(c);
            for (int j = 0; j < 3; j++) {
                assertEquals(Math.abs(SKLEARN_COMPONENTS[c][j]), Math.abs(ours[j]), 1e-10, "PC" + (c + 1) + ", " + j);
            }
        }
    }

    @Test
    void coordinatesMatchScikitLearnUpToTheSignOfEachComponent() {
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        for (int c = 0; c < 2; c++) {
            double sign = Math.signum(pca.coordinates(SKLEARN_ROWS[0])[c]) * Math.signum(SKLEARN_COORDINATES[0][c]);
            for (int r = 0; r < SKLEARN_ROWS.length; r++) {
                assertEquals(SKLEARN_COORDINATES[r][c], sign * pca.coordinates(SKLEARN_ROWS[r])[c], 1e-10,
                        "row " + SKLEARN_ROWS[r] + ", PC" + (c + 1));
            }
        }
    }

    @Test
    void eachComponentIsOrientedSoItsLargestLoadingIsPositive() {
        PcaProjection pca = PcaProjection.of(STANDARDISED, 3);

        for (int c = 0; c < 3; c++) {
            double[] v = pca.loadings(c);
            double largest = v[0];
            for (double value : v) {
                largest = Math.abs(value) > Math.abs(largest) ? value : largest;
            }
            assertTrue(largest > 0, "PC" + (c + 1) + " loadings " + java.util.Arrays.toString(v));
        }
    }

    @Test
    void coordinatesAreTheLoadingsTimesTheCentredFeatures() {
        PcaProjection pca = PcaProjection.of(STANDARDISED);
        double[][] z = STANDARDISED.values();   // standardised: every column already has mean 0

        for (int i = 0; i < z.length; i += 17) {
            for (int c = 0; c < 2; c++) {
                double[] v = pca.loadings(c);
                double expected = v[0] * z[i][0] + v[1] * z[i][1] + v[2] * z[i][2];
                assertEquals(expected, pca.coordinates(i)[c], 1e-12, "row " + i + ", PC" + (c + 1));
            }
        }
    }

    @Test
    void theDominantFeatureIsTheOneWithTheLargestAbsoluteLoading() {
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        // |0.70638| (Age) just beats |−0.70620| (Spending Score) on PC1; Income has 0.99883 on PC2.
        assertEquals(AGE, pca.dominantFeature(0));
        assertEquals(INCOME, pca.dominantFeature(1));
    }

    @Test
    void segmentCentroidsLandAtTheMeanOfTheirCustomersOnTheMap() {
        Segmentation segments = KMeans.withK(4).seed(42).fit(STANDARDISED);
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        double[][] centroids = pca.centroids(segments);

        for (int s = 0; s < segments.k(); s++) {
            double[] mean = new double[2];
            for (int i = 0; i < STANDARDISED.rows(); i++) {
                if (segments.segmentOf(i) == s) {
                    mean[0] += pca.coordinates(i)[0] / segments.size(s);
                    mean[1] += pca.coordinates(i)[1] / segments.size(s);
                }
            }
            assertArrayEquals(mean, centroids[s], 1e-10, "segment " + (s + 1));
        }
    }

    @Test
    void centroidsOfASegmentationOnOtherFeaturesAreRefused() {
        FeatureMatrix other = FeatureMatrix.of(MALL, Scaling.STANDARD, INCOME, SCORE);
        Segmentation segments = KMeans.withK(3).seed(1).fit(other);
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> pca.centroids(segments));

        assertTrue(error.getMessage().contains("PcaProjection.of(segments.features())"), error.getMessage());
    }

    @Test
    void aSegmentationOnAnEqualRebuiltFeatureMatrixIsAccepted() {
        FeatureMatrix rebuilt = FeatureMatrix.of(MALL, Scaling.STANDARD, AGE, INCOME, SCORE);
        Segmentation segments = KMeans.withK(3).seed(1).fit(rebuilt);

        assertEquals(3, PcaProjection.of(STANDARDISED).centroids(segments).length);
    }

    @Test
    void varianceTableListsEveryComponentWithItsShareAndRunningTotal() {
        Table table = PcaProjection.of(STANDARDISED).varianceTable();

        assertEquals(List.of("PC1", "PC2", "PC3"), table.stringColumn("Component").asList());
        assertEquals(100 * SKLEARN_RATIOS[1], table.doubleColumn("Variance explained (%)").get(1), 1e-9);
        assertEquals(100 * (SKLEARN_RATIOS[0] + SKLEARN_RATIOS[1]), table.doubleColumn("Cumulative (%)").get(1),
                1e-9);
        assertEquals(100.0, table.doubleColumn("Cumulative (%)").get(2), 1e-9);
        assertEquals(List.of("yes", "yes", "no"), table.stringColumn("Kept").asList());
    }

    @Test
    void loadingsTableHasOneRowPerFeatureAndNamesWhatItDrives() {
        Table table = PcaProjection.of(STANDARDISED).loadingsTable();

        assertEquals(List.of("Feature", "PC1", "PC2", "Drives most"), table.columnNames());
        assertEquals(List.of(AGE, INCOME, SCORE), table.stringColumn("Feature").asList());
        assertEquals(0.9988315975429802, Math.abs(table.doubleColumn("PC2").get(1)), 1e-10);
        assertEquals(List.of("PC1", "PC2", ""), table.stringColumn("Drives most").asList());
    }

    @Test
    void axisTitleGivesTheShareOfVarianceWithOneDecimal() {
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        assertEquals("PC1 (44.3 % of variance)", pca.axisTitle(0));
        assertEquals("PC2 (33.3 % of variance)", pca.axisTitle(1));
        assertEquals(SKLEARN_RATIOS[0] + SKLEARN_RATIOS[1], pca.keptVarianceRatio(), 1e-12);
    }

    @Test
    void moreComponentsThanFeaturesAreRefusedWithTheLimit() {
        FeatureMatrix two = FeatureMatrix.of(MALL, INCOME, SCORE);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PcaProjection.of(two, 3));

        assertTrue(error.getMessage().contains("choose 1 to 2"), error.getMessage());
    }

    @Test
    void aMapOfOneFeatureIsRefused() {
        FeatureMatrix one = FeatureMatrix.of(MALL, AGE);

        assertThrows(IllegalArgumentException.class, () -> PcaProjection.of(one));
    }

    @Test
    void askingForAComponentThatIsNotKeptNamesTheKeptRange() {
        PcaProjection pca = PcaProjection.of(STANDARDISED);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> pca.loadings(2));

        assertTrue(error.getMessage().contains("numbered 0 to 1"), error.getMessage());
    }

    @Test
    void withoutOpenBlasItSaysWhatToInstall() throws IOException, InterruptedException {
        // A separate JVM in which Smile looks for a BLAS library that does not exist, as on a machine without OpenBLAS.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dsmile.lib.blas=segmenta-no-such-blas", "-cp", System.getProperty("java.class.path"),
                PcaWithoutOpenBlas.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");

        assertTrue(output.contains("IllegalStateException: principal component analysis needs the OpenBLAS library"),
                output);
        assertTrue(output.contains("apt-get install libopenblas-dev"), output);
    }
}
