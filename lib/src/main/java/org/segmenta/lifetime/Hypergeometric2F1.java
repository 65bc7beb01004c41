package org.segmenta.lifetime;

/**
 * The Gauss hypergeometric function {@code ₂F₁(a, b; c; z)} for real arguments and real {@code z ≤ 1}:
 *
 * <pre>
 *   ₂F₁(a, b; c; z) = Σ_{k≥0} (a)_k (b)_k / ((c)_k k!) · z^k,      (q)_k = q (q+1) … (q+k−1)
 * </pre>
 *
 * (Abramowitz &amp; Stegun 15.1.1). It is what the BG/NBD model needs for expected purchases
 * ({@link BgNbdModel#conditionalExpectedPurchases}).
 *
 * <p>How it is evaluated:
 * <ul>
 *   <li>{@code 0 ≤ z < 1}: the power series, summed until the next terms cannot change the sum in double precision
 *       (with the tail bound {@code term / (1 − z)}); when {@code |c−a| + |c−b| < |a| + |b|} the series of Euler's
 *       transformation {@code ₂F₁(a,b;c;z) = (1−z)^{c−a−b} ₂F₁(c−a, c−b; c; z)} (A&amp;S 15.3.3) is summed instead,
 *       whose terms stay small when a and b are large. The series converges like {@code z^k}: near 1 it takes many
 *       terms (about 37 / (1 − z), a fraction of a second at z = 1 − 10⁻⁶), and beyond {@value #MAX_TERMS} terms the function refuses.</li>
 *   <li>{@code z < 0}: Pfaff's transformation {@code ₂F₁(a,b;c;z) = (1−z)^{−a} ₂F₁(a, c−b; c; z/(z−1))}
 *       (A&amp;S 15.3.4, or the same with a and b exchanged), which maps z into {@code (0, 1)}.</li>
 *   <li>{@code z = 1}: Gauss's theorem {@code Γ(c) Γ(c−a−b) / (Γ(c−a) Γ(c−b))} (A&amp;S 15.1.20), which needs
 *       {@code c − a − b > 0}; here also {@code c − a > 0} and {@code c − b > 0}.</li>
 * </ul>
 * Tested against closed forms (A&amp;S 15.1.3–15.1.6) and SciPy's {@code scipy.special.hyp2f1}.
 */
public final class Hypergeometric2F1 {

    /** The most series terms summed before giving up (z too close to 1). */
    public static final int MAX_TERMS = 100_000_000;

    private static final double EPSILON = 1e-16;

    private Hypergeometric2F1() {
    }

    /**
     * @return {@code ₂F₁(a, b; c; z)}
     * @throws IllegalArgumentException if an argument is not finite, {@code z > 1}, {@code c} is zero or a negative
     *     integer, {@code z = 1} without {@code c − a − b > 0, c − a > 0, c − b > 0}, or z is so close to 1 that the
     *     series would need more than {@value #MAX_TERMS} terms
     */
    public static double value(double a, double b, double c, double z) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("2F1 needs finite arguments, got " + describe(a, b, c, z));
        }
        if (z > 1) {
            throw new IllegalArgumentException("2F1 is real only for z ≤ 1, got " + describe(a, b, c, z));
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined when c is zero or a negative integer, got "
                    + describe(a, b, c, z));
        }
        if (a == 0 || b == 0 || z == 0) {
            return 1.0;
        }
        if (z == 1) {
            if (c - a - b > 0 && c - a > 0 && c - b > 0) {
                return Math.exp(smile.math.special.Gamma.lgamma(c) + smile.math.special.Gamma.lgamma(c - a - b)
                        - smile.math.special.Gamma.lgamma(c - a) - smile.math.special.Gamma.lgamma(c - b));
            }
            throw new IllegalArgumentException("2F1 at z = 1 needs c − a − b > 0, c − a > 0 and c − b > 0, got "
                    + describe(a, b, c, z));
        }
        if (z < 0) {
            double w = z / (z - 1);
            // Pfaff on a or on b: take the one whose new series has the smaller numerator parameters.
            if (Math.abs(a) * Math.abs(c - b) <= Math.abs(b) * Math.abs(c - a)) {
                return Math.pow(1 - z, -a) * positive(a, c - b, c, w);
            }
            return Math.pow(1 - z, -b) * positive(b, c - a, c, w);
        }
        return positive(a, b, c, z);
    }

    /** 0 < z < 1: the series of the function or of its Euler transformation. */
    private static double positive(double a, double b, double c, double z) {
        if (Math.abs(c - a) + Math.abs(c - b) < Math.abs(a) + Math.abs(b)) {
            return Math.pow(1 - z, c - a - b) * series(c - a, c - b, c, z);
        }
        return series(a, b, c, z);
    }

    /**
     * The plain power series for {@code 0 ≤ z < 1}, without any transformation.
     *
     * @throws IllegalArgumentException if it has not converged after {@value #MAX_TERMS} terms
     */
    static double series(double a, double b, double c, double z) {
        double sum = 1.0;
        double compensation = 0.0; // Kahan summation: near z = 1 millions of terms are added
        double term = 1.0;
        double tail = 1.0 / (1.0 - z);
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
            term *= ratio;
            double y = term - compensation;
            double next = sum + y;
            compensation = (next - sum) - y;
            sum = next;
            if (term == 0) {
                return sum; // a or b a negative integer: a polynomial
            }
            if (Math.abs(ratio) < 1 && Math.abs(term) * tail <= EPSILON * Math.abs(sum)) {
                return sum;
            }
        }
        throw new IllegalArgumentException("2F1 series did not converge in " + MAX_TERMS + " terms for "
                + describe(a, b, c, z) + ": z is too close to 1. For BG/NBD expectations, use a shorter horizon t or "
                + "measure time in a coarser unit.");
    }

    private static String describe(double a, double b, double c, double z) {
        return "a = " + a + ", b = " + b + ", c = " + c + ", z = " + z;
    }
}
