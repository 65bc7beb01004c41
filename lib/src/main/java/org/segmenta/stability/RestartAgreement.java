package org.segmenta.stability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.comparing.AdjustedRandIndex;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.format.Decimals;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Do different k-means runs agree? k-means converges to a local optimum that depends on its random start, so the
 * same data can give different segments on another seed. This runs the same k-means configuration with R consecutive
 * seeds ({@code firstSeed, firstSeed + 1, ...}), compares every pair of runs with the adjusted Rand index
 * ({@link AdjustedRandIndex}), and groups the runs by the optimum they reached: runs whose WCSS agree to a relative
 * 1e-9 count as one optimum (runs that give the same partition give the same WCSS).
 *
 * <p>With {@code restarts(1)} it shows the raw landscape of local optima a single k-means start falls into; with the
 * restarts the study uses (e.g. 10) it shows whether the study's result is reproducible: every run should then reach
 * the same optimum, mean ARI 1.
 *
 * <pre>{@code
 * RestartAgreement agreement = RestartAgreement.of(features, KMeans.withK(5).restarts(1), 20, 1);
 * agreement.meanAri();            // 1.0 when all 20 runs found the same segments
 * agreement.distinctOptima();     // how many different local optima the runs ended in
 * Show.table(agreement.optimaTable());
 * }</pre>
 *
 * Immutable.
 */
public final class RestartAgreement {

    private static final double SAME_OPTIMUM = 1e-9;

    private final long firstSeed;
    private final List<Segmentation> runs;
    private final double[][] ari;
    private final List<List<Integer>> optima;

