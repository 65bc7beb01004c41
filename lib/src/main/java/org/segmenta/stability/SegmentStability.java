package org.segmenta.stability;

import java.util.Arrays;
import java.util.Locale;
import org.segmenta.clustering.Segmentation;

/**
 * How one segment fared in the bootstrap ({@link BootstrapStability}): its Jaccard similarity to the most similar
 * segment of each resample's re-clustering, their mean, how often it dissolved (Jaccard ≤ 0.5) and how often it was
 * recovered (Jaccard &gt; 0.75), as {@code fpc::clusterboot} reports them ({@code bootmean}, {@code bootbrd},
 * {@code bootrecover}), and the verdict read from the mean and the dissolutions ({@link StabilityVerdict}).
 *
 * <p>Immutable; {@link #jaccards()} returns a copy.
 */
public final class SegmentStability {

    private final int segment;
    private final int customers;
    private final double[] jaccards;
    private final double mean;

    SegmentStability(int segment, int customers, double[] jaccards) {
        this.segment = segment;
        this.customers = customers;
        this.jaccards = jaccards.clone();
        this.mean = Arrays.stream(jaccards).average().orElseThrow();
    }

    /** @return the segment number, 0-based as in {@code Segmentation} (shown as "Segment segment+1") */
    public int segment() {
        return segment;
    }

    /** @return the number of customers in the segment */
    public int customers() {
        return customers;
    }

    /** @return a copy of the Jaccard similarity in each resample, in resample order */
    public double[] jaccards() {
        return jaccards.clone();
    }

    /** @return the number of resamples */
    public int samples() {
        return jaccards.length;
    }

    /** @return the mean Jaccard similarity over the resamples: the stability index */
    public double meanJaccard() {
        return mean;
    }

    /** @return in how many resamples the segment dissolved: Jaccard ≤ {@value StabilityVerdict#DISSOLVED_AT_MOST} */
    public int dissolved() {
        return (int) Arrays.stream(jaccards).filter(j -> j <= StabilityVerdict.DISSOLVED_AT_MOST).count();
    }

    /** @return in how many resamples the segment was recovered: Jaccard &gt; {@value StabilityVerdict#STABLE_FROM} */
    public int recovered() {
        return (int) Arrays.stream(jaccards).filter(j -> j > StabilityVerdict.STABLE_FROM).count();
    }

    /**
     * @return the verdict: the mean Jaccard's, lowered when the segment dissolved in resamples
     *     ({@link StabilityVerdict#of(double, int, int)})
     */
    public StabilityVerdict verdict() {
        return StabilityVerdict.of(mean, dissolved(), jaccards.length);
    }

    /**
     * @return one plain-language paragraph, e.g. "Segment 2 (39 customers) is highly stable: mean Jaccard 0.93 over
     *     100 resamples, dissolved (Jaccard ≤ 0.5) in 0 and recovered (Jaccard &gt; 0.75) in 98. It comes back ...";
     *     when dissolutions lowered the verdict, a sentence says from which verdict of the mean alone
     */
    public String reading() {
        StabilityVerdict verdict = verdict();
        StabilityVerdict byMean = StabilityVerdict.ofMean(mean);
        String lowered = verdict == byMean ? "" : String.format(Locale.ROOT,
                " The mean alone would read %s, but a segment that dissolves in %d of %d resamples is at best %s.",
                byMean.label(), dissolved(), jaccards.length, verdict.label());
        return String.format(Locale.ROOT, "%s (%d customers) is %s: mean Jaccard %.2f over %d resamples, "
                        + "dissolved (Jaccard ≤ 0.5) in %d and recovered (Jaccard > 0.75) in %d.%s %s",
                Segmentation.segmentLabel(segment), customers, verdict.label(), mean, jaccards.length, dissolved(),
                recovered(), lowered, verdict.advice());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: mean Jaccard %.3f (%s)", Segmentation.segmentLabel(segment), mean,
                verdict().label());
    }
}
