package org.segmenta.clustering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a k-means fit was asked for and what its kept restart (the one with the smallest WCSS) did: the facts a
 * k-means {@link Segmentation} reports through {@link Segmentation#iterations()}, {@link Segmentation#converged()} and
 * {@link Segmentation#warnings()}.
 *
 * @param k the number of segments asked for
 * @param restarts the number of k-means++ restarts
 * @param seed the seed of every random choice
 * @param maxIterations the iteration cap per restart
 * @param tolerance the relative tolerance on centroid movement
 * @param iterations the assignment steps the kept restart took (the last one after a small shift included)
 * @param converged whether the kept restart stopped by itself (labels unchanged, or centres moved by at most the
 *     tolerance) rather than at {@code maxIterations}
 */
record KMeansRun(int k, int restarts, long seed, int maxIterations, double tolerance, int iterations,
        boolean converged) {

    /** @return the settings, in the order reports show them ({@link Segmentation#parameters()}) */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("k", k);
        settings.put("initialisation", "k-means++ (greedy)");
        settings.put("restarts", restarts);
        settings.put("seed", seed);
        settings.put("maxIterations", maxIterations);
        settings.put("tolerance", tolerance);
        return settings;
    }

    /**
     * A segment is never lost: one that empties takes the customer farthest from its centre, also after the last
     * assignment, and k above the number of distinct customers is refused; so the only warning is non-convergence.
     *
     * @return the plain-language warnings of this run: empty when it converged
     */
    List<String> warnings() {
        if (converged) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "k-means did not converge: the best of %d restart%s was still "
                + "moving when it reached the iteration cap (maxIterations = %d), so its segments may not be final. "
                + "Raise maxIterations (e.g. to %d), or loosen the tolerance (now %s).", restarts,
                restarts == 1 ? "" : "s", maxIterations, Math.max(2 * maxIterations, KMeans.DEFAULT_MAX_ITERATIONS),
                tolerance));
    }
}
