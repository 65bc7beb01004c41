package org.segmenta.stability;

import java.util.List;
import org.segmenta.clustering.Segmentation;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of {@link BootstrapStability#assess(Segmentation)}: one {@link SegmentStability} per segment, with the
 * settings that produced it. Read {@link #table()} for the numbers and {@link #readings()} for the verdicts in words.
 *
 * <pre>{@code
 * StabilityAssessment stability = BootstrapStability.of(KMeans.withK(5).restarts(10)).assess(segments);
 * Show.table(stability.table());
 * stability.readings().forEach(System.out::println);
 * }</pre>
 *
 * Immutable.
 */
public final class StabilityAssessment {

    private final Segmentation segmentation;
    private final String reclustering;
    private final int samples;
    private final long seed;
    private final List<SegmentStability> segments;

    StabilityAssessment(Segmentation segmentation, String reclustering, int samples, long seed,
            List<SegmentStability> segments) {
        this.segmentation = segmentation;
        this.reclustering = reclustering;
        this.samples = samples;
        this.seed = seed;
        this.segments = List.copyOf(segments);
    }

    /** @return the segmentation that was assessed */
    public Segmentation segmentation() {
        return segmentation;
    }

    /** @return how each resample was re-clustered, as people read it */
    public String reclustering() {
        return reclustering;
    }

    /** @return the number of bootstrap resamples B */
    public int samples() {
        return samples;
    }

    /** @return the seed the resamples were drawn with */
    public long seed() {
        return seed;
    }

    /** @return the stability of every segment, in segment order */
    public List<SegmentStability> segments() {
        return segments;
    }

    /** @return the stability of segment {@code segment} (0-based) */
    public SegmentStability segment(int segment) {
        if (segment < 0 || segment >= segments.size()) {
            throw new IllegalArgumentException("segment " + segment + " does not exist: segments are numbered 0 to "
                    + (segments.size() - 1) + ".");
        }
        return segments.get(segment);
    }

    /** @return the smallest mean Jaccard: the stability of the least stable segment */
    public double minimumMeanJaccard() {
        return segments.stream().mapToDouble(SegmentStability::meanJaccard).min().orElseThrow();
    }

    /**
     * @return one row per segment: {@code Segment}, {@code Customers}, {@code Mean Jaccard}, {@code Dissolved} and
     *     {@code Recovered} (numbers of resamples out of {@link #samples()}) and {@code Verdict}
     */
    public Table table() {
        StringColumn names = StringColumn.create("Segment");
        IntColumn customers = IntColumn.create("Customers");
        DoubleColumn mean = DoubleColumn.create("Mean Jaccard");
        IntColumn dissolved = IntColumn.create("Dissolved (of " + samples + ")");
        IntColumn recovered = IntColumn.create("Recovered (of " + samples + ")");
        StringColumn verdict = StringColumn.create("Verdict");
        for (SegmentStability s : segments) {
            names.append("Segment " + (s.segment() + 1));
            customers.append(s.customers());
            mean.append(s.meanJaccard());
            dissolved.append(s.dissolved());
            recovered.append(s.recovered());
            verdict.append(s.verdict().label());
        }
        mean.setPrintFormatter(Decimals.column(2));
        return Table.create("Segment stability: " + samples + " bootstrap resamples, re-clustered with "
                + reclustering, names, customers, mean, dissolved, recovered, verdict);
    }

    /** @return the plain-language reading of every segment ({@link SegmentStability#reading()}), in segment order */
    public List<String> readings() {
        return segments.stream().map(SegmentStability::reading).toList();
    }

    @Override
    public String toString() {
        return "StabilityAssessment[" + segmentation.method() + ", k = " + segments.size() + ", B = " + samples
                + ", seed " + seed + ": " + segments + "]";
    }
}
