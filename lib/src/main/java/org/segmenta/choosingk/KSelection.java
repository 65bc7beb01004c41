package org.segmenta.choosingk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Choosing the number of segments: k-means for every k of a range, scored by five criteria, and one recommended k with
 * the reasons.
 *
 * <p>For each k: WCSS (the elbow curve), the mean {@link Silhouette}, the {@link CalinskiHarabasz} and
 * {@link DaviesBouldin} indices (these three only for k ≥ 2) and the {@link GapStatistic} with its s_k. Each criterion
 * then prefers one k ({@link Criterion}): the elbow found by {@link Kneedle} on the WCSS curve, the largest mean
 * silhouette, the largest Calinski–Harabasz, the smallest Davies–Bouldin (ties within a criterion go to the smaller
 * k), and the gap rule. The recommendation is the majority vote of these five, ties going to the smaller k
 * ({@link KRecommendation}).
 *
 * <p>One seed, the settings', drives every random step: the k-means fits (each k starts from it, so {@code fit(k)} is
 * the segmentation {@code settings.withK(k).fit(features)} gives), the gap statistic's reference sets (drawn as
 * {@link GapStatistic} says, from {@code new SplittableRandom(seed)}) and their fits, and any silhouette sample
 * ({@link Silhouette#ofSample}); the same inputs always give the same table.
 *
 * <p>Progress and stopping ({@link KSelectionOptions#progress(Progress)}): the sweep reports each k done, then each
 * k-means fit of the gap statistic's reference data, and stops, throwing a
 * {@link java.util.concurrent.CancellationException}, when the calling thread is interrupted or the progress's
 * cancellation is cancelled (checked at each k-means restart). Its k-means fits report nothing of their own.
 *
 * <pre>{@code
 * KSelection selection = KSelection.sweep(features, 1, 10, KMeans.settings().restarts(10).seed(42));
 * Show.table(selection.table());
 * selection.recommendedK();      // e.g. 5
 * selection.explanation();       // "k = 5: the elbow, silhouette and Davies–Bouldin agree (...). ..."
 * }</pre>
 */
public final class KSelection {

    private final KSweep sweep;
    private final List<Silhouette> silhouettes;
    private final double[] calinskiHarabasz;
    private final double[] daviesBouldin;
    private final GapStatistic gap;
    private final Knee elbow;
    private final Map<Criterion, OptionalInt> best;
    private final KRecommendation recommendation;

    private KSelection(KSweep sweep, List<Silhouette> silhouettes, GapStatistic gap) {
        this.sweep = sweep;
        int[] ks = sweep.ks();
        this.silhouettes = Collections.unmodifiableList(new ArrayList<>(silhouettes));
        this.gap = gap;
        this.calinskiHarabasz = new double[ks.length];
        this.daviesBouldin = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            boolean scorable = ks[i] >= 2;
            calinskiHarabasz[i] = scorable ? CalinskiHarabasz.score(sweep.fitAt(i)) : Double.NaN;
            daviesBouldin[i] = scorable ? DaviesBouldin.score(sweep.fitAt(i)) : Double.NaN;
        }
        double[] x = IntStream.of(ks).asDoubleStream().toArray();
        this.elbow = Kneedle.of(Kneedle.Shape.CONVEX_DECREASING).find(x, sweep.wcssValues());
        double[] silhouetteMeans = new double[ks.length];
        for (int i = 0; i < ks.length; i++) {
            silhouetteMeans[i] = silhouettes.get(i) == null ? Double.NaN : silhouettes.get(i).mean();
        }
        this.best = new EnumMap<>(Criterion.class);
        best.put(Criterion.ELBOW, elbow.found() ? OptionalInt.of((int) elbow.x().getAsDouble()) : OptionalInt.empty());
        best.put(Criterion.SILHOUETTE, bestOf(silhouetteMeans, +1));
        best.put(Criterion.CALINSKI_HARABASZ, bestOf(calinskiHarabasz, +1));
        best.put(Criterion.DAVIES_BOULDIN, bestOf(daviesBouldin, -1));
        best.put(Criterion.GAP, gap.chosenK());
        this.recommendation = KRecommendation.from(best);
    }

    /**
     * Sweeps k = minK..maxK with {@link KSelectionOptions#defaults()} ({@value GapStatistic#DEFAULT_REFERENCES} gap
     * reference sets, exact silhouette).
     *
     * @param features the customers to segment
     * @param minK the smallest k, at least 1 (1 lets the elbow and the gap rule say "no segments")
     * @param maxK the largest k, at least minK + 2 and 3, below the number of distinct customers
     * @param settings restarts, seed and the other k-means settings, used for every k (only k changes); the seed also
     *     draws the gap statistic's reference sets and any silhouette sample
     * @throws IllegalArgumentException if the range is too short or too long for the data, or there are more than
     *     {@value Silhouette#MAX_EXACT_ROWS} customers
     */
    public static KSelection sweep(FeatureMatrix features, int minK, int maxK, KMeansSettings settings) {
        return sweep(features, minK, maxK, settings, KSelectionOptions.defaults());
    }

    /**
     * Sweeps k = minK..maxK with the given options; see {@link #sweep(FeatureMatrix, int, int, KMeansSettings)}.
     *
     * @throws IllegalArgumentException if the range is too short or too long for the data, or there are more than
     *     {@value Silhouette#MAX_EXACT_ROWS} customers and no silhouette sample size is set
     */
    public static KSelection sweep(FeatureMatrix features, int minK, int maxK, KMeansSettings settings,
            KSelectionOptions options) {
        if (minK < 1 || maxK < minK + 2 || maxK < 3) {
            throw new IllegalArgumentException("choosing k needs at least 3 values of k including k = 2, i.e. "
                    + "1 ≤ minK and maxK ≥ max(minK + 2, 3); got minK = " + minK + ", maxK = " + maxK + ".");
        }
        GapStatistic.checkRange(features, minK, maxK);
        int n = features.rows();
        if (options.silhouetteSampleSize() == 0 && n > Silhouette.MAX_EXACT_ROWS) {
            throw new IllegalArgumentException(n + " customers are too many for the exact silhouette (at most "
                    + Silhouette.MAX_EXACT_ROWS + "); pass KSelectionOptions.defaults().silhouetteSampleSize(10000).");
        }
        if (options.silhouetteSampleSize() > n) {
            throw new IllegalArgumentException("the silhouette sample size " + options.silhouetteSampleSize()
                    + " is more than the " + n + " customers; use 0 to score every customer.");
        }
        int values = maxK - minK + 1;
        TaskProgress valuesDone = options.progress().start("choosing k (k = " + minK + ".." + maxK + ")",
                "values of k", values);
        valuesDone.checkpoint();
        List<Silhouette> silhouettes = new ArrayList<>(values);
        KSweep sweep;
        try {
            sweep = KSweep.run(features, minK, maxK, settings, valuesDone, (fit, k) -> silhouettes.add(k < 2 ? null
                    : options.silhouetteSampleSize() == 0 ? Silhouette.of(fit)
                    : Silhouette.ofSample(fit, options.silhouetteSampleSize(), settings.seed())));
        } catch (CancellationException e) {
            throw valuesDone.stoppedBy(e);
        }
        valuesDone.finish();
        int references = options.gapReferences();
        TaskProgress referenceFitsDone = options.progress().start("choosing k: gap statistic",
                "k-means fits on reference data", references * values);
        GapStatistic gap;
        try {
            gap = GapStatistic.compute(features, sweep, settings, references, referenceFitsDone);
        } catch (CancellationException e) {
            throw referenceFitsDone.stoppedBy(e);
        }
        referenceFitsDone.finish();
        return new KSelection(sweep, silhouettes, gap);
    }

    /** The k of the largest (direction +1) or smallest (−1) value, ignoring NaN; ties go to the smaller k. */
    private OptionalInt bestOf(double[] values, int direction) {
        int bestIndex = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (bestIndex < 0 || direction * values[i] > direction * values[bestIndex])) {
                bestIndex = i;
            }
        }
        return bestIndex < 0 ? OptionalInt.empty() : OptionalInt.of(sweep.minK() + bestIndex);
    }

    /** @return a copy of the ks swept, ascending */
    public int[] ks() {
        return sweep.ks();
    }

    /**
     * @return the best k-means segmentation found for {@code k}
     * @throws IllegalArgumentException if k is outside the swept range
     */
    public Segmentation fit(int k) {
        return sweep.fit(k);
    }

    /** @return the WCSS of the k-means fit with {@code k} segments */
    public double wcss(int k) {
        return fit(k).wcss();
    }

    /** @return WCSS for each k of {@link #ks()} */
    public double[] wcssValues() {
        return sweep.wcssValues();
    }

    /**
     * @return the silhouette of the k-means fit with {@code k} segments
     * @throws IllegalArgumentException for k = 1, which has no silhouette
     */
    public Silhouette silhouette(int k) {
        Silhouette silhouette = silhouettes.get(index(k));
        if (silhouette == null) {
            throw new IllegalArgumentException("k = 1 has no silhouette: there is no other segment to compare with.");
        }
        return silhouette;
    }

    /** @return the mean silhouette width at {@code k}, NaN for k = 1 */
    public double meanSilhouette(int k) {
        Silhouette silhouette = silhouettes.get(index(k));
        return silhouette == null ? Double.NaN : silhouette.mean();
    }

    /** @return the Calinski–Harabasz index at {@code k}, NaN for k = 1 */
    public double calinskiHarabasz(int k) {
        return calinskiHarabasz[index(k)];
    }

    /** @return the Davies–Bouldin index at {@code k}, NaN for k = 1 */
    public double daviesBouldin(int k) {
        return daviesBouldin[index(k)];
    }

    /** @return the gap statistic over the swept range */
    public GapStatistic gap() {
        return gap;
    }

    /** @return what Kneedle found on the WCSS curve (convex, decreasing, S = 1) */
    public Knee elbow() {
        return elbow;
    }

    /** @return the k that {@code criterion} prefers, empty if it names none */
    public OptionalInt bestK(Criterion criterion) {
        return best.get(criterion);
    }

    /** @return the recommendation from the five criteria */
    public KRecommendation recommendation() {
        return recommendation;
    }

    /** @return the recommended number of segments */
    public int recommendedK() {
        return recommendation.k();
    }

    /** @return the recommendation in plain language */
    public String explanation() {
        return recommendation.explanation();
    }

    /**
     * @return one row per k: {@code k}, {@code WCSS}, {@code Mean silhouette}, {@code Calinski–Harabasz},
     *     {@code Davies–Bouldin}, {@code Gap}, {@code Gap s(k)} and {@code Preferred by} (the criteria whose choice
     *     this k is); blank where a criterion is undefined (k = 1)
     */
    public Table table() {
        DoubleColumn silhouette = DoubleColumn.create("Mean silhouette");
        StringColumn preferredBy = StringColumn.create("Preferred by");
        int[] ks = sweep.ks();
        for (int k : ks) {
            silhouette.append(meanSilhouette(k));
            preferredBy.append(String.join(", ", recommendation.supporters(k).stream().map(Criterion::label)
                    .toList()));
        }
        DoubleColumn wcss = DoubleColumn.create("WCSS", wcssValues());
        DoubleColumn ch = DoubleColumn.create("Calinski–Harabasz", calinskiHarabasz.clone());
        DoubleColumn db = DoubleColumn.create("Davies–Bouldin", daviesBouldin.clone());
        DoubleColumn gaps = DoubleColumn.create("Gap", gap.gaps());
        DoubleColumn errors = DoubleColumn.create("Gap s(k)", gap.standardErrors());
        wcss.setPrintFormatter(Decimals.column(2));
        silhouette.setPrintFormatter(Decimals.column(3));
        ch.setPrintFormatter(Decimals.column(1));
        db.setPrintFormatter(Decimals.column(3));
        gaps.setPrintFormatter(Decimals.column(3));
        errors.setPrintFormatter(Decimals.column(3));
        return Table.create("Choosing k: criteria by number of segments", IntColumn.create("k", ks), wcss, silhouette,
                ch, db, gaps, errors, preferredBy);
    }

    /** @return one row per criterion: {@code Criterion}, {@code Rule} and {@code Preferred k} (blank if none) */
    public Table criteriaTable() {
        StringColumn names = StringColumn.create("Criterion");
        StringColumn rules = StringColumn.create("Rule");
        IntColumn choices = IntColumn.create("Preferred k");
        for (Criterion criterion : Criterion.values()) {
            names.append(Character.toUpperCase(criterion.label().charAt(0)) + criterion.label().substring(1));
            rules.append(criterion.rule());
            OptionalInt k = best.get(criterion);
            if (k.isPresent()) {
                choices.append(k.getAsInt());
            } else {
                choices.appendMissing();
            }
        }
        return Table.create("Choosing k: each criterion's choice (recommended k = " + recommendedK() + ")", names,
                rules, choices);
    }

    private int index(int k) {
        return sweep.index(k);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KSelection[k=%d..%d, recommended k=%d]", sweep.minK(), sweep.maxK(),
                recommendedK());
    }
}
