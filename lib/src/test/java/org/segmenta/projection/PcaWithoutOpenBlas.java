package org.segmenta.projection;

import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Run in a separate JVM by {@link PcaProjectionTest} with Smile pointed at a BLAS library that does not exist: prints
 * the message of the exception {@link PcaProjection#of(FeatureMatrix)} throws, so the test can read it.
 */
public final class PcaWithoutOpenBlas {

    private PcaWithoutOpenBlas() {
    }

    /** Fits a PCA of four points and prints what went wrong (or "no error"). */
    public static void main(String[] args) {
        Table points = Table.create("points", DoubleColumn.create("a", 1, 2, 3, 4), DoubleColumn.create("b", 2, 1, 4, 3));
        try {
            PcaProjection.of(FeatureMatrix.of(points, "a", "b"));
            System.out.println("no error");
        } catch (IllegalStateException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
