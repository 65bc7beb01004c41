package org.segmenta.features;

/** A per-column transform applied before scaling, and undone when results are shown in original units. */
public enum Transform {
    /** The values as they are. */
    NONE,
    /**
     * {@code log1p(x) = ln(1 + x)}: compresses long right tails (spend, income) so that a few big spenders do not
     * dominate the distances; defined for x > −1 and exact at 0. Undone by {@code expm1}.
     */
    LOG1P;

    /** @return the transformed value */
    public double apply(double x) {
        return this == LOG1P ? Math.log1p(x) : x;
    }

    /** @return the value in original units */
    public double invert(double t) {
        return this == LOG1P ? Math.expm1(t) : t;
    }
}
