package org.segmenta.choosingk;

import java.util.Objects;
import org.segmenta.progress.Progress;

/**
 * The less common settings of {@link KSelection#sweep(org.segmenta.features.FeatureMatrix, int, int,
 * org.segmenta.clustering.KMeansSettings, KSelectionOptions)}: how many gap reference sets to draw, and whether to score
 * the silhouette on a sample, and where the sweep reports its progress. Immutable; each setter returns a copy.
 *
 * <pre>{@code
 * KSelectionOptions options = KSelectionOptions.defaults().gapReferences(20).silhouetteSampleSize(5000);
 * KSelectionOptions reported = KSelectionOptions.defaults().progress(Progress.toStandardError());
 * }</pre>
 */
public final class KSelectionOptions {

    private final int gapReferences;
    private final int silhouetteSampleSize;
    private final Progress progress;

    private KSelectionOptions(int gapReferences, int silhouetteSampleSize, Progress progress) {
        GapStatistic.checkReferences(gapReferences);
        if (silhouetteSampleSize != 0 && silhouetteSampleSize < 3) {
            throw new IllegalArgumentException("a silhouette sample needs at least 3 customers, got "
                    + silhouetteSampleSize + "; use 0 to score every customer.");
        }
        this.gapReferences = gapReferences;
        this.silhouetteSampleSize = silhouetteSampleSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * @return {@value GapStatistic#DEFAULT_REFERENCES} gap reference sets and the exact silhouette (every customer;
     *     refused above {@value Silhouette#MAX_EXACT_ROWS} customers)
     */
    public static KSelectionOptions defaults() {
        return new KSelectionOptions(GapStatistic.DEFAULT_REFERENCES, 0, Progress.silent());
    }

    /** @return a copy with this number B ≥ 2 of uniform reference data sets for the gap statistic */
    public KSelectionOptions gapReferences(int references) {
        return new KSelectionOptions(references, silhouetteSampleSize, progress);
    }

    /**
     * @return a copy that scores the silhouette on a random sample of this many customers (drawn with the seed of
     *     the sweep's k-means settings), or on every customer if {@code sampleSize} is 0
     */
    public KSelectionOptions silhouetteSampleSize(int sampleSize) {
        return new KSelectionOptions(gapReferences, sampleSize, progress);
    }

    /**
     * @return a copy whose sweep reports to {@code progress} and stops when it says so: first the values of k done
     *     ("choosing k (k = 2..10): 3 of 9 values of k"), then the gap statistic's k-means fits on reference data
     *     ("choosing k: gap statistic: 12 of 90 k-means fits on reference data"); the default is
     *     {@link Progress#silent()}
     */
    public KSelectionOptions progress(Progress progress) {
        return new KSelectionOptions(gapReferences, silhouetteSampleSize, progress);
    }

    /** @return where the sweep reports its progress, and what stops it */
    public Progress progress() {
        return progress;
    }

    /** @return the number B of gap reference data sets */
    public int gapReferences() {
        return gapReferences;
    }

    /** @return the silhouette sample size, 0 for every customer */
    public int silhouetteSampleSize() {
        return silhouetteSampleSize;
    }

    @Override
    public String toString() {
        return "KSelectionOptions[gapReferences=" + gapReferences + ", silhouetteSampleSize="
                + (silhouetteSampleSize == 0 ? "all" : silhouetteSampleSize) + "]";
    }
}
