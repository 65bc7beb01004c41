package org.segmenta.clustering;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.segmenta.features.FeatureMatrix;

/**
 * The values of a {@link FeatureMatrix} as one row-major array ({@link FeatureMatrix#flatValues()}), copied once per
 * matrix and shared by every fit on it.
 *
 * <p>A feature matrix never changes, so its copy stays valid as long as the matrix lives; the copy is held weakly by
 * the matrix's identity and goes when the matrix does. Repeated fits on one matrix (restarts, a sweep over k,
 * bootstrap samples, a benchmark's repetitions) then neither copy 8 bytes per value again nor make the JVM touch fresh
 * memory for it: at a million rows × 10 features that copy is 80 MB, and on a machine where first touches of memory
 * are slow it cost as much as the k-means iterations themselves (measured: 7 to 260 ms per fit).
 */
final class FlatFeatures {

    private static final Map<FeatureMatrix, RowMajorPoints> COPIES = Collections.synchronizedMap(new WeakHashMap<>());

    private FlatFeatures() {
    }

    /** @return the values of {@code features}, row-major (shared: callers must not modify them) */
    static RowMajorPoints of(FeatureMatrix features) {
        return COPIES.computeIfAbsent(features,
                f -> new RowMajorPoints(f.flatValues(), f.rows(), f.columns()));
    }
}
