package org.segmenta.projection;

import java.util.Arrays;
import java.util.Locale;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import smile.feature.extraction.PCA;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Principal component analysis of a feature matrix, to draw customers with many features on a flat map. The principal
 * components are the orthogonal directions of largest variance of the centred data: component 1 ("PC1") is the
 * direction along which customers differ most, PC2 the most among directions perpendicular to PC1, and so on. A
 * customer's coordinates are {@code score_c = v_c · (x − mean)}, where {@code v_c} is the unit loading vector of
 * component c and {@code x} the customer's (scaled) features. The share of variance a component explains is its
 * eigenvalue of the covariance matrix over the sum of all eigenvalues (Jolliffe, "Principal Component Analysis",
 * 2nd ed., Springer 2002, ch. 1–2).
 *
 * <p>The analysis runs on {@link FeatureMatrix#values()}, the space the clustering saw: build the features with
 * {@code Scaling.STANDARD} when they are in different units, or the feature with the largest spread alone decides
 * PC1. Segment centroids are projected with the same formula, so they sit at the mean of their customers on the map.
 *
 * <p><b>Signs.</b> A principal direction is only defined up to its sign, and libraries differ. Here each component is
 * oriented so that its loading of largest absolute value is positive (ties: the first feature), which is also what
 * scikit-learn 1.5 and later do; older scikit-learn and Smile may give the opposite sign for some components.
 *
 * <p><b>Native libraries.</b> The decomposition is Smile's {@code smile.feature.extraction.PCA}, which calls the
 * system OpenBLAS through Java's foreign-function API (Smile looks up {@code libopenblas.so}; on Debian/Ubuntu it comes
 * with {@code libopenblas-dev}). Measured with Smile 6.3.0 by pointing its {@code smile.lib.blas} and
 * {@code smile.lib.lapack} properties at a missing library in turn:
 * <ul>
 *   <li>{@code PCA.fit(double[][])} needs LAPACK ({@code dgesdd}, the SVD of the centred data, when there are more
 *       customers than features; {@code dsyevd}, the eigen decomposition of the covariance matrix, otherwise) and
 *       BLAS ({@code dgemv}, to project the mean);</li>
 *   <li>{@code PCA.getProjection(int)} and {@code Projection.apply(double[])} need BLAS ({@code dgemv});</li>
 *   <li>{@code DenseMatrix.colMeans()} and reading matrix entries are plain Java.</li>
 * </ul>
 * The JVM must also allow native access ({@code --enable-native-access=ALL-UNNAMED}). Without OpenBLAS,
 * {@link #of(FeatureMatrix, int)} throws an {@link IllegalStateException} that says what to install.
 *
 * <pre>{@code
 * FeatureMatrix z = FeatureMatrix.of(mall, Scaling.STANDARD, "Age", "Annual Income (k$)", "Spending Score (1-100)");
 * PcaProjection pca = PcaProjection.of(z);          // 2 components
 * pca.explainedVarianceRatio(0);                     // 0.443: PC1 carries 44 % of the variance
 * pca.dominantFeature(1);                            // "Annual Income (k$)"
 * double[][] map = pca.coordinates();                // one (PC1, PC2) row per customer
 * double[][] centres = pca.centroids(segments);      // segment centroids on the same map
 * }</pre>
 *
 * Components are numbered from 0 in the API and shown to people as PC1, PC2, ... Instances are immutable.
 */
public final class PcaProjection {

    /** Number of components kept by {@link #of(FeatureMatrix)}: a flat map. */
    public static final int DEFAULT_COMPONENTS = 2;

    private final FeatureMatrix features;
    private final int components;
    private final double[] varianceRatios;
    private final double[][] loadings;
    private final double[][] coordinates;
    private final PCA projection;
    private final double[] signs;

    private PcaProjection(FeatureMatrix features, int components) {
        this.features = features;
        this.components = components;
        double[][] x = features.values();
        int p = features.columns();
        PCA fitted = fitWithSmile(x);
        this.projection = fitted.getProjection(components);
        this.varianceRatios = new double[p];
        for (int c = 0; c < p; c++) {
            varianceRatios[c] = fitted.varianceProportion().get(c);
        }
        this.loadings = new double[components][p];
        this.signs = new double[components];
        for (int c = 0; c < components; c++) {
            int largest = 0;
            for (int j = 0; j < p; j++) {
                loadings[c][j] = fitted.loadings().get(j, c);
                if (Math.abs(loadings[c][j]) > Math.abs(loadings[c][largest])) {
                    largest = j;
                }
            }
            signs[c] = loadings[c][largest] < 0 ? -1 : 1;
            for (int j = 0; j < p; j++) {
                loadings[c][j] *= signs[c];
            }
        }
        this.coordinates = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            coordinates[i] = projectScaled(x[i]);
        }
    }

    private static PCA fitWithSmile(double[][] x) {
        try {
            return PCA.fit(x);
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalStateException("principal component analysis needs the OpenBLAS library, which Smile "
                    + "could not load (" + root.getMessage() + "). On Debian/Ubuntu install it with "
                    + "'apt-get install libopenblas-dev' (environment/setup.sh does this), check with "
                    + "'ldconfig -p | grep libopenblas', and start Java with --enable-native-access=ALL-UNNAMED.", e);
        }
    }

    /**
     * Projects the customers of {@code features} on their first {@value #DEFAULT_COMPONENTS} principal components.
     *
     * @throws IllegalArgumentException if there are fewer than {@value #DEFAULT_COMPONENTS} features
     * @throws IllegalStateException if the OpenBLAS library is missing
     */
    public static PcaProjection of(FeatureMatrix features) {
        return of(features, DEFAULT_COMPONENTS);
    }

    /**
     * Projects the customers of {@code features} on their first {@code components} principal components.
     *
     * @param features the customers, in the (scaled) space the clustering saw
     * @param components how many components to keep, 1 to the number of features
     * @throws IllegalArgumentException if {@code components} is out of that range
     * @throws IllegalStateException if the OpenBLAS library is missing
     */
    public static PcaProjection of(FeatureMatrix features, int components) {
        if (components < 1 || components > features.columns()) {
            throw new IllegalArgumentException("cannot keep " + components + " principal components of "
                    + features.columns() + " feature(s) " + features.names() + ": choose 1 to " + features.columns()
                    + (components > features.columns() ? ", or add features" : "") + ".");
        }
        return new PcaProjection(features, components);
    }

    /** @return the features that were analysed */
    public FeatureMatrix features() {
        return features;
    }

    /** @return the number of components kept (the dimension of {@link #coordinates()}) */
    public int components() {
        return components;
    }

    /**
     * @param component a component number, 0 to the number of features − 1 (all components are known, not only the
     *     kept ones)
     * @return the share of the total variance that this component explains, between 0 and 1
     */
    public double explainedVarianceRatio(int component) {
        if (component < 0 || component >= varianceRatios.length) {
            throw new IllegalArgumentException("component " + component + " does not exist: there are "
                    + varianceRatios.length + " components, numbered 0 to " + (varianceRatios.length - 1) + ".");
        }
        return varianceRatios[component];
    }

    /** @return the share of variance of every component (not only the kept ones), largest first */
    public double[] explainedVarianceRatios() {
        return varianceRatios.clone();
    }

    /** @return the share of the total variance that the kept components explain together */
    public double keptVarianceRatio() {
        return Arrays.stream(varianceRatios, 0, components).sum();
    }

    /**
     * @param component a kept component, 0 to {@link #components()} − 1
     * @return its unit loading vector: how much each feature (in {@link FeatureMatrix#names()} order) contributes
     */
    public double[] loadings(int component) {
        return loadings[checkKept(component)].clone();
    }

    /**
     * @param component a kept component
     * @return the feature with the largest absolute loading: the one that drives this component most
     */
    public String dominantFeature(int component) {
        double[] v = loadings[checkKept(component)];
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        return features.names().get(largest);
    }

    /** @return a copy of every customer's coordinates, one row per customer, one column per kept component */
    public double[][] coordinates() {
        double[][] copy = new double[coordinates.length][];
        for (int i = 0; i < coordinates.length; i++) {
            copy[i] = coordinates[i].clone();
        }
        return copy;
    }

    /** @return the coordinates of customer {@code row} on the kept components */
    public double[] coordinates(int row) {
        return coordinates[row].clone();
    }

    /**
     * Projects a point given in the scaled space of {@link FeatureMatrix#values()}.
     *
     * @return its coordinates on the kept components
     */
    public double[] project(double[] scaledPoint) {
        if (scaledPoint.length != features.columns()) {
            throw new IllegalArgumentException("a point needs " + features.columns() + " coordinates "
                    + features.names() + ", got " + scaledPoint.length);
        }
        return projectScaled(scaledPoint);
    }

    private double[] projectScaled(double[] point) {
        double[] y = projection.apply(point);
        for (int c = 0; c < components; c++) {
            y[c] *= signs[c];
        }
        return y;
    }

    /**
     * Projects the segment centroids of {@code segmentation}, which must have been made on these same features.
     *
     * @return one row per segment (0-based, as in the segmentation), one column per kept component
     * @throws IllegalArgumentException if the segmentation was made on other features or other customers
     */
    public double[][] centroids(Segmentation segmentation) {
        checkSameFeatures(segmentation);
        double[][] scaled = segmentation.scaledCentroids();
        double[][] projected = new double[scaled.length][];
        for (int s = 0; s < scaled.length; s++) {
            projected[s] = projectScaled(scaled[s]);
        }
        return projected;
    }

    /**
     * Checks that {@code segmentation} was made on the features of this projection (same names, scaling and values).
     *
     * @throws IllegalArgumentException if not, naming the difference
     */
    public void checkSameFeatures(Segmentation segmentation) {
        FeatureMatrix other = segmentation.features();
        if (other == features) {
            return;
        }
        if (!other.names().equals(features.names()) || other.scaling() != features.scaling()
                || other.rows() != features.rows() || !Arrays.deepEquals(other.values(), features.values())) {
            throw new IllegalArgumentException("the segmentation was made on " + other + " but the projection on "
                    + features + ": project the segmentation's own features, PcaProjection.of(segments.features()).");
        }
    }

    /** @return the axis title of a kept component, e.g. {@code "PC1 (44.3 % of variance)"} */
    public String axisTitle(int component) {
        return String.format(Locale.ROOT, "PC%d (%.1f %% of variance)", checkKept(component) + 1,
                100 * varianceRatios[component]);
    }

    /**
     * @return one row per component (all of them): {@code Component} ("PC1", ...), {@code Variance explained (%)},
     *     {@code Cumulative (%)} and {@code Kept} (whether it is one of the kept components)
     */
    public Table varianceTable() {
        StringColumn names = StringColumn.create("Component");
        DoubleColumn share = DoubleColumn.create("Variance explained (%)");
        DoubleColumn cumulative = DoubleColumn.create("Cumulative (%)");
        StringColumn kept = StringColumn.create("Kept");
        double running = 0;
        for (int c = 0; c < varianceRatios.length; c++) {
            running += varianceRatios[c];
            names.append("PC" + (c + 1));
            share.append(100 * varianceRatios[c]);
            cumulative.append(100 * running);
            kept.append(c < components ? "yes" : "no");
        }
        share.setPrintFormatter(Decimals.column(1));
        cumulative.setPrintFormatter(Decimals.column(1));
        return Table.create("Principal components: variance explained", names, share, cumulative, kept);
    }

    /**
     * @return one row per feature: {@code Feature}, then the loading on each kept component ({@code PC1}, ...), and
     *     {@code Drives most} naming the kept components for which this feature has the largest absolute loading
     */
    public Table loadingsTable() {
        StringColumn names = StringColumn.create("Feature", features.names());
        Table table = Table.create("Principal components: loadings", names);
        for (int c = 0; c < components; c++) {
            DoubleColumn column = DoubleColumn.create("PC" + (c + 1), loadings[c]);
            column.setPrintFormatter(Decimals.column(3));
            table.addColumns(column);
        }
        StringColumn drives = StringColumn.create("Drives most");
        for (String name : features.names()) {
            StringBuilder which = new StringBuilder();
            for (int c = 0; c < components; c++) {
                if (dominantFeature(c).equals(name)) {
                    which.append(which.isEmpty() ? "" : ", ").append("PC").append(c + 1);
                }
            }
            drives.append(which.toString());
        }
        table.addColumns(drives);
        return table;
    }

    private int checkKept(int component) {
        if (component < 0 || component >= components) {
            throw new IllegalArgumentException("component " + component + " is not kept: this projection keeps "
                    + components + " component(s), numbered 0 to " + (components - 1)
                    + ". Ask for more with PcaProjection.of(features, m).");
        }
        return component;
    }

    @Override
    public String toString() {
        StringBuilder shares = new StringBuilder();
        for (int c = 0; c < components; c++) {
            shares.append(c == 0 ? "" : ", ").append(axisTitle(c));
        }
        return "PcaProjection[" + features.names() + " → " + shares + "]";
    }
}
