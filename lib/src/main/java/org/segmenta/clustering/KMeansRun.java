package org.segmenta.clustering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmenta.data.Fix;

/**
 * What a k-means fit was asked for and what its kept restart (the one with the smallest WCSS) did: the facts a
 * k-means {@link Segmentation} reports through {@link Segmentation#iterations()}, {@link Segmentation#converged()} and
 * {@link Segmentation#warnings()}.
 *
 * @param k the number of segments asked for
 * @param settings the restarts, seed, iteration cap and tolerance the fit was asked for
 * @param iterations the assignment steps the kept restart took (the last one after a small shift included)
 * @param converged whether the kept restart stopped by itself (labels unchanged, or centres moved by at most the
 *     tolerance) rather than at {@code maxIterations}
 * @param fromGivenCentres whether the one run started from centres the caller gave
 *     ({@link LloydKMeans#fromCentres}) instead of k-means++ restarts; then the settings' restarts and seed were not used
 */
record KMeansRun(int k, KMeansSettings settings, int iterations, boolean converged, boolean fromGivenCentres) {

    /** A fit by k-means++ restarts, the usual kind. */
    KMeansRun(int k, KMeansSettings settings, int iterations, boolean converged) {
        this(k, settings, iterations, converged, false);
    }

    /**
     * @return the settings, in the order reports show them ({@link Segmentation#parameters()}); a run from given
     *     centres has no restarts and no seed
     */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("initialisation", fromGivenCentres ? "given centres" : "k-means++ (greedy)");
        if (!fromGivenCentres) {
            parameters.put("restarts", settings.restarts());
            parameters.put("seed", settings.seed());
        }
        parameters.put("maxIterations", settings.maxIterations());
        parameters.put("tolerance", settings.tolerance());
        return parameters;
    }

    /**
     * A segment is never lost: one that empties takes the customer farthest from its centre, also after the last
     * assignment, and k above the number of distinct customers is refused; so the only warning is non-convergence.
     * Its fix suggests twice the iteration cap, and at least the default cap ({@value KMeans#DEFAULT_MAX_ITERATIONS}).
     *
     * @return the warnings of this run: empty when it converged
     */
    List<SegmentationWarning> warnings() {
        if (converged) {
            return List.of();
        }
        String run = fromGivenCentres ? "the run from the given centres"
                : String.format(Locale.ROOT, "the best of %d restart%s", settings.restarts(),
                        settings.restarts() == 1 ? "" : "s");
        String problem = String.format(Locale.ROOT, "k-means did not converge: %s was still "
                + "moving when it reached the iteration cap of %d iteration%s, so its segments may not be final.",
                run, settings.maxIterations(),
                settings.maxIterations() == 1 ? "" : "s");
        String advice = "Raise the iteration cap (or loosen the tolerance, now " + settings.tolerance() + ")";
        int suggested = Math.max(2 * settings.maxIterations(), KMeans.DEFAULT_MAX_ITERATIONS);
        return List.of(new SegmentationWarning(problem, new Fix(advice, Fix.Setting.MAX_ITERATIONS,
                String.valueOf(suggested))));
    }
}
