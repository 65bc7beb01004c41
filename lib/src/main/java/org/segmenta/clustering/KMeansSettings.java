package org.segmenta.clustering;

import org.segmenta.progress.Progress;

/**
 * The settings of k-means that stay the same for every k: how many k-means++ restarts, the seed of every random
 * choice, the iteration cap per restart and the relative tolerance on centroid movement (see {@link KMeans} for what
 * each one does). A k sweep ({@link org.segmenta.choosingk.ElbowCurve}, {@link org.segmenta.choosingk.KSelection})
 * takes these and supplies each k itself; {@link #withK(int)} turns them into one k-means. Immutable; each setter
 * returns a copy. Start from {@link KMeans#settings()}, the defaults.
 *
 * <pre>{@code
 * KMeansSettings settings = KMeans.settings().restarts(10).seed(42);
 * KSelection selection = KSelection.sweep(features, 2, 10, settings);
 * Segmentation five = settings.withK(5).fit(features);   // the same fit as the sweep's at k = 5
 * }</pre>
 *
 * @param restarts the number of independent k-means++ restarts, at least 1 (the best one is kept)
 * @param seed the seed of every random choice
 * @param maxIterations the iteration cap per restart, at least 1
 * @param tolerance the relative tolerance on centroid movement, 0 or more (0: iterate until assignments stop changing)
 */
public record KMeansSettings(int restarts, long seed, int maxIterations, double tolerance) {

    /**
     * @throws IllegalArgumentException if restarts or maxIterations is below 1, or tolerance is negative or NaN
     */
    public KMeansSettings {
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be 0 or more, got " + tolerance);
        }
    }

    /** @return a copy with this number of independent k-means++ restarts (the best one is kept) */
    public KMeansSettings restarts(int restarts) {
        return new KMeansSettings(restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this seed for every random choice */
    public KMeansSettings seed(long seed) {
        return new KMeansSettings(restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this iteration cap per restart */
    public KMeansSettings maxIterations(int maxIterations) {
        return new KMeansSettings(restarts, seed, maxIterations, tolerance);
    }

    /** @return a copy with this relative tolerance on centroid movement (0: iterate until assignments stop changing) */
    public KMeansSettings tolerance(double tolerance) {
        return new KMeansSettings(restarts, seed, maxIterations, tolerance);
    }

    /**
     * @param k the number of segments, at least 1
     * @return k-means with these settings and {@code k} segments, silent ({@link KMeans#progress(Progress)} to report)
     */
    public KMeans withK(int k) {
        return new KMeans(k, this, Progress.silent());
    }
}
