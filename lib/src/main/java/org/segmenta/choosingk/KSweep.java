package org.segmenta.choosingk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * k-means for every k of a range minK..maxK with the same settings (only k changes), the best restart kept for each k:
 * the one sweep under {@link ElbowCurve}, {@link KSelection} and {@link GapStatistic}. Immutable.
 */
final class KSweep {

    private final int[] ks;
    private final List<Segmentation> fits;

    private KSweep(int[] ks, List<Segmentation> fits) {
        this.ks = ks;
        this.fits = List.copyOf(fits);
    }

    /**
     * Fits k = minK, minK + 1, …, maxK in that order, silently. The callers check the range against the data first.
     *
     * @param settings restarts, seed and the other k-means settings, the same for every k
     * @throws CancellationException if the calling thread is interrupted, from the k-means fit it stopped
     */
    static KSweep run(FeatureMatrix features, int minK, int maxK, KMeansSettings settings) {
        TaskProgress silent = Progress.silent().start("k-means for k = " + minK + ".." + maxK, "values of k",
                maxK - minK + 1);
        return run(features, minK, maxK, settings, silent, (fit, k) -> {
        });
    }

    /**
     * Fits k = minK, minK + 1, …, maxK in that order, counting each k done as one step of {@code fitsDone}.
     *
     * @param settings restarts, seed and the other k-means settings, the same for every k
     * @param fitsDone advanced one step per k, after {@code afterEach}; each fit reports nothing of its own and stops
     *     when {@code fitsDone} would (its {@link TaskProgress#nested()} progress). It may count more than this sweep
     *     (the gap statistic counts all its reference sets' fits in one); the caller finishes it.
     * @param afterEach called with each fit and its k before the k is counted done (e.g. to score the fit)
     * @throws CancellationException from the k-means fit that was stopped, as it threw it: the caller says how far
     *     its own task got ({@link TaskProgress#stoppedBy(CancellationException)})
     */
    static KSweep run(FeatureMatrix features, int minK, int maxK, KMeansSettings settings, TaskProgress fitsDone,
            ObjIntConsumer<Segmentation> afterEach) {
        int[] ks = IntStream.rangeClosed(minK, maxK).toArray();
        Progress eachFit = fitsDone.nested();
        List<Segmentation> fits = new ArrayList<>(ks.length);
        for (int k : ks) {
            Segmentation fit = settings.withK(k).progress(eachFit).fit(features);
            fits.add(fit);
            afterEach.accept(fit, k);
            fitsDone.step();
        }
        return new KSweep(ks, fits);
    }

    /** @return a copy of the ks swept, ascending and consecutive */
    int[] ks() {
        return ks.clone();
    }

    /** @return the smallest k swept */
    int minK() {
        return ks[0];
    }

    /** @return the largest k swept */
    int maxK() {
        return ks[ks.length - 1];
    }

    /** @return the number of values of k swept */
    int size() {
        return ks.length;
    }

    /** @return the best k-means segmentation found for {@code k} */
    Segmentation fit(int k) {
        return fits.get(index(k));
    }

    /** @return the fit of the {@code i}-th k swept (0 for minK) */
    Segmentation fitAt(int i) {
        return fits.get(i);
    }

    /** @return WCSS for each k swept, index 0 holding minK */
    double[] wcssValues() {
        return fits.stream().mapToDouble(Segmentation::wcss).toArray();
    }

    /**
     * @return the position of {@code k} in the sweep, 0 for minK
     * @throws IllegalArgumentException if k was not swept
     */
    int index(int k) {
        if (k < minK() || k > maxK()) {
            throw new IllegalArgumentException("k = " + k + " is outside the swept range " + minK() + ".." + maxK()
                    + "; choose a k in it or sweep a wider range.");
        }
        return k - minK();
    }
}
