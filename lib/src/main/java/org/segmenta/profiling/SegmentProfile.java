package org.segmenta.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmenta.clustering.Segmentation;

/**
 * What one segment looks like next to all customers: its size and share, each numeric column's mean and median with
 * lift and standardised difference, each categorical column's value shares, and a ranked list of what sets it apart.
 * Made by {@link SegmentProfiles#of}; immutable.
 *
 * <p>The ranking ({@link #distinctions()}) orders features by |standardised difference|, largest first (ties keep the
 * column order). Each numeric column appears once; each categorical column appears once, through its value whose share
 * differs most from the overall share (on a tie, the over-represented value), since the values of one column move
 * together (more women means fewer men).
 */
public final class SegmentProfile {

    private final int segment;
    private final int size;
    private final double share;
    private final List<NumericFeatureProfile> numeric;
    private final List<CategoricalFeatureProfile> categorical;
    private final List<Distinction> distinctions;

    SegmentProfile(int segment, int size, double share, List<NumericFeatureProfile> numeric,
            List<CategoricalFeatureProfile> categorical) {
        this.segment = segment;
        this.size = size;
        this.share = share;
        this.numeric = List.copyOf(numeric);
        this.categorical = List.copyOf(categorical);
        this.distinctions = rank(this.numeric, this.categorical);
    }

    private static List<Distinction> rank(List<NumericFeatureProfile> numeric,
            List<CategoricalFeatureProfile> categorical) {
        List<Distinction> all = new ArrayList<>();
        for (NumericFeatureProfile profile : numeric) {
            if (!Double.isNaN(profile.standardisedDifference())) {
                all.add(Distinction.of(profile));
            }
        }
        for (CategoricalFeatureProfile profile : categorical) {
            profile.shares().stream()
                    .filter(s -> !Double.isNaN(s.standardisedDifference()))
                    .max(Comparator.comparingLong((CategoryShare s) -> roundedSize(s.standardisedDifference()))
                            .thenComparingDouble(CategoryShare::standardisedDifference))
                    .ifPresent(s -> all.add(Distinction.of(s)));
        }
        all.sort(Comparator.comparingDouble((Distinction d) -> Math.abs(d.standardisedDifference())).reversed());
        return List.copyOf(all);
    }

    /**
     * |d| to nine decimals: the two values of a binary column differ by the same amount in opposite directions, but
     * floating-point noise would otherwise pick one at random.
     */
    private static long roundedSize(double d) {
        return Math.round(Math.abs(d) * 1e9);
    }

    /** @return the segment's index, {@code 0 .. k-1} as in {@link org.segmenta.clustering.Segmentation#labels()} */
    public int segment() {
        return segment;
    }

    /** @return the segment's number as shown to people, {@code 1 .. k} */
    public int number() {
        return segment + 1;
    }

    /** @return "Segment n", the label used in tables */
    public String label() {
        return Segmentation.segmentLabel(segment);
    }

    /** @return the number of customers in the segment */
    public int size() {
        return size;
    }

    /** @return the segment's share of all customers, 0 to 1 */
    public double share() {
        return share;
    }

    /** @return the numeric columns' profiles, in the order the columns were given */
    public List<NumericFeatureProfile> numeric() {
        return numeric;
    }

    /**
     * @return the profile of numeric column {@code column}
     * @throws IllegalArgumentException if the column was not profiled as numeric
     */
    public NumericFeatureProfile numeric(String column) {
        return numeric.stream().filter(p -> p.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + column + "' is not a profiled numeric column; "
                        + "profiled: " + numeric.stream().map(NumericFeatureProfile::column).toList()));
    }

    /** @return the categorical columns' profiles, in the order the columns were given */
    public List<CategoricalFeatureProfile> categorical() {
        return categorical;
    }

    /**
     * @return the profile of categorical column {@code column}
     * @throws IllegalArgumentException if the column was not profiled as categorical
     */
    public CategoricalFeatureProfile categorical(String column) {
        return categorical.stream().filter(p -> p.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + column + "' is not a profiled categorical "
                        + "column; profiled: " + categorical.stream().map(CategoricalFeatureProfile::column).toList()));
    }

    /** @return every feature ranked by how much it sets the segment apart, largest |standardised difference| first */
    public List<Distinction> distinctions() {
        return distinctions;
    }

    /**
     * @param max the most highlights wanted
     * @return the first {@code max} ranked distinctions that are notable (|d| ≥ {@value Distinction#SMALL})
     */
    public List<Distinction> highlights(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the number of highlights must be 0 or more, got " + max);
        }
        return distinctions.stream().filter(Distinction::isNotable).limit(max).toList();
    }

    @Override
    public String toString() {
        return label() + " (" + size + " customers, " + ReadableNumbers.percent(share) + "): "
                + highlights(3).stream().map(Distinction::phrase).toList();
    }
}
