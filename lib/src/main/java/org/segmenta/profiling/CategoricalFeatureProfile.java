package org.segmenta.profiling;

import java.util.List;
import java.util.Optional;

/**
 * How the values of one categorical column are spread within a segment, next to their spread over all customers.
 *
 * @param column the column's name
 * @param shares one entry per value seen among all customers, most common overall first (ties: alphabetical)
 * @param missing how many of the segment's customers lack a value in this column
 */
public record CategoricalFeatureProfile(String column, List<CategoryShare> shares, int missing) {

    /** Copies the shares, so the profile cannot change after it is made. */
    public CategoricalFeatureProfile {
        shares = List.copyOf(shares);
    }

    /**
     * @param value a category value
     * @return its share in the segment and overall, or empty if no customer has that value
     */
    public Optional<CategoryShare> share(String value) {
        return shares.stream().filter(s -> s.value().equals(value)).findFirst();
    }
}
