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
 */
record KMeansRun(int k, KMeansSettings settings, int iterations, boolean converged) {

    /** @return the settings, in the order reports show them ({@link Segmentation#parameters()}) */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("k", k);
        parameters.put("initialisation", "k-means++ (greedy)");
        parameters.put("restarts", settings.restarts());
        parameters.put("seed", settings.seed());
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
        String problem = String.format(Locale.ROOT, "k-means did not converge: the best of %d restart%s was still "
                + "moving when it reached the iteration cap of %d iteration%s, so its segments may not be final.",
                settings.restarts(), settings.restarts() == 1 ? "" : "s", settings.maxIterations(),
                settings.maxIterations() == 1 ? "" : "s");
        String advice = "Raise the iteration cap (or loosen the tolerance, now " + settings.tolerance() + ")";
        int suggested = Math.max(2 * settings.maxIterations(), KMeans.DEFAULT_MAX_ITERATIONS);
        return List.of(new SegmentationWarning(problem, new Fix(advice, Fix.Setting.MAX_ITERATIONS,
                String.valueOf(suggested))));
    }
}
