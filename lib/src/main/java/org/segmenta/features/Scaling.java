package org.segmenta.features;

/**
 * How each numeric feature is rescaled before clustering. Distance-based methods (k-means, Ward) weigh a feature by its
 * spread, so a column in dollars would drown one in years unless the columns are put on a common scale.
 *
 * <p>Every scaling here is affine per column, {@code z = (x − center) / scale}, so it can be undone exactly: centroids
 * and profiles are always shown back in the original units. One-hot columns of categorical features are not rescaled
 * (they stay 0/1).
 */
public enum Scaling {
    /** No rescaling: distances are in the original units. Right when the columns already share a unit and range. */
    NONE,
    /**
     * Standard score: {@code z = (x − mean) / sd}, with the population standard deviation (divisor n), as scikit-learn's
     * {@code StandardScaler}. Every column then has mean 0 and variance 1.
     */
    STANDARD,
    /** Min-max: {@code z = (x − min) / (max − min)}, every column then lies in [0, 1]. */
    MIN_MAX,
    /**
     * Robust: {@code z = (x − median) / IQR}, IQR = Q3 − Q1 with quartiles interpolated linearly (numpy's default), as
     * scikit-learn's {@code RobustScaler}. A few extreme customers then do not squeeze everyone else together.
     */
    ROBUST
}
