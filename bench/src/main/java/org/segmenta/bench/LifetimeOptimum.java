package org.segmenta.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where two tools' lifetime fits ended: the BG/NBD parameters (r, α, a, b) and log-likelihood on every customer, and
 * the Gamma-Gamma parameters (p, q, γ) and log-likelihood on the repeat buyers with a positive mean spend (and how
 * many they were). Two fits of the same likelihood on the same summary that both reached the maximum agree on the
 * log-likelihoods to about 1e-9 relative and on the parameters to about 1e-5 (the optimum is flat); a fit that stopped
 * early or in another place shows as a larger difference.
 *
 * @param bgNbdLogLikelihood Σ ln L of the BG/NBD model at its parameters
 * @param r BG/NBD r
 * @param alpha BG/NBD α, in the summary's time unit
 * @param a BG/NBD a
 * @param b BG/NBD b
 * @param gammaGammaLogLikelihood Σ ln L of the Gamma-Gamma model at its parameters
 * @param p Gamma-Gamma p
 * @param q Gamma-Gamma q
 * @param gamma Gamma-Gamma γ
 * @param gammaGammaCustomers the customers the Gamma-Gamma model was fitted on
 */
public record LifetimeOptimum(double bgNbdLogLikelihood, double r, double alpha, double a, double b,
        double gammaGammaLogLikelihood, double p, double q, double gamma, long gammaGammaCustomers) {

    /** The key of the report line ({@code @bench lifetime bgnbd_ll=… r=… …}). */
    static final String KEY = "lifetime";

    /** The parameters' names, in the order of {@link #parameters()}. */
    static final String[] PARAMETER_NAMES = {"r", "alpha", "a", "b", "p", "q", "gamma"};

    /** @return (r, α, a, b, p, q, γ) */
    public double[] parameters() {
        return new double[] {r, alpha, a, b, p, q, gamma};
    }

    /** @return the sum of the two log-likelihoods (the table's quality column) */
    public double totalLogLikelihood() {
        return bgNbdLogLikelihood + gammaGammaLogLikelihood;
    }

    /**
     * @param other the peer's optimum
     * @return the larger of |ΔLL| / |LL| over the two models
     */
    public double largestLogLikelihoodDifference(LifetimeOptimum other) {
        return Math.max(relative(bgNbdLogLikelihood, other.bgNbdLogLikelihood),
                relative(gammaGammaLogLikelihood, other.gammaGammaLogLikelihood));
    }

    /**
     * @param other the peer's optimum
     * @return the index into {@link #PARAMETER_NAMES} of the parameter whose relative difference is largest
     */
    public int mostDifferentParameter(LifetimeOptimum other) {
        double[] mine = parameters();
        double[] theirs = other.parameters();
        int worst = 0;
        for (int i = 1; i < mine.length; i++) {
            // Double.compare puts NaN above every number: a NaN parameter is the most different.
            if (Double.compare(relative(mine[i], theirs[i]), relative(mine[worst], theirs[worst])) > 0) {
                worst = i;
            }
        }
        return worst;
    }

    /** @return the largest |Δθ| / |θ| over the seven parameters */
    public double largestParameterDifference(LifetimeOptimum other) {
        int i = mostDifferentParameter(other);
        return relative(parameters()[i], other.parameters()[i]);
    }

    /** @return |a − b| / |b| (NaN-safe: any NaN gives NaN, which no tolerance accepts) */
    static double relative(double a, double b) {
        return Math.abs(a - b) / Math.abs(b);
    }

    /** @return the fields as {@code name=value} words; doubles written so that they read back exactly */
    public String words() {
        return String.format(Locale.ROOT, "bgnbd_ll=%s r=%s alpha=%s a=%s b=%s gg_ll=%s p=%s q=%s gamma=%s "
                + "gg_customers=%d", Double.toString(bgNbdLogLikelihood), Double.toString(r), Double.toString(alpha),
                Double.toString(a), Double.toString(b), Double.toString(gammaGammaLogLikelihood), Double.toString(p),
                Double.toString(q), Double.toString(gamma), gammaGammaCustomers);
    }

    /**
     * Reads {@link #words()} (and the same words printed by {@code bench/python/peer_bench.py}).
     *
     * @throws IllegalArgumentException naming the word that is missing or not a number
     */
    public static LifetimeOptimum parse(String words) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : words.strip().split("\\s+")) {
            int equals = word.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a lifetime word must be name=value, got '" + word + "'");
            }
            values.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return new LifetimeOptimum(number(values, "bgnbd_ll"), number(values, "r"), number(values, "alpha"),
                number(values, "a"), number(values, "b"), number(values, "gg_ll"), number(values, "p"),
                number(values, "q"), number(values, "gamma"), Long.parseLong(text(values, "gg_customers")));
    }

    private static double number(Map<String, String> values, String name) {
        return Double.parseDouble(text(values, name));
    }

    private static String text(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the lifetime line has no '" + name + "=' word");
        }
        return value;
    }
}
