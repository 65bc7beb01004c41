package org.segmenta.cli;

import java.util.Optional;
import org.segmenta.features.Imputation;

/**
 * The {@code --impute} values: fill gaps in the features with the lib's {@link Imputation}, drop the customers that
 * have gaps, or refuse gaps (the default: missing values are an error).
 */
enum ImputeChoice implements Choice {
    /** Missing feature values are an error. */
    NONE("none", Imputation.NONE),
    /** {@link Imputation#MEDIAN}. */
    MEDIAN("median", Imputation.MEDIAN),
    /** {@link Imputation#MEAN}. */
    MEAN("mean", Imputation.MEAN),
    /** Customers with a missing feature value are left out of the segmentation. */
    DROP("drop", null);

    private final String word;
    private final Imputation imputation;

    ImputeChoice(String word, Imputation imputation) {
        this.word = word;
        this.imputation = imputation;
    }

    @Override
    public String word() {
        return word;
    }

    /** @return how the feature matrix fills gaps; empty for {@link #DROP}, whose rows have no gaps left */
    Optional<Imputation> imputation() {
        return Optional.ofNullable(imputation);
    }
}
