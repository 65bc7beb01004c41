package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Closed forms from Abramowitz &amp; Stegun chapter 15, and values of SciPy 1.10.1 {@code scipy.special.hyp2f1} and
 * mpmath 1.2.1 {@code mpmath.hyp2f1} at 30 digits (Debian python3-scipy, python3-mpmath), printed by
 * {@code bench/python/btyd_queries.py}:
 * <pre>
 * for args in [(0.5, 1.5, 2.5, 0.3), (2.243, 4.426, 4.219, 0.4731), ...]:
 *     print(args, repr(hyp2f1(*args)), mpmath.nstr(mpmath.hyp2f1(*args), 20))
 * </pre>
 */
class Hypergeometric2F1Test {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance);
    }

    @Test
    void logarithmClosedForm() {
        // A&S 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z) / z
        for (double z : new double[] {0.1, 0.5, 0.9, 0.99, -0.5, -3.0}) {
            assertRelative(-Math.log1p(-z) / z, Hypergeometric2F1.value(1, 1, 2, z), 1e-14);
        }
    }

    @Test
    void binomialClosedForm() {
        // A&S 15.1.8: 2F1(a, b; b; z) = (1 − z)^(−a)
        assertRelative(Math.pow(1 - 0.7, -2.3), Hypergeometric2F1.value(2.3, 1.7, 1.7, 0.7), 1e-14);
        assertRelative(Math.pow(1 + 4.0, -0.4), Hypergeometric2F1.value(0.4, 3.1, 3.1, -4.0), 1e-14);
    }

    @Test
    void arcsineAndArctangentClosedForms() {
        // A&S 15.1.6: 2F1(1/2, 1/2; 3/2; z²) = arcsin(z) / z;  15.1.5: 2F1(1/2, 1; 3/2; −z²) = arctan(z) / z
        double z = 0.8;
        assertRelative(Math.asin(z) / z, Hypergeometric2F1.value(0.5, 0.5, 1.5, z * z), 1e-14);
        assertRelative(Math.atan(3.0) / 3.0, Hypergeometric2F1.value(0.5, 1, 1.5, -9.0), 1e-14);
    }

    @Test
    void gaussTheoremAtOne() {
        // A&S 15.1.20: 2F1(a, b; c; 1) = Γ(c) Γ(c−a−b) / (Γ(c−a) Γ(c−b)); (0.5, 0.5; 2; 1) = Γ(2)Γ(1)/Γ(1.5)² = 4/π
        assertRelative(4 / Math.PI, Hypergeometric2F1.value(0.5, 0.5, 2, 1), 1e-13);
    }

    @Test
    void matchesSciPyAndMpmathInsideTheUnitInterval() {
        // (0.5, 1.5, 2.5, 0.3)           1.1080625510569324   1.1080625510569319884
        // (2.243, 4.426, 4.219, 0.4731)  4.5562049728447      4.5562049728446982656
        // (1.1, 0.7, 0.9, 0.97)          21.871504029688268   21.87150402968833302
        // (0.3, -0.207, 1.219, 0.85)     0.9415539681043821   0.94155396810438150415
        // (50.243, 52.426, 52.219, 0.9)  2.798101071967478e+50 2.7981010719674781926e+50
        assertRelative(1.1080625510569319884, Hypergeometric2F1.value(0.5, 1.5, 2.5, 0.3), 1e-14);
        assertRelative(4.5562049728446982656, Hypergeometric2F1.value(2.243, 4.426, 4.219, 0.4731), 1e-14);
        assertRelative(21.87150402968833302, Hypergeometric2F1.value(1.1, 0.7, 0.9, 0.97), 1e-13);
        assertRelative(0.94155396810438150415, Hypergeometric2F1.value(0.3, -0.207, 1.219, 0.85), 1e-14);
        assertRelative(2.7981010719674781926e+50, Hypergeometric2F1.value(50.243, 52.426, 52.219, 0.9), 1e-13);
    }

    @Test
    void matchesMpmathCloseToOne() {
        // (3.0, 2.5, 1.2, 0.999)         24274688540062.78    24274688540063.098025
        // (1.0, 1.0, 2.0, 0.999999)      13.81552437345989    13.815524373459892297
        assertRelative(24274688540063.098025, Hypergeometric2F1.value(3.0, 2.5, 1.2, 0.999), 1e-12);
        assertRelative(13.815524373459892297, Hypergeometric2F1.value(1, 1, 2, 0.999999), 1e-12);
    }

    @Test
    void matchesSciPyAndMpmathForNegativeArguments() {
        // (1.5, 2.0, 3.5, -0.5)          0.6970369467729183   0.69703694677291786736
        // (1.5, 2.0, 3.5, -20.0)         0.03700451602324017  0.037004516023240182188
        // (0.7, 1.3, 2.9, -0.999)        0.7859907986493303   0.78599079864933051256
        assertRelative(0.69703694677291786736, Hypergeometric2F1.value(1.5, 2.0, 3.5, -0.5), 1e-14);
        assertRelative(0.037004516023240182188, Hypergeometric2F1.value(1.5, 2.0, 3.5, -20.0), 1e-13);
        assertRelative(0.78599079864933051256, Hypergeometric2F1.value(0.7, 1.3, 2.9, -0.999), 1e-14);
    }

    @Test
    void aNegativeIntegerParameterGivesAPolynomial() {
        // 2F1(−3, 2; 1.5; z) = 1 − 4z + 4.8z² − (64/35)z³, at z = 0.6: −2.344/35 (mpmath −0.066971428571428566658)
        assertRelative(-2.344 / 35, Hypergeometric2F1.value(-3.0, 2.0, 1.5, 0.6), 1e-13);
    }

    @Test
    void zeroArgumentGivesOne() {
        assertEquals(1.0, Hypergeometric2F1.value(2.5, 3.5, 1.5, 0.0));
    }

    @Test
    void refusesArgumentsOutsideItsDomain() {
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> Hypergeometric2F1.value(1, 1, 2, 1.5));
        assertTrue(above.getMessage().contains("z ≤ 1"), above.getMessage());
        IllegalArgumentException pole = assertThrows(IllegalArgumentException.class,
                () -> Hypergeometric2F1.value(1, 1, -2, 0.5));
        assertTrue(pole.getMessage().contains("negative integer"), pole.getMessage());
        IllegalArgumentException divergent = assertThrows(IllegalArgumentException.class,
                () -> Hypergeometric2F1.value(1, 1, 1.5, 1.0));
        assertTrue(divergent.getMessage().contains("c − a − b > 0"), divergent.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(Double.NaN, 1, 2, 0.5));
    }
}
