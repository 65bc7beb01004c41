package org.segmenta.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmenta.profiling.SegmentProfile;
import org.segmenta.profiling.SegmentProfiles;

/**
 * Which numeric features segment names are built from ({@link org.segmenta.naming.SegmentNamer}): a name such as
 * "High Income · Low Recency" reads well with two parts, so with more than {@value #MAX_PARTS} numeric features the
 * two that differ most between segments are chosen.
 *
 * <p>"Differ most": the spread (largest minus smallest) of the segments' standardised differences
 * ({@link org.segmenta.profiling.NumericFeatureProfile#standardisedDifference()}), i.e. how far apart, in standard
 * deviations of all customers, the segment means lie. Ties keep feature order, and the chosen columns keep the order of
 * the features.
 */
final class NamingColumns {

    /** The most name parts. */
    static final int MAX_PARTS = 2;

    private NamingColumns() {
    }

    /**
     * @param profiles the profiles of the segments, with every column of {@code features} profiled as numeric
     * @param features the numeric features, in order
     * @return at most {@value #MAX_PARTS} of them, in feature order; empty if there are none
     */
    static List<String> choose(SegmentProfiles profiles, List<String> features) {
        if (features.size() <= MAX_PARTS) {
            return List.copyOf(features);
        }
        List<String> ranked = new ArrayList<>(features);
        ranked.sort(Comparator.comparingDouble((String column) -> -spread(profiles, column)));
        List<String> chosen = ranked.subList(0, MAX_PARTS);
        return features.stream().filter(chosen::contains).toList();
    }

    private static double spread(SegmentProfiles profiles, String column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SegmentProfile profile : profiles.profiles()) {
            double d = profile.numeric(column).standardisedDifference();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return max - min;
    }
}
