package org.segmenta.lifetime;

import static smile.math.special.Gamma.digamma;
import static smile.math.special.Gamma.lgamma;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee, "RFM and CLV: using iso-value curves for
 * customer base analysis", <i>Journal of Marketing Research</i> 42(4), 2005, 415–430; Hardie's note "The Gamma-Gamma
 * model of monetary value", 2013). A customer's transactions have amounts ~ Gamma(p, ν) with mean p/ν; across
 * customers ν ~ Gamma(q, γ). Spend is assumed independent of how often a customer buys.
 *
 * <p>Fitted on the repeat buyers only: a customer with x repeat transactions of mean amount m_x contributes
 * <pre>
 *   ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m_x + px ln x − (px+q) ln(γ + x m_x)
 * </pre>
 * Customers with x = 0 carry no repeat spend, and customers whose mean spend is 0 have no likelihood under a Gamma
 * distribution; both are left out, and {@link #leftOut()} says how many and why.
 *
 * <pre>{@code
 * GammaGammaModel spend = GammaGammaModel.fit(summary);      // summary.withMeanSpend(...) first
 * double expected = spend.conditionalExpectedAverageSpend(2, 35.50);
 * }</pre>
 */
public final class GammaGammaModel {

    /** The fewest repeat buyers {@link #fit} accepts. */
    public static final int MIN_CUSTOMERS = 10;

    private static final String ADVICE = "Check that m_x is each customer's mean spend per repeat transaction (not the "
            + "total), and fit on more repeat buyers.";

    private static final String[][] MEANING = {
        {"p and q growing together mean each customer always spends the same amount", null},
        {"q running to infinity means all customers have the same mean spend", "q running to 0 means spend is "
                + "extremely heavy-tailed"},
        {null, null}};

    private final double p;
    private final double q;
    private final double gamma;
    private final int customers;
    private final double logLikelihood;
    private final String leftOut;

    private GammaGammaModel(double p, double q, double gamma, int customers, double logLikelihood, String leftOut) {
        this.p = p;
        this.q = q;
        this.gamma = gamma;
        this.customers = customers;
        this.logLikelihood = logLikelihood;
        this.leftOut = leftOut;
    }

    /**
     * A model with given parameters, e.g. published ones.
     *
     * @throws IllegalArgumentException unless p, q and γ are positive and finite
     */
    public static GammaGammaModel of(double p, double q, double gamma) {
        double[] values = {p, q, gamma};
        String[] names = {"p", "q", "gamma"};
        for (int i = 0; i < 3; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("Gamma-Gamma parameter " + names[i]
                        + " must be positive and finite, got " + values[i]);
            }
        }
        return new GammaGammaModel(p, q, gamma, 0, Double.NaN, "");
    }

    /**
     * Maximum-likelihood estimates of p, q, γ on the customers with x &gt; 0 and m_x &gt; 0: Smile's BFGS on the
     * log-parameters with the analytical gradient, amounts rescaled to mean 1 during the search, starting from
     * p = q = γ = 1 on that scale.
     *
     * @throws IllegalArgumentException if the summary has no mean spends
     * @throws ModelFitException if fewer than {@value #MIN_CUSTOMERS} customers have x &gt; 0 and m_x &gt; 0, all
     *     their mean spends are equal, or the optimum cannot be found or lies at 0 or ∞
     */
    public static GammaGammaModel fit(RepeatPurchaseSummary summary) {
        double[] spend = summary.meanSpends().orElseThrow(() -> new IllegalArgumentException("the summary has no "
                + "mean spends: add them with withMeanSpend(m_x) before fitting the Gamma-Gamma model."));
        int oneTime = 0;
        int zeroSpend = 0;
        int n = 0;
        for (int i = 0; i < summary.size(); i++) {
            if (summary.frequency(i) == 0) {
                oneTime++;
            } else if (!(spend[i] > 0)) {
                zeroSpend++;
            } else {
                n++;
            }
        }
        String leftOut = leftOutText(oneTime, zeroSpend);
        if (n < MIN_CUSTOMERS) {
            throw new ModelFitException("the Gamma-Gamma model needs at least " + MIN_CUSTOMERS + " repeat buyers "
                    + "with a positive mean spend, got " + n + " (" + leftOut + "). Fit it on more customers.");
        }
        int[] x = new int[n];
        double[] m = new double[n];
        double total = 0;
        for (int i = 0, j = 0; i < summary.size(); i++) {
            if (summary.frequency(i) > 0 && spend[i] > 0) {
                x[j] = summary.frequency(i);
                m[j] = spend[i];
                total += spend[i];
                j++;
            }
        }
        double first = m[0];
        if (java.util.Arrays.stream(m).allMatch(v -> v == first)) {
            throw new ModelFitException("every repeat buyer has the same mean spend m_x = " + first + ": the "
                    + "Gamma-Gamma model learns how spend varies between and within customers, and here it does not. "
                    + ADVICE);
        }
        double scale = n / total;
        double[] scaled = new double[n];
        for (int j = 0; j < n; j++) {
            scaled[j] = m[j] * scale;
        }
        int count = n;
        double[] theta = LogParameterFit.minimise("Gamma-Gamma", new String[] {"p", "q", "gamma (scaled)"},
                new double[3], (t, g) -> {
                    double[] par = {Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2])};
                    double ll = logLikelihood(par, x, scaled, g);
                    for (int k = 0; k < 3; k++) {
                        g[k] = -g[k] * par[k] / count;
                    }
                    return -ll / count;
                }, MEANING, ADVICE);
        double p = Math.exp(theta[0]);
        double q = Math.exp(theta[1]);
        double gamma = Math.exp(theta[2]) / scale;
        return new GammaGammaModel(p, q, gamma, n, logLikelihood(new double[] {p, q, gamma}, x, m, null), leftOut);
    }

    /** @return p, the shape of the Gamma distribution of one customer's transaction amounts */
    public double p() {
        return p;
    }

    /** @return q, the shape of the Gamma distribution of ν across customers */
    public double q() {
        return q;
    }

    /** @return γ, the rate of the Gamma distribution of ν across customers (in currency units) */
    public double gamma() {
        return gamma;
    }

    /** @return the number of customers the model was fitted on (0 for a model made with {@link #of}) */
    public int customers() {
        return customers;
    }

    /** @return the maximised log-likelihood; empty for a model made with {@link #of} */
    public OptionalDouble logLikelihood() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(logLikelihood);
    }

    /** @return which customers the fit left out and why, e.g. "1411 customers without repeat transactions (x = 0)" */
    public String leftOut() {
        return leftOut;
    }

    /**
     * The population mean spend per transaction, {@code E[M] = pγ / (q − 1)}.
     *
     * @throws IllegalStateException if q ≤ 1 (the mean is infinite under the model)
     */
    public double populationMeanSpend() {
        if (!(q > 1)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the Gamma-Gamma population mean spend is "
                    + "infinite because q = %.4g ≤ 1 (very heavy-tailed spend); remove extreme or wrong amounts, or "
                    + "use median spend instead.", q));
        }
        return p * gamma / (q - 1);
    }

    /**
     * The expected mean spend per transaction of a customer with x repeat transactions of mean m_x (Fader, Hardie
     * &amp; Lee 2005, JMR, eq. 5; Hardie's note eq. 5): a weighted average of the population mean and the customer's
     * own mean,
     * <pre>
     *   E[M | x, m_x] = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m_x = p (γ + x m_x) / (px + q − 1)
     * </pre>
     * For x = 0 it is the population mean.
     *
     * @throws IllegalArgumentException if x &lt; 0, or x &gt; 0 and m_x is not a finite amount ≥ 0
     * @throws IllegalStateException if px + q ≤ 1 (no finite expectation)
     */
    public double conditionalExpectedAverageSpend(int x, double meanSpend) {
        if (x < 0) {
            throw new IllegalArgumentException("x must be ≥ 0, got " + x);
        }
        if (x == 0) {
            return populationMeanSpend();
        }
        if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("m_x must be a finite amount ≥ 0 for x = " + x + ", got " + meanSpend);
        }
        double denominator = p * x + q - 1;
        if (!(denominator > 0)) {
            throw new IllegalStateException("the expected spend is infinite for x = " + x + " because px + q ≤ 1.");
        }
        return p * (gamma + x * meanSpend) / denominator;
    }

    /** @return {@link #conditionalExpectedAverageSpend(int, double)} for every customer of a summary with mean spends */
    public double[] conditionalExpectedAverageSpend(RepeatPurchaseSummary summary) {
        double[] spend = summary.meanSpends().orElseThrow(() -> new IllegalArgumentException(
                "the summary has no mean spends: add them with withMeanSpend(m_x)."));
        double[] values = new double[summary.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = conditionalExpectedAverageSpend(summary.frequency(i), summary.frequency(i) == 0 ? 0 : spend[i]);
        }
        return values;
    }

    @Override
    public String toString() {
        String fitted = customers == 0 ? "" : String.format(Locale.ROOT, ", fitted on %d repeat buyers, LL = %.4f",
                customers, logLikelihood);
        return String.format(Locale.ROOT, "GammaGammaModel[p = %.4f, q = %.4f, gamma = %.4f%s]", p, q, gamma, fitted);
    }

    private static String leftOutText(int oneTime, int zeroSpend) {
        String text = oneTime + " customers without repeat transactions (x = 0)";
        if (zeroSpend > 0) {
            text += " and " + zeroSpend + " repeat buyers whose mean spend is 0 (no Gamma likelihood)";
        }
        return text + " left out";
    }

    /** Σ ln L and, if gradient is not null, ∂/∂(p, q, γ). */
    static double logLikelihood(double[] par, int[] x, double[] m, double[] gradient) {
        double p = par[0];
        double q = par[1];
        double g = par[2];
        double lgQ = lgamma(q);
        double dgQ = gradient == null ? 0 : digamma(q);
        double lnG = Math.log(g);
        double ll = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            double lnM = Math.log(m[i]);
            double lnGxm = Math.log(g + x[i] * m[i]);
            ll += lgamma(px + q) - lgamma(px) - lgQ + q * lnG + (px - 1) * lnM + px * Math.log(x[i])
                    - (px + q) * lnGxm;
            if (gradient != null) {
                double dgPxq = digamma(px + q);
                gp += x[i] * (dgPxq - digamma(px) + lnM + Math.log(x[i]) - lnGxm);
                gq += dgPxq - dgQ + lnG - lnGxm;
                gg += q / g - (px + q) / (g + x[i] * m[i]);
            }
        }
        if (gradient != null) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
        }
        return ll;
    }
}
