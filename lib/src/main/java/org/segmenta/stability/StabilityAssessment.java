package org.segmenta.stability;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.clustering.Segmentation;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of {@link BootstrapStability#assess(Segmentation)}: one {@link SegmentStability} per segment, with the
 * settings that produced it. Read {@link #table()} for the numbers, {@link #readings()} for each segment's verdict in
 * words and {@link #summary()} for all verdicts in one paragraph.
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
            names.append(Segmentation.segmentLabel(s.segment()));
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

    /**
     * The verdicts in one paragraph, segments grouped by verdict, with the dissolution counts of every segment that is
     * not highly stable, and how many of the segments can be trusted, e.g. "Over 50 bootstrap resamples (verdicts
     * after Hennig 2007): segments 1 and 2 are stable (dissolved in 1 and 3 of 50); segment 3 is doubtful (dissolved
     * in 8 of 50). 2 of 3 segments can be trusted; do not use the others to target individual customers."
     *
     * @return the paragraph
     */
    public String summary() {
        List<String> groups = new ArrayList<>();
        for (StabilityVerdict verdict : StabilityVerdict.values()) {
            List<SegmentStability> these = segments.stream().filter(s -> s.verdict() == verdict).toList();
            if (these.isEmpty()) {
                continue;
            }
            String numbers = inWords(these.stream().map(s -> String.valueOf(s.segment() + 1)).toList());
            String group = (these.size() == 1 ? "segment " + numbers + " is " : "segments " + numbers + " are ")
                    + verdict.label();
            if (verdict != StabilityVerdict.HIGHLY_STABLE) {
                group += " (dissolved in " + inWords(these.stream().map(s -> String.valueOf(s.dissolved())).toList())
                        + " of " + samples + ")";
            }
            groups.add(group);
        }
        long trusted = segments.stream().filter(s -> s.verdict().trustworthy()).count();
        String conclusion;
        if (trusted == segments.size()) {
            conclusion = switch (segments.size()) {
                case 1 -> "The segment can be trusted.";
                case 2 -> "Both segments can be trusted.";
                default -> "All " + segments.size() + " segments can be trusted.";
            };
        } else if (trusted == 0) {
            conclusion = "None of the " + segments.size() + " segments can be trusted: the structure is weak at this"
                    + " k; use them to describe tendencies, not to target individual customers.";
        } else {
            conclusion = trusted + " of " + segments.size() + " segments can be trusted; do not use the others to"
                    + " target individual customers.";
        }
        return "Over " + samples + " bootstrap resamples (verdicts after Hennig 2007): " + String.join("; ", groups)
                + ". " + conclusion;
    }

    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    @Override
    public String toString() {
        return "StabilityAssessment[" + segmentation.method() + ", k = " + segments.size() + ", B = " + samples
                + ", seed " + seed + ": " + segments + "]";
    }
}
