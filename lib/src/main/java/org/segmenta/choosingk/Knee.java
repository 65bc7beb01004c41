package org.segmenta.choosingk;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What {@link Kneedle} found on one curve: the knee (or elbow) point if there is one, and the difference curve it was
 * read from, so the detection can be checked or drawn.
 */
public final class Knee {

    private final double[] x;
    private final double[] y;
    private final double[] difference;
    private final int index;

    Knee(double[] x, double[] y, double[] difference, int index) {
        this.x = x.clone();
        this.y = y.clone();
        this.difference = difference.clone();
        this.index = index;
    }

    /** @return whether a knee was found */
    public boolean found() {
        return index >= 0;
    }

    /** @return the position of the knee in the input arrays, empty if none was found */
    public OptionalInt index() {
        return found() ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /** @return the x of the knee (for an elbow curve: the number of segments k), empty if none was found */
    public OptionalDouble x() {
        return found() ? OptionalDouble.of(x[index]) : OptionalDouble.empty();
    }

    /** @return the y of the knee, empty if none was found */
    public OptionalDouble y() {
        return found() ? OptionalDouble.of(y[index]) : OptionalDouble.empty();
    }

    /**
     * @return a copy of the difference curve, one value per input point in input order: the normalised curve, turned
     *     into a concave increasing one, minus the diagonal ({@code y_d = y_n − x_n})
     */
    public double[] differenceCurve() {
        return difference.clone();
    }

    @Override
    public String toString() {
        return found() ? String.format(Locale.ROOT, "Knee[x=%s, y=%s]", x[index], y[index]) : "Knee[none]";
    }
}
