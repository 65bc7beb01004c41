package org.segmenta.features;

/**
 * How one column of a {@link FeatureMatrix} was made: from which table column, by which transform and scaling, and how
 * many of its values were imputed. {@code z = (transform(x) − center) / scale}.
 *
 * @param name the feature's name (for a one-hot column {@code "Column=value"})
 * @param source the table column it comes from
 * @param oneHotLevel the category this one-hot column indicates, or {@code null} for a numeric feature
 * @param transform the transform applied before scaling
 * @param center subtracted after the transform
 * @param scale divided by after centring (never 0)
 * @param imputed how many missing values were filled
 * @param fillValue the value used to fill them (NaN if none was needed)
 */
public record FeatureColumn(String name, String source, String oneHotLevel, Transform transform, double center,
                            double scale, int imputed, double fillValue) {

    /** @return whether this is a 0/1 indicator column of a categorical feature */
    public boolean isOneHot() {
        return oneHotLevel != null;
    }

    /** @return the scaled value of an original value */
    public double scale(double original) {
        return (transform.apply(original) - center) / scale;
    }

    /** @return the original value of a scaled one */
    public double unscale(double scaled) {
        return transform.invert(scaled * this.scale + center);
    }
}
