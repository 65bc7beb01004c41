package org.segmenta.lifetime;

import static smile.math.special.Gamma.digamma;
import static smile.math.special.Gamma.lgamma;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of repeat purchasing, Fader, Hardie &amp; Lee,
 * "Counting your customers the easy way: an alternative to the Pareto/NBD model", <i>Marketing Science</i> 24(2),
 * 2005, 275–284. While alive, a customer buys as a Poisson process with rate λ; after each purchase she drops out
 * with probability p. Across customers λ ~ Gamma(r, α) (shape r, rate α) and p ~ Beta(a, b).
 *
 * <p>A model is a value you ask questions: {@link #conditionalExpectedPurchases} (lifetimes'
 * {@code conditional_expected_number_of_purchases_up_to_time}), {@link #probabilityAlive}
 * ({@code conditional_probability_alive}), {@link #expectedPurchases} for a new customer, and
 * {@link #probabilityOfPurchases}. {@link #fit} estimates r, α, a, b by maximum likelihood; {@link #of} makes a model
 * from published parameters. Times are in the unit of the summary it was fitted on (α is a rate per unit).
 *
 * <p>Log-likelihood of one customer (Fader, Hardie &amp; Lee 2005, eq. 6; Hardie's note "Implementing the BG/NBD
 * model for customer base analysis in Excel"):
 * <pre>
 *   ln L = A₁ + A₂ + ln(e^{A₃} + δ_{x&gt;0} e^{A₄})
 *   A₁ = ln Γ(r+x) − ln Γ(r) + r ln α
 *   A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
 *   A₃ = −(r+x) ln(α+T)
 *   A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x)
 * </pre>
 *
 * <pre>{@code
 * BgNbdModel model = BgNbdModel.fit(summary);                          // r, α, a, b by maximum likelihood
 * double next39Weeks = model.conditionalExpectedPurchases(39, 2, 30.43, 38.86);   // 1.226
 * double alive = model.probabilityAlive(2, 30.43, 38.86);
 * }</pre>
 */
public final class BgNbdModel {

    /** The fewest customers {@link #fit} accepts: four parameters need more than a handful. */
    public static final int MIN_CUSTOMERS = 10;

    private static final String ADVICE = "Check the summary (x = repeat transactions, t_x and T in one unit, measured "
            + "from each customer's first purchase), and fit on more customers or a longer calibration period.";

    private static final String[][] MEANING = {
        {"r and alpha growing together mean every customer buys at the same rate", null},
        {"r and alpha growing together mean every customer buys at the same rate", null},
        {null, "a running to 0 means no customer seems to drop out (buyers keep buying up to T)"},
        {"b running to infinity means no customer seems to drop out (buyers keep buying up to T)", null}};

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final TimeUnit unit;
    private final int customers;
    private final double logLikelihood;

    private BgNbdModel(double r, double alpha, double a, double b, TimeUnit unit, int customers, double logLikelihood) {
        this.r = r;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
        this.unit = unit;
        this.customers = customers;
        this.logLikelihood = logLikelihood;
    }

    /**
     * A model with given parameters, e.g. published ones; times are in whatever unit α was estimated in.
     *
     * @throws IllegalArgumentException unless all four parameters are positive and finite
     */
    public static BgNbdModel of(double r, double alpha, double a, double b) {
        double[] values = {r, alpha, a, b};
        String[] names = {"r", "alpha", "a", "b"};
        for (int i = 0; i < 4; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("BG/NBD parameter " + names[i] + " must be positive and finite, got "
                        + values[i]);
            }
        }
        return new BgNbdModel(r, alpha, a, b, null, 0, Double.NaN);
    }

    /**
     * Maximum-likelihood estimates of r, α, a, b: Smile's BFGS on the log-parameters with the analytical gradient,
     * times rescaled so that the largest T is 10 (as lifetimes does), starting from r = α = a = b = 1 on that scale,
     * restarted until the gradient is verified to be near zero. The customers are grouped by equal histories first
     * ({@link RepeatPurchaseGroups#of(RepeatPurchaseSummary)}): the same likelihood, summed over fewer terms.
     *
     * @throws ModelFitException if the summary has fewer than {@value #MIN_CUSTOMERS} customers, no repeat buyers,
     *     every customer with the same x, every T zero, or the optimum cannot be found or lies at 0 or ∞
     */
    public static BgNbdModel fit(RepeatPurchaseSummary summary) {
        return fit(RepeatPurchaseGroups.of(summary));
    }

    /**
     * Maximum-likelihood estimates of r, α, a, b from customers grouped by their history, each group's
     * log-likelihood counted once per customer in it; otherwise as {@link #fit(RepeatPurchaseSummary)}.
     *
     * @throws ModelFitException as {@link #fit(RepeatPurchaseSummary)}
     */
    public static BgNbdModel fit(RepeatPurchaseGroups groups) {
        long customers = groups.customers();
        if (customers < MIN_CUSTOMERS) {
            throw new ModelFitException("the BG/NBD model needs at least " + MIN_CUSTOMERS + " customers to estimate "
                    + "its four parameters, got " + customers + ". Fit it on the whole customer base.");
        }
        if (customers > Integer.MAX_VALUE) {
            throw new ModelFitException("the BG/NBD fit counts at most " + Integer.MAX_VALUE + " customers, got "
                    + customers + ". Fit it on a random sample of the customers.");
        }
        int[] x = groups.frequencies();
        if (groups.repeatBuyers() == 0) {
            throw new ModelFitException("no customer made a repeat transaction (every x = 0), so the BG/NBD model "
                    + "cannot tell how often customers buy. Use a longer calibration period, or check that x counts "
                    + "the transactions after the first.");
        }
        if (Arrays.stream(x).allMatch(v -> v == x[0])) {
            throw new ModelFitException("every customer has x = " + x[0] + " repeat transactions: the BG/NBD model "
                    + "learns how customers differ from how their counts differ, and here they do not. Check the "
                    + "summary, or use a longer calibration period.");
        }
        double maxAge = Arrays.stream(groups.ages()).max().orElse(0);
        if (!(maxAge > 0)) {
            throw new ModelFitException("every customer has T = 0 (first purchase at the end of the calibration "
                    + "period); the model needs time to observe customers. End the calibration period later.");
        }
        double scale = 10.0 / maxAge;
        double[] tx = groups.recencies();
        double[] age = groups.ages();
        for (int i = 0; i < tx.length; i++) {
            tx[i] *= scale;
            age[i] *= scale;
        }
        double[] weights = Arrays.stream(groups.counts()).asDoubleStream().toArray();
        Likelihood scaled = new Likelihood(x, tx, age, weights);
        double n = customers;
        double[] theta = LogParameterFit.minimise("BG/NBD", new String[] {"r", "alpha (scaled)", "a", "b"},
                new double[4], (t, g) -> {
                    double[] p = {Math.exp(t[0]), Math.exp(t[1]), Math.exp(t[2]), Math.exp(t[3])};
                    double ll = scaled.value(p, g);
                    for (int k = 0; k < 4; k++) {
                        g[k] = -g[k] * p[k] / n; // d(−LL/n)/dθ = −(dLL/dp)·p/n
                    }
                    return -ll / n;
                }, MEANING, ADVICE);
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]) / scale;
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        double ll = new Likelihood(x, groups.recencies(), groups.ages(), weights)
                .value(new double[] {r, alpha, a, b}, null);
        return new BgNbdModel(r, alpha, a, b, groups.unit(), (int) customers, ll);
    }

    /** @return r, the shape of the Gamma distribution of purchase rates */
    public double r() {
        return r;
    }

    /** @return α, the rate (inverse scale) of the Gamma distribution of purchase rates, per time unit */
    public double alpha() {
        return alpha;
    }

    /** @return a, the first shape of the Beta distribution of dropout probabilities */
    public double a() {
        return a;
    }

    /** @return b, the second shape of the Beta distribution of dropout probabilities */
    public double b() {
        return b;
    }

    /** @return the time unit of the summary the model was fitted on; empty for a model made with {@link #of} */
    public java.util.Optional<TimeUnit> unit() {
        return java.util.Optional.ofNullable(unit);
    }

    /** @return the number of customers the model was fitted on (0 for a model made with {@link #of}) */
    public int customers() {
        return customers;
    }

    /** @return the maximised log-likelihood; empty for a model made with {@link #of} */
    public OptionalDouble logLikelihood() {
        return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(logLikelihood);
    }

    /** @return the log-likelihood of these parameters on a summary (Σ ln L over its customers) */
    public double logLikelihood(RepeatPurchaseSummary summary) {
        return new Likelihood(summary.frequencies(), summary.recencies(), summary.ages(), null)
                .value(new double[] {r, alpha, a, b}, null);
    }

    /**
     * The expected number of transactions in {@code (T, T+t]} of a customer with history (x, t_x, T)
     * (Fader, Hardie &amp; Lee 2005, eq. 10):
     * <pre>
     *   E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^{r+x} ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
     *                         / [1 + δ_{x&gt;0} a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}]
     * </pre>
     * The hypergeometric term is evaluated in Euler's form {@code (1−z)^{a−1} ₂F₁(a+b−1−r, a−1; a+b+x−1; z)}, whose
     * series stays small for large x. At a = 1 the formula is 0/0; within 10⁻⁶ of it the value is the mean of the
     * two sides a = 1 ± 10⁻⁶ (error about 10⁻¹⁰ relative).
     *
     * @param t the length of the future period, in the model's time unit (≥ 0)
     * @throws IllegalArgumentException if the history is invalid (see {@link RepeatPurchaseSummary}) or t &lt; 0
     */
    public double conditionalExpectedPurchases(double t, int x, double recency, double age) {
        checkHistory(x, recency, age);
        checkTime(t);
        return expectedSum(t, x, age) / (1 + deadShare(x, recency, age));
    }

    /** @return {@link #conditionalExpectedPurchases(double, int, double, double)} for every customer of a summary */
    public double[] conditionalExpectedPurchases(double t, RepeatPurchaseSummary summary) {
        double[] values = new double[summary.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = conditionalExpectedPurchases(t, summary.frequency(i), summary.recency(i), summary.age(i));
        }
        return values;
    }

    /**
     * The probability that a customer with history (x, t_x, T) is still alive at T (Fader, Hardie &amp; Lee,
     * "Computing P(alive) using the BG/NBD model", 2008):
     * <pre>
     *   P(alive | x, t_x, T) = 1 / [1 + δ_{x&gt;0} a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}]
     * </pre>
     * (1 for x = 0: in this model a customer can only drop out right after a purchase.)
     */
    public double probabilityAlive(int x, double recency, double age) {
        checkHistory(x, recency, age);
        return 1 / (1 + deadShare(x, recency, age));
    }

    /** @return {@link #probabilityAlive(int, double, double)} for every customer of a summary */
    public double[] probabilityAlive(RepeatPurchaseSummary summary) {
        double[] values = new double[summary.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = probabilityAlive(summary.frequency(i), summary.recency(i), summary.age(i));
        }
        return values;
    }

    /**
     * P(alive) of each customer who made a repeat purchase, and NaN (missing) for those who did not. Under BG/NBD a
     * customer can only drop out right after a repeat purchase, so the model gives every customer with x = 0 a
     * P(alive) of 1, however long ago her only purchase was: a number that says nothing about whether she will come
     * back (her expected purchases do). Leaving it missing keeps means and shares at risk from counting those
     * customers as surely active; tables show an empty cell.
     *
     * @return P(alive) for the repeat buyers of {@code summary}, NaN for the others
     */
    public double[] probabilityAliveOfRepeatBuyers(RepeatPurchaseSummary summary) {
        double[] values = probabilityAlive(summary);
        for (int i = 0; i < values.length; i++) {
            if (summary.frequency(i) == 0) {
                values[i] = Double.NaN;
            }
        }
        return values;
    }

    /**
     * The expected number of repeat transactions of a new customer in her first {@code t} time units (Fader, Hardie
     * &amp; Lee 2005, eq. 9):
     * <pre>
     *   E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]
     * </pre>
     */
    public double expectedPurchases(double t) {
        checkTime(t);
        return expectedSum(t, 0, 0);
    }

    /**
     * The probability that a new customer makes exactly n repeat transactions in her first t time units (Fader,
     * Hardie &amp; Lee 2005, eq. 8):
     * <pre>
     *   P(X(t)=n) = B(a, b+n)/B(a,b) · Γ(r+n)/(Γ(r) n!) · (α/(α+t))^r (t/(α+t))^n
     *             + δ_{n&gt;0} B(a+1, b+n−1)/B(a,b) · [1 − (α/(α+t))^r Σ_{j=0}^{n−1} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j]
     * </pre>
     */
    public double probabilityOfPurchases(int n, double t) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of purchases must be ≥ 0, got " + n);
        }
        checkTime(t);
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double lnBeta = lbeta(a, b);
        double lnStay = r * Math.log(alpha / (alpha + t));
        double lnBuy = Math.log(t / (alpha + t));
        double first = Math.exp(lbeta(a, b + n) - lnBeta + lgamma(r + n) - lgamma(r) - lgamma(n + 1.0) + lnStay
                + n * lnBuy);
        if (n == 0) {
            return first;
        }
        // The NBD probabilities Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j by recurrence; P(NBD ≥ n) as 1 − Σ_{j<n}
        // while that sum is small, else as the tail Σ_{j≥n} (no cancellation for large n).
        double buy = t / (alpha + t);
        double term = Math.exp(lnStay);
        double below = 0;
        for (int j = 0; j < n; j++) {
            below += term;
            term *= (r + j) / (j + 1.0) * buy;
        }
        double atLeast;
        if (below < 0.5) {
            atLeast = 1 - below;
        } else {
            atLeast = 0;
            for (int j = n; j < n + 10_000_000; j++) {
                atLeast += term;
                double ratio = (r + j) / (j + 1.0) * buy;
                term *= ratio;
                if (term < Double.MIN_NORMAL || (ratio < 1 && term < 1e-17 * atLeast)) {
                    break;
                }
            }
        }
        return first + Math.exp(lbeta(a + 1, b + n - 1) - lnBeta) * atLeast;
    }

    @Override
    public String toString() {
        String fitted = customers == 0 ? "" : String.format(Locale.ROOT, ", fitted on %d customers, LL = %.4f",
                customers, logLikelihood);
        return String.format(Locale.ROOT, "BgNbdModel[r = %.4f, alpha = %.4f, a = %.4f, b = %.4f%s%s]", r, alpha, a,
                b, unit == null ? "" : " (per " + unit.label().replaceAll("s$", "") + ")", fitted);
    }

    /** a/(b+x−1) · ((α+T)/(α+t_x))^{r+x} for x &gt; 0, else 0: the odds that the customer dropped out at t_x. */
    private double deadShare(int x, double recency, double age) {
        if (x == 0) {
            return 0;
        }
        return Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + recency)));
    }

    /** The numerator of E[Y(t) | x, t_x, T]; with x = 0 and T = 0 it is E[X(t)]. */
    private double expectedSum(double t, int x, double age) {
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < 1e-6) {
            return (expectedSum(t, x, age, 1 - 1e-6) + expectedSum(t, x, age, 1 + 1e-6)) / 2;
        }
        return expectedSum(t, x, age, a);
    }

    private double expectedSum(double t, int x, double age, double shape) {
        double c = shape + b + x - 1;
        double z = t / (alpha + age + t);
        // ((α+T)/(α+T+t))^{r+x} ₂F₁(r+x, b+x; c; z) = (1−z)^{a−1} ₂F₁(c−r−x, c−b−x; c; z)   (Euler)
        double head = Math.pow(1 - z, shape - 1) * Hypergeometric2F1.value(shape + b - 1 - r, shape - 1, c, z);
        return c / (shape - 1) * (1 - head);
    }

    private static double lbeta(double p, double q) {
        return lgamma(p) + lgamma(q) - lgamma(p + q);
    }

    private static void checkTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("the period t must be a finite time ≥ 0, got " + t);
        }
    }

    private static void checkHistory(int x, double recency, double age) {
        if (x < 0 || !(recency >= 0) || !(recency <= age) || Double.isInfinite(age) || (x == 0 && recency != 0)) {
            throw new IllegalArgumentException("invalid purchase history x = " + x + ", t_x = " + recency + ", T = "
                    + age + ": need x ≥ 0, 0 ≤ t_x ≤ T (finite), and t_x = 0 when x = 0.");
        }
    }

    /** The BG/NBD log-likelihood of a set of customers and its gradient in (r, α, a, b). */
    static final class Likelihood {
        private final int[] x;
        private final double[] recency;
        private final double[] age;
        private final int[] distinct;
        private final int[] slot;
        private final double[] weight;

        /** @param weight the number of customers each row stands for; null: one each */
        Likelihood(int[] x, double[] recency, double[] age, double[] weight) {
            this.x = x;
            this.recency = recency;
            this.age = age;
            this.weight = weight;
            this.distinct = Arrays.stream(x).distinct().sorted().toArray();
            this.slot = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                slot[i] = Arrays.binarySearch(distinct, x[i]);
            }
        }

        /**
         * @param p (r, α, a, b)
         * @param gradient null, or filled with ∂LL/∂(r, α, a, b)
         * @return the log-likelihood Σ ln L
         */
        double value(double[] p, double[] gradient) {
            double r = p[0];
            double alpha = p[1];
            double a = p[2];
            double b = p[3];
            // Terms that depend on x only, once per distinct x.
            int m = distinct.length;
            double[] constant = new double[m];
            double[] dr = new double[m];
            double[] da = new double[m];
            double[] db = new double[m];
            double lgR = lgamma(r);
            double lgB = lgamma(b);
            double lgAB = lgamma(a + b);
            boolean withGradient = gradient != null;
            double dgR = withGradient ? digamma(r) : 0;
            double dgB = withGradient ? digamma(b) : 0;
            double dgAB = withGradient ? digamma(a + b) : 0;
            for (int k = 0; k < m; k++) {
                int xk = distinct[k];
                constant[k] = lgamma(r + xk) - lgR + r * Math.log(alpha) + lgAB + lgamma(b + xk) - lgB
                        - lgamma(a + b + xk);
                if (withGradient) {
                    double dgABX = digamma(a + b + xk);
                    dr[k] = digamma(r + xk) - dgR + Math.log(alpha);
                    da[k] = dgAB - dgABX;
                    db[k] = dgAB + digamma(b + xk) - dgB - dgABX;
                }
            }
            double ll = 0;
            double gr = 0;
            double galpha = 0;
            double ga = 0;
            double gb = 0;
            double lnA = Math.log(a);
            for (int i = 0; i < x.length; i++) {
                int xi = x[i];
                int k = slot[i];
                double rx = r + xi;
                double lnAgeTerm = Math.log(alpha + age[i]);
                double a3 = -rx * lnAgeTerm;
                double mix;
                double w = 0;
                double lnRecencyTerm = 0;
                if (xi > 0) {
                    lnRecencyTerm = Math.log(alpha + recency[i]);
                    double a4 = lnA - Math.log(b + xi - 1) - rx * lnRecencyTerm;
                    double top = Math.max(a3, a4);
                    mix = top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
                    w = Math.exp(a4 - mix);
                } else {
                    mix = a3;
                }
                double customers = weight == null ? 1 : weight[i];
                ll += customers * (constant[k] + mix);
                if (withGradient) {
                    gr += customers * (dr[k] - (1 - w) * lnAgeTerm - w * lnRecencyTerm);
                    galpha += customers * (r / alpha - (1 - w) * rx / (alpha + age[i])
                            - (xi > 0 ? w * rx / (alpha + recency[i]) : 0));
                    ga += customers * (da[k] + (xi > 0 ? w / a : 0));
                    gb += customers * (db[k] - (xi > 0 ? w / (b + xi - 1) : 0));
                }
            }
            if (withGradient) {
                gradient[0] = gr;
                gradient[1] = galpha;
                gradient[2] = ga;
                gradient[3] = gb;
            }
            return ll;
        }
    }
}
