package org.segmenta.choosingk;

/**
 * The Kneedle knee/elbow detector (Satopää, Albrecht, Irwin &amp; Raghavan, "Finding a 'Kneedle' in a Haystack:
 * Detecting Knee Points in System Behavior", ICDCS Workshops 2011), offline version.
 *
 * <p>For a curve of n points with increasing x:
 * <ol>
 *   <li>normalise both axes to [0, 1]: {@code x_n = (x − min x)/(max x − min x)}, likewise {@code y_n};</li>
 *   <li>mirror the curve so that it is concave and increasing ({@link Shape} says how); a WCSS curve, convex and
 *       decreasing, becomes {@code y_n → 1 − y_n};</li>
 *   <li>difference curve {@code y_d = y_n − x_n}: how far the curve lies above the diagonal;</li>
 *   <li>local maxima of the difference curve (a point higher than its left neighbour and at least as high as its
 *       right one), each with threshold {@code T = y_d,max − S · (1/(n − 1)) Σ (x_n,i+1 − x_n,i) = y_d,max − S/(n − 1)};</li>
 *   <li>scanning to the right of a local maximum, the first point whose difference drops below its threshold before the
 *       next local maximum declares a knee at that maximum; reaching a new local maximum first replaces the threshold
 *       by the new maximum's. The first knee found is returned.</li>
 * </ol>
 * The sensitivity {@code S} (default 1, the paper's recommendation offline) says how flat the curve must become after
 * the knee: larger S waits for a clearer knee. The paper's optional smoothing spline is not applied: a k-means WCSS
 * curve is already smooth. For equally spaced x such as k = 1..K this is the curve the {@code kneed} package reads
 * with its default {@code interp_method="interp1d"}; kneed's own refinements (e.g. resetting the threshold at local
 * minima, online mode) are not reproduced.
 *
 * <pre>{@code
 * Knee elbow = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(ks, wcss);
 * elbow.x();   // OptionalDouble: the elbow's k
 * }</pre>
 */
public final class Kneedle {

    /** The paper's default sensitivity. */
    public static final double DEFAULT_SENSITIVITY = 1.0;

    /** The shape of the curve, which fixes how it is mirrored into a concave increasing one. */
    public enum Shape {
        /** Rises and flattens (diminishing returns): used as it is. The paper's running example. */
        CONCAVE_INCREASING(false, false),
        /** Falls steeply, then flattens: an elbow curve such as WCSS by k. Mirrored vertically. */
        CONVEX_DECREASING(false, true),
        /** Flat, then falls ever faster. Mirrored horizontally. */
        CONCAVE_DECREASING(true, false),
        /** Flat, then rises ever faster. Mirrored both ways. */
        CONVEX_INCREASING(true, true);

        private final boolean flipX;
        private final boolean flipY;

        Shape(boolean flipX, boolean flipY) {
            this.flipX = flipX;
            this.flipY = flipY;
        }
    }

    private final Shape shape;
    private final double sensitivity;

    private Kneedle(Shape shape, double sensitivity) {
        if (!(sensitivity >= 0) || Double.isInfinite(sensitivity)) {
            throw new IllegalArgumentException("the Kneedle sensitivity S must be a finite number ≥ 0, got "
                    + sensitivity + "; the paper recommends S = 1.");
        }
        this.shape = shape;
        this.sensitivity = sensitivity;
    }

    /** @return a detector for curves of this shape with sensitivity {@value #DEFAULT_SENSITIVITY} */
    public static Kneedle of(Shape shape) {
        return new Kneedle(shape, DEFAULT_SENSITIVITY);
    }

    /** @return a copy with this sensitivity S ≥ 0 */
    public Kneedle sensitivity(double sensitivity) {
        return new Kneedle(shape, sensitivity);
    }

    /**
     * Finds the knee of the curve {@code (x[i], y[i])}.
     *
     * @param x at least 3 strictly increasing values
     * @param y as many finite values, not all equal
     * @return the knee, or a {@link Knee} that reports none found
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 3 points, x is not strictly
     *     increasing, a value is not finite, or y is constant
     */
    public Knee find(double[] x, double[] y) {
        check(x, y);
        int n = x.length;
        double[] xn = normalise(x);
        double[] yn = normalise(y);
        // Mirror into a concave increasing curve; t indexes the mirrored curve from left to right.
        double[] xt = new double[n];
        double[] yt = new double[n];
        for (int t = 0; t < n; t++) {
            int i = shape.flipX ? n - 1 - t : t;
            xt[t] = shape.flipX ? 1 - xn[i] : xn[i];
            yt[t] = shape.flipY ? 1 - yn[i] : yn[i];
        }
        double[] dt = new double[n];
        for (int t = 0; t < n; t++) {
            dt[t] = yt[t] - xt[t];
        }
        double meanSpacing = (xt[n - 1] - xt[0]) / (n - 1);
        int knee = -1;
        int maximum = -1;
        double threshold = Double.NaN;
        for (int t = 1; t < n; t++) {
            if (t < n - 1 && dt[t] > dt[t - 1] && dt[t] >= dt[t + 1]) {
                maximum = t;
                threshold = dt[t] - sensitivity * meanSpacing;
            } else if (maximum >= 0 && dt[t] < threshold) {
                knee = maximum;
                break;
            }
        }
        double[] difference = new double[n];
        for (int t = 0; t < n; t++) {
            difference[shape.flipX ? n - 1 - t : t] = dt[t];
        }
        int index = knee < 0 ? -1 : (shape.flipX ? n - 1 - knee : knee);
        return new Knee(x, y, difference, index);
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length
                    + "; give one y per x.");
        }
        if (x.length < 3) {
            throw new IllegalArgumentException("a knee needs a curve of at least 3 points, got " + x.length + ".");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is (" + x[i] + ", " + y[i]
                        + "); every x and y must be a finite number.");
            }
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("x must be strictly increasing, but x[" + (i - 1) + "] = "
                        + x[i - 1] + " and x[" + i + "] = " + x[i] + "; sort the points by x first.");
            }
        }
        double first = y[0];
        if (java.util.Arrays.stream(y).allMatch(v -> v == first)) {
            throw new IllegalArgumentException("y is constant (" + first + "): a flat curve has no knee.");
        }
    }

    private static double[] normalise(double[] v) {
        double min = java.util.Arrays.stream(v).min().orElseThrow();
        double max = java.util.Arrays.stream(v).max().orElseThrow();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (v[i] - min) / (max - min);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Kneedle[" + shape + ", S=" + sensitivity + "]";
    }
}
