package org.segmenta.naming;

import org.segmenta.profiling.NumericFeatureProfile;

/** Which value stands for a segment when its level on a feature is judged: its mean or its median. */
public enum CentralValue {
    /** The segment mean: every customer counts, so a few extreme customers can move it. */
    MEAN,
    /**
     * The segment median: robust to a few extreme customers. Prefer it for skewed columns such as money spent, where
     * a segment of mostly small spenders can have a mean in the middle third because of a few big spenders.
     */
    MEDIAN;

    /**
     * @param profile a segment's profile on one numeric column
     * @return this value of the segment in {@code profile}, in the feature's units
     */
    public double of(NumericFeatureProfile profile) {
        return this == MEAN ? profile.mean() : profile.median();
    }
}
