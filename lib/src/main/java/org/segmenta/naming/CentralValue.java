package org.segmenta.naming;

import org.segmenta.profiling.NumericFeatureProfile;

/** Which value stands for a segment when its level on a feature is judged: its mean or its median. */
public enum CentralValue {
    /** The segment mean: every customer counts, so a few extreme customers can move it. */
    MEAN,
    /** The segment median: robust to a few extreme customers (e.g. a handful of very high incomes). */
    MEDIAN;

    /** @return this value of the segment in {@code profile}, in the feature's units */
    public double of(NumericFeatureProfile profile) {
        return this == MEAN ? profile.mean() : profile.median();
    }
}