    private RestartAgreement(long firstSeed, List<Segmentation> runs) {
        this.firstSeed = firstSeed;
        this.runs = List.copyOf(runs);
        int r = runs.size();
        this.ari = new double[r][r];
        for (int a = 0; a < r; a++) {
            ari[a][a] = 1.0;
            for (int b = a + 1; b < r; b++) {
                ari[a][b] = AdjustedRandIndex.between(runs.get(a), runs.get(b));
                ari[b][a] = ari[a][b];
            }
        }
        List<Integer> byWcss = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            byWcss.add(i);
        }
        byWcss.sort(Comparator.comparingDouble((Integer i) -> runs.get(i).wcss()).thenComparingInt(i -> i));
        List<List<Integer>> groups = new ArrayList<>();
        for (int i : byWcss) {
            List<Integer> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && sameOptimum(runs.get(last.get(0)).wcss(), runs.get(i).wcss())) {
                last.add(i);
            } else {
                groups.add(new ArrayList<>(List.of(i)));
            }
        }
        this.optima = groups.stream().map(List::copyOf).toList();
    }

    private static boolean sameOptimum(double a, double b) {
        return Math.abs(a - b) <= SAME_OPTIMUM * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Runs {@code kMeans} (its k, restarts and iterations; the seed is replaced) with seeds {@code firstSeed} to
     * {@code firstSeed + runs − 1}.
     *
     * @param features the customers
     * @param kMeans the configuration to repeat; {@code restarts(1)} to see single starts
     * @param runs how many runs, at least 2
     * @param firstSeed the seed of the first run
     * @throws IllegalArgumentException if {@code runs} is below 2, or k-means refuses the features
     */
    public static RestartAgreement of(FeatureMatrix features, KMeans kMeans, int runs, long firstSeed) {
        if (runs < 2) {
            throw new IllegalArgumentException("comparing runs needs at least 2 runs, got " + runs + "; 10 to 20 "
                    + "runs give a fair picture.");
        }
        List<Segmentation> results = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            results.add(kMeans.seed(firstSeed + r).fit(features));
        }
        return new RestartAgreement(firstSeed, results);
    }

    /** @return the number of runs R */
    public int runs() {
        return runs.size();
    }

    /** @return the seed of run {@code run} (0-based): {@code firstSeed + run} */
    public long seed(int run) {
        checkRun(run);
        return firstSeed + run;
    }

    /** @return the segmentation of run {@code run} (0-based) */
    public Segmentation run(int run) {
        return runs.get(checkRun(run));
    }

    /** @return the adjusted Rand index between runs {@code a} and {@code b} (1 on the diagonal) */
    public double ari(int a, int b) {
        return ari[checkRun(a)][checkRun(b)];
    }

    /** @return a copy of the R × R matrix of pairwise adjusted Rand indices */
    public double[][] pairwiseAri() {
        double[][] copy = new double[ari.length][];
        for (int i = 0; i < ari.length; i++) {
            copy[i] = ari[i].clone();
        }
        return copy;
    }

    /** @return the mean adjusted Rand index over the R(R−1)/2 pairs of different runs */
    public double meanAri() {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < ari.length; a++) {
            for (int b = a + 1; b < ari.length; b++) {
                sum += ari[a][b];
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** @return the smallest adjusted Rand index between two runs: how far apart the two most different runs are */
    public double minimumAri() {
        double min = Double.POSITIVE_INFINITY;
        for (int a = 0; a < ari.length; a++) {
            for (int b = a + 1; b < ari.length; b++) {
                min = Math.min(min, ari[a][b]);
            }
        }
        return min;
    }

    /** @return how many different optima (by WCSS) the runs reached */
    public int distinctOptima() {
        return optima.size();
    }

    /** @return the smallest WCSS any run reached */
    public double bestWcss() {
        return runs.get(optima.get(0).get(0)).wcss();
    }

    /** @return how many runs reached the best optimum */
    public int runsAtBest() {
        return optima.get(0).size();
    }

    /** @return the segmentation of the first run (lowest seed) that reached the best optimum */
    public Segmentation best() {
        return runs.get(optima.get(0).stream().min(Integer::compare).orElseThrow());
    }

    /**
     * @return one row per optimum, best first: {@code Optimum} (1 = best), {@code WCSS}, {@code Runs},
     *     {@code Share of runs (%)}, {@code First seed} (the lowest seed that reached it) and {@code ARI with best}
     */
    public Table optimaTable() {
        IntColumn number = IntColumn.create("Optimum");
        DoubleColumn wcss = DoubleColumn.create("WCSS");
        IntColumn count = IntColumn.create("Runs");
        DoubleColumn share = DoubleColumn.create("Share of runs (%)");
        LongColumn seed = LongColumn.create("First seed");
        DoubleColumn withBest = DoubleColumn.create("ARI with best");
        int bestRun = optima.get(0).stream().min(Integer::compare).orElseThrow();
        for (int o = 0; o < optima.size(); o++) {
            int first = optima.get(o).stream().min(Integer::compare).orElseThrow();
            number.append(o + 1);
            wcss.append(runs.get(first).wcss());
            count.append(optima.get(o).size());
            share.append(100.0 * optima.get(o).size() / runs.size());
            seed.append(firstSeed + first);
            withBest.append(ari[first][bestRun]);
        }
        wcss.setPrintFormatter(Decimals.column(2));
        share.setPrintFormatter(Decimals.column(1));
        withBest.setPrintFormatter(Decimals.column(3));
        return Table.create("Optima reached by " + runs.size() + " k-means runs", number, wcss, count, share, seed,
                withBest);
    }

    /**
     * @return a plain-language summary, e.g. "20 k-means runs (seeds 1 to 20) reached 3 different optima; 14 of them
     *     the best (WCSS 44448.46). Agreement between runs: mean ARI 0.912, minimum 0.705. ..."
     */
    public String reading() {
        String verdict;
        if (distinctOptima() == 1) {
            verdict = "Every run found the same segments: the result does not depend on the seed.";
        } else if (minimumAri() >= StabilityVerdict.HIGHLY_STABLE_FROM) {
            verdict = "The optima differ only in a few customers: the segments hardly depend on the seed.";
        } else {
            verdict = "Some runs found clearly different segments: use several restarts and keep the best WCSS, and "
                    + "check the segments' stability before relying on them.";
        }
        String optimaFound = distinctOptima() == 1 ? "the same optimum" : distinctOptima() + " different optima";
        return String.format(Locale.ROOT, "%d k-means runs (seeds %d to %d) reached %s; %d of them the best "
                        + "(WCSS %.2f). Agreement between runs: mean ARI %.3f, minimum %.3f. %s",
                runs.size(), firstSeed, firstSeed + runs.size() - 1, optimaFound, runsAtBest(), bestWcss(), meanAri(),
                minimumAri(), verdict);
    }

    private int checkRun(int run) {
        if (run < 0 || run >= runs.size()) {
            throw new IllegalArgumentException("run " + run + " does not exist: runs are numbered 0 to "
                    + (runs.size() - 1) + ".");
        }
        return run;
    }

    @Override
    public String toString() {
        return "RestartAgreement[" + runs.size() + " runs, " + distinctOptima() + " optima, mean ARI "
                + String.format(Locale.ROOT, "%.3f", meanAri()) + "]";
    }
}
