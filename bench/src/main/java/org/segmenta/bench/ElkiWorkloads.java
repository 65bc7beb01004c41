package org.segmenta.bench;

import elki.clustering.hierarchical.ClusterMergeHistory;
import elki.clustering.hierarchical.NNChain;
import elki.clustering.hierarchical.linkage.WardLinkage;
import elki.clustering.kmeans.CompareMeans;
import elki.clustering.kmeans.ElkanKMeans;
import elki.clustering.kmeans.ExponionKMeans;
import elki.clustering.kmeans.HamerlyKMeans;
import elki.clustering.kmeans.KMeans;
import elki.clustering.kmeans.LloydKMeans;
import elki.clustering.kmeans.ShallotKMeans;
import elki.clustering.kmeans.SimplifiedElkanKMeans;
import elki.clustering.kmeans.SortMeans;
import elki.clustering.kmeans.YinYangKMeans;
import elki.clustering.kmeans.initialization.KMeansPlusPlus;
import elki.clustering.kmeans.parallel.ParallelLloydKMeans;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.distance.minkowski.SquaredEuclideanDistance;
import elki.utilities.random.RandomFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Runs a case with ELKI 0.8.0 (AGPL-3.0: a dependency of the benchmark module only, in its own process), through its
 * Java API on a relation of {@code DoubleVector}s built once from the {@code double[][]} before any timing
 * ({@link ArrayAdapterDatabaseConnection} into a {@link StaticArrayDatabase}).
 *
 * <ul>
 *   <li>k-means: ELKI's exact k-means variants ({@link #KMEANS_VARIANTS}), each started from ELKI's
 *       {@link KMeansPlusPlus} with the same fixed seed (so every variant starts from the same centres), squared
 *       Euclidean distance, at most {@value #MAX_ITERATIONS} iterations. ELKI's exact variants have no tolerance: they
 *       iterate until no point changes its cluster. Each variant runs once (its time, iterations and WCSS are
 *       reported); then the fastest whose WCSS equals Lloyd's ({@link #fastestExact}) is timed as the other tools
 *       are, and is the row of the table;</li>
 *   <li>elbow sweep: for every k ≥ 2, the fastest of {@link #ELBOW_VARIANTS} for that k (found by running each once on
 *       one start, which is also the warm-up), then the timed sweep runs that variant with the case's starts, seeds
 *       {@code seed + start}, keeping each k's labelling of least WCSS; k = 1 is the total sum of squares, because
 *       ELKI's k-means++ always draws at least two centres;</li>
 *   <li>Ward: {@link NNChain} with {@link WardLinkage} on squared Euclidean distances (ELKI's recommended form). ELKI
 *       then reports every merge height as 2 · ΔSSE, which is the square of SciPy's Ward height
 *       (SciPy: {@code sqrt(2 · |A||B| / (|A| + |B|)) · ‖μ_A − μ_B‖}); {@link #scipyHeight} takes the square root.</li>
 * </ul>
 *
 * <p>WCSS is computed from ELKI's labels by {@link Wcss}, as for every tool.
 */
final class ElkiWorkloads {

    private ElkiWorkloads() {
    }

    /** The tool's name in the report. */
    static final String VERSION = "ELKI 0.8.0";
    /** Iteration cap of every ELKI k-means run (scikit-learn's and the library's default). */
    static final int MAX_ITERATIONS = 300;

    /** ELKI's exact k-means variants: each ends where Lloyd's algorithm ends from the same centres. */
    enum Variant {
        /** {@code LloydKMeans}: the standard algorithm, one thread. */
        LLOYD("Lloyd"),
        /** {@code ParallelLloydKMeans}: Lloyd's algorithm on ELKI's parallel executor (all available cores). */
        PARALLEL_LLOYD("ParallelLloyd"),
        /** {@code ElkanKMeans}: k lower bounds per point (Elkan 2003). */
        ELKAN("Elkan"),
        /** {@code SimplifiedElkanKMeans}: Elkan's bounds without the centre-to-centre test. */
        SIMPLIFIED_ELKAN("SimplifiedElkan"),
        /** {@code HamerlyKMeans}: one lower bound per point (Hamerly 2010). */
        HAMERLY("Hamerly"),
        /** {@code ExponionKMeans}: Hamerly's bounds with an annular search (Newling and Fleuret 2016). */
        EXPONION("Exponion"),
        /** {@code ShallotKMeans}: Exponion with the second-nearest centre kept (Borgelt 2020). */
        SHALLOT("Shallot"),
        /** {@code YinYangKMeans}: grouped lower bounds (Ding et al. 2015), ELKI's default t groups. */
        YINYANG("YinYang"),
        /** {@code CompareMeans}: centre-to-centre distances prune comparisons (Phillips 2002). */
        COMPARE("Compare"),
        /** {@code SortMeans}: Compare with the centres sorted by distance (Phillips 2002). */
        SORT("Sort");

        private final String label;

        Variant(String label) {
            this.label = label;
        }

        /** @return the name in the report (one word: it is a key of the report's {@code steps} and counters) */
        String label() {
            return label;
        }

        /**
         * @param k the number of clusters
         * @param seed the seed of ELKI's k-means++ draws (a new {@link RandomFactory} per call: ELKI's factory advances
         *     its seed at every use)
         * @return ELKI's algorithm, squared Euclidean, at most {@link #MAX_ITERATIONS} iterations
         */
        KMeans<NumberVector, KMeansModel> algorithm(int k, long seed) {
            KMeansPlusPlus<NumberVector> init = new KMeansPlusPlus<>(new RandomFactory(seed));
            SquaredEuclideanDistance d = SquaredEuclideanDistance.STATIC;
            int m = MAX_ITERATIONS;
            return switch (this) {
                case LLOYD -> new LloydKMeans<>(d, k, m, init);
                case PARALLEL_LLOYD -> new ParallelLloydKMeans<>(d, k, m, init);
                case ELKAN -> new ElkanKMeans<>(d, k, m, init, false);
                case SIMPLIFIED_ELKAN -> new SimplifiedElkanKMeans<>(d, k, m, init, false);
                case HAMERLY -> new HamerlyKMeans<>(d, k, m, init, false);
                case EXPONION -> new ExponionKMeans<>(d, k, m, init, false);
                case SHALLOT -> new ShallotKMeans<>(d, k, m, init, false);
                // ELKI's default number of groups (YinYangKMeans.Par): k/10 above 10 clusters, else k/2, at least 1.
                case YINYANG -> new YinYangKMeans<>(k, m, init, k > 10 ? k / 10 : k > 1 ? k / 2 : 1);
                case COMPARE -> new CompareMeans<>(d, k, m, init);
                case SORT -> new SortMeans<>(d, k, m, init);
            };
        }
    }

    /**
     * The rows as ELKI's relation of {@code DoubleVector}s, in row order (ELKI's DBIDs are a contiguous range, so row
     * i is offset i).
     */
    static Relation<NumberVector> relation(double[][] x) {
        Database database = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(x), null);
        database.initialize();
        return database.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
    }

    /** One ELKI k-means run: the labels in row order, and the iterations ELKI reported (−1 if it did not). */
    record Fit(int[] labels, int iterations) {
    }

    /** Runs one variant from one k-means++ start. */
    static Fit fit(Relation<NumberVector> relation, Variant variant, int k, long seed, ElkiIterations iterations) {
        Clustering<KMeansModel> clustering = variant.algorithm(k, seed).run(relation);
        return new Fit(labels(relation, clustering), iterations.last());
    }

    /** The cluster of every row, clusters numbered in ELKI's order. */
    static int[] labels(Relation<NumberVector> relation, Clustering<KMeansModel> clustering) {
        DBIDRange ids = (DBIDRange) relation.getDBIDs();
        int[] labels = new int[relation.size()];
        Arrays.fill(labels, -1);
        int s = 0;
        for (Cluster<KMeansModel> cluster : clustering.getToplevelClusters()) {
            for (DBIDIter it = cluster.getIDs().iter(); it.valid(); it.advance()) {
                labels[ids.getOffset(it)] = s;
            }
            s++;
        }
        return labels;
    }

    /** Ward's tree by ELKI's NN-chain on squared Euclidean distances. */
    static ClusterMergeHistory ward(Relation<NumberVector> relation) {
        return new NNChain<NumberVector>(SquaredEuclideanDistance.STATIC, WardLinkage.STATIC).run(relation);
    }

    /**
     * @param elkiHeight a merge height of {@link #ward}: {@code 2 · ΔSSE = 2 |A||B| / (|A| + |B|) · ‖μ_A − μ_B‖²}
     *     (WardLinkage's {@code restore} of a squared distance)
     * @return SciPy's height of the same merge, {@code sqrt(2 · ΔSSE)}
     */
    static double scipyHeight(double elkiHeight) {
        return Math.sqrt(elkiHeight);
    }

    /** Runs the case and reports on it. */
    static ChildReport run(ChildArguments arguments) throws IOException {
        BenchCase c = arguments.benchCase();
        double[][] x = BinaryMatrix.read(c.input(), c.rows(), c.columns());
        Relation<NumberVector> relation = relation(x);
        ElkiIterations iterations = ElkiIterations.install();
        Repetition repetition = arguments.repetition();
        return switch (c.workload()) {
            case KMEANS -> kMeans(x, relation, c, arguments.seed(), repetition, iterations);
            case ELBOW -> elbow(x, relation, c, arguments.seed(), repetition, iterations);
            case WARD -> ward(relation, repetition);
            case RESTARTS, MALL_STUDY, ORDER_LINES, ORDER_LINES_AT_SCALE, LIFETIME_FIT, NOTEBOOK_SUITE ->
                    throw new IllegalArgumentException("ELKI does not take part in " + c.workload()
                            + " in this runner");
        };
    }

    /** What one variant did in its single scouting run on the k-means case. */
    record VariantRun(Variant variant, double seconds, int iterations, double wcss) {
    }

    /**
     * The variants of the k-means case: every exact variant but {@link Variant#COMPARE} and {@link Variant#SORT}, which
     * took 30–45 s per fit on 1M × 10 (as long as plain Lloyd) and would not fit the process's time limit.
     */
    static final List<Variant> KMEANS_VARIANTS = List.of(Variant.LLOYD, Variant.PARALLEL_LLOYD, Variant.ELKAN,
            Variant.SIMPLIFIED_ELKAN, Variant.HAMERLY, Variant.EXPONION, Variant.SHALLOT, Variant.YINYANG);

    /**
     * The variants raced for each k of the elbow sweep: those that were fastest on the k-means cases (plain, parallel
     * Lloyd, Compare and Sort took 3–10 times as long; YinYang ended at other labellings than Lloyd's).
     */
    static final List<Variant> ELBOW_VARIANTS = List.of(Variant.SIMPLIFIED_ELKAN, Variant.HAMERLY, Variant.EXPONION,
            Variant.SHALLOT);

    /** Two variants' WCSS closer than this (relative) count as the same labelling. */
    static final double SAME_WCSS = 1e-9;

    /**
     * @param runs the scouting runs, Lloyd's first
     * @return the fastest run whose WCSS equals Lloyd's (to {@link #SAME_WCSS} relative): ELKI's fastest exact variant
     */
    static VariantRun fastestExact(List<VariantRun> runs) {
        double lloyd = runs.getFirst().wcss();
        return runs.stream().filter(r -> Math.abs(r.wcss() / lloyd - 1) <= SAME_WCSS)
                .min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
    }

    private static ChildReport kMeans(double[][] x, Relation<NumberVector> relation, BenchCase c, long seed,
            Repetition repetition, ElkiIterations iterations) {
        // Scouting: each variant once, from the same start (and the JIT's warm-up).
        List<VariantRun> runs = new ArrayList<>();
        for (Variant variant : KMEANS_VARIANTS) {
            long start = System.nanoTime();
            Fit fit = bestOfStarts(x, relation, variant, c.k(), c.starts(), seed, iterations);
            double seconds = (System.nanoTime() - start) / 1e9;
            runs.add(new VariantRun(variant, seconds, fit.iterations(), Wcss.of(x, fit.labels())));
        }
        Variant fastest = fastestExact(runs).variant();
        // The fastest exact variant is then timed as every tool is.
        Repetition.Timed<Fit> timed = repetition.time(
                () -> bestOfStarts(x, relation, fastest, c.k(), c.starts(), seed, iterations));
        double wcss = Wcss.of(x, timed.result().labels());
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, Long> counters = new LinkedHashMap<>();
        List<String> differing = new ArrayList<>();
        for (VariantRun run : runs) {
            steps.put(run.variant().label(), run.seconds());
            steps.put(run.variant().label() + ElkiKeys.WCSS_SUFFIX, run.wcss());
            counters.put(run.variant().label(), (long) run.iterations());
            if (Math.abs(run.wcss() / runs.getFirst().wcss() - 1) > SAME_WCSS) {
                differing.add(run.variant().label());
            }
        }
        List<String> notes = List.of(ElkiKeys.TIMED_VARIANT + fastest.label(), String.format(Locale.ROOT, "k-means: the exact variants %s, each from ELKI's "
                + "KMeansPlusPlus with RandomFactory(%d) (the same centres for every variant), squared Euclidean, at "
                + "most %d iterations and no tolerance: they stop when no point changes its cluster (ELKI counts that "
                + "last pass as an iteration); each variant run once, then the fastest whose WCSS equals Lloyd's is "
                + "timed as the other tools are (here %s)%s",
                KMEANS_VARIANTS.stream().map(Variant::label).toList(), seed, MAX_ITERATIONS, fastest.label(),
                differing.isEmpty() ? "; every variant ended with Lloyd's labelling"
                        : "; " + differing + " ended at another labelling than Lloyd's from the same centres"),
                "the process holds the rows twice (the double[][] read for the WCSS and ELKI's relation of "
                        + "DoubleVectors, built before the timed runs): its peak memory includes both");
        return new ChildReport(VERSION, timed.timings(), OptionalInt.of(timed.result().iterations()),
                OptionalDouble.of(wcss), new double[0], new int[0], notes, null, null, steps, counters);
    }

    /** The run of least WCSS of {@code starts} runs from seeds {@code seed, seed + 1, …}. */
    private static Fit bestOfStarts(double[][] x, Relation<NumberVector> relation, Variant variant, int k, int starts,
            long seed, ElkiIterations iterations) {
        Fit best = null;
        double bestWcss = Double.POSITIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            Fit fit = fit(relation, variant, k, seed + start, iterations);
            // With one start there is nothing to choose: no WCSS is computed inside the timed run.
            double wcss = starts == 1 ? 0 : Wcss.of(x, fit.labels());
            if (best == null || wcss < bestWcss) {
                best = fit;
                bestWcss = wcss;
            }
        }
        return best;
    }

    private static ChildReport elbow(double[][] x, Relation<NumberVector> relation, BenchCase c, long seed,
            Repetition repetition, ElkiIterations iterations) {
        if (c.minK() != 1) {
            throw new IllegalArgumentException("the elbow sweep starts at k = 1; case " + c.id() + " starts at "
                    + c.minK());
        }
        // Scouting, untimed (and the JIT's warm-up): each candidate once per k ≥ 2, one start; the fastest is kept.
        Variant[] chosen = new Variant[c.maxK() + 1];
        for (int k = 2; k <= c.maxK(); k++) {
            double best = Double.POSITIVE_INFINITY;
            for (Variant variant : ELBOW_VARIANTS) {
                long start = System.nanoTime();
                fit(relation, variant, k, seed, iterations);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds < best) {
                    best = seconds;
                    chosen[k] = variant;
                }
            }
        }
        Repetition.Timed<int[][]> timed = repetition.time(() -> {
            int[][] labels = new int[c.maxK()][];
            labels[0] = new int[x.length];
            for (int k = 2; k <= c.maxK(); k++) {
                labels[k - 1] = bestOfStarts(x, relation, chosen[k], k, c.starts(), seed, iterations).labels();
            }
            return labels;
        });
        double[] perK = Arrays.stream(timed.result()).mapToDouble(labels -> Wcss.of(x, labels)).toArray();
        List<String> perKVariants = new ArrayList<>();
        for (int k = 2; k <= c.maxK(); k++) {
            perKVariants.add("k = " + k + ": " + chosen[k].label());
        }
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(),
                OptionalDouble.of(Arrays.stream(perK).sum()), perK, new int[0],
                List.of("elbow: for each k the fastest of " + ELBOW_VARIANTS.stream().map(Variant::label).toList()
                        + ", found by running each once on one start before the timed runs ("
                        + String.join(", ", perKVariants) + "); " + c.starts() + " starts per k from KMeansPlusPlus "
                        + "with RandomFactory(seed + start), the best kept by its WCSS (computed from the labels "
                        + "inside the timed run); k = 1 is the total sum of squares, since ELKI's KMeansPlusPlus "
                        + "always draws at least two centres (asked for k = 1 it returns 2 clusters)"));
    }

    private static ChildReport ward(Relation<NumberVector> relation, Repetition repetition) {
        Repetition.Timed<ClusterMergeHistory> timed = repetition.time(() -> ward(relation));
        ClusterMergeHistory tree = timed.result();
        double heights = 0;
        for (int i = 0; i < tree.numMerges(); i++) {
            heights += scipyHeight(tree.getMergeHeight(i));
        }
        return new ChildReport(VERSION, timed.timings(), OptionalInt.empty(), OptionalDouble.of(heights),
                new double[0], new int[0], List.of("Ward: NNChain with WardLinkage on squared Euclidean distances "
                        + "(the n(n−1)/2 distance matrix in one double[]); ELKI's heights are 2·ΔSSE, the squares of "
                        + "SciPy's, so the sum is of their square roots"));
    }
}
