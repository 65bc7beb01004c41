package org.segmenta.clustering;

import java.util.Locale;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/**
 * Agglomerative hierarchical clustering: every customer starts as its own cluster, and the two closest clusters (by the
 * chosen {@link Linkage}) are merged, n − 1 times, until one cluster is left. The result is a {@link MergeTree}, drawn as
 * a dendrogram and cut into any number of segments without re-running anything (Hastie, Tibshirani &amp; Friedman,
 * "The Elements of Statistical Learning", 2nd ed., section 14.3.12).
 *
 * <p>Distances are Euclidean, in the feature matrix's scaled space. The algorithms are the ones SciPy's
 * {@code scipy.cluster.hierarchy.linkage} uses (Müllner, "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378, 2011): the nearest-neighbour chain for Ward, complete and average linkage, and the minimum spanning
 * tree for single linkage, in double precision and with SciPy's tie-breaking, so the tree is SciPy's tree even when
 * distances tie (for Ward linkage, up to {@value #WARD_MATRIX_LIMIT} customers: see below).
 *
 * <p>Why not Smile's {@code smile.clustering.HierarchicalClustering}: its merges are right and its heights are on the
 * same scale (Euclidean; it takes the square root of Ward's squared distances), but it stores distances as
 * {@code float} (heights off by about 1e-7 relative) and breaks ties its own way. Customer features are often integers,
 * and then ties are everywhere: on the mall data (income, spending score) Smile's complete-linkage tree cut into 5
 * segments gives sizes 87/42/39/23/9 where SciPy gives 85/39/32/23/21 (both are valid complete-linkage trees), and
 * Ward's cophenetic correlation differs from SciPy's by 2e-5. Smile is kept as an independent check in the tests.
 *
 * <p>How Ward linkage is computed depends on n. Up to {@value #WARD_MATRIX_LIMIT} customers (the course's data sets:
 * mall 200, Customer Personality 2,240) it runs on the distance matrix exactly as SciPy does, so tied distances, common
 * in small integer-valued data like the mall's, are broken as in SciPy; the matrix then costs at most 25 MB. Above, it
 * runs the same nearest-neighbour chain on cluster centroids and sizes without a distance matrix (Müllner 2011, section
 * 3.3; fastcluster's {@code linkage_vector}): O(n·p) memory, and for few features most candidate clusters are skipped
 * by bounding boxes ({@link ActiveCentroids}). It gives the same tree on data without ties, with heights equal up to
 * rounding (1e-11 relative or closer), and on tied data a valid Ward tree whose tied merges may come in another order.
 *
 * <p>Cost: O(n²·p) time for every linkage. Memory: O(n·p) for Ward (the chain on centroids, from
 * {@value #WARD_MATRIX_LIMIT} + 1 customers on) and single linkage; n(n−1)/2 doubles for complete and average linkage
 * and small Ward runs (20 MB for n = 2,240). Complete and average linkage take at most {@value #MAX_CUSTOMERS}
 * customers; Ward and single linkage have no limit.
 *
 * <p>Progress and stopping ({@link #fit(FeatureMatrix, Linkage, Progress)}): the merges are reported every 1% of
 * them ("Ward linkage: 4,950 of 9,999 merges (49%)"), at most 100 reports per fit, and a fit stops at those points,
 * throwing a {@link java.util.concurrent.CancellationException}, when the calling thread is interrupted or the
 * progress's {@link org.segmenta.progress.Cancellation} is cancelled. Computing the distance matrix (complete and
 * average linkage, Ward up to {@value #WARD_MATRIX_LIMIT} customers) is not interrupted.
 *
 * <pre>{@code
 * MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
 * Segmentation segments = tree.cut(5);
 * MergeTree reported = HierarchicalClustering.fit(features, Linkage.WARD, Progress.toStandardError());
 * }</pre>
 */
public final class HierarchicalClustering {

    /**
     * The most customers complete and average linkage take: the n(n−1)/2 pairwise distances they update must fit in
     * one Java array (for this n they take 17 GB). Ward and single linkage need no distance matrix and have no limit.
     */
    public static final int MAX_CUSTOMERS = 65_535;

    /**
     * Up to this many customers, Ward linkage runs on the distance matrix (at most 25 MB), which breaks
     * ties exactly as SciPy does; above, on centroids, in O(n·p) memory and less time.
     */
    public static final int WARD_MATRIX_LIMIT = 2_500;

    private HierarchicalClustering() {
    }

    /**
     * Builds the merge tree of the customers of {@code features}.
     *
     * @param features the customers, clustered in their scaled space
     * @param linkage how the distance between two clusters is measured
     * @return the n − 1 merges with their heights
     * @throws IllegalArgumentException if there are fewer than 2 customers, or, for complete and average linkage,
     *     more than {@value #MAX_CUSTOMERS} or a distance matrix that does not fit in this JVM's memory
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
     */
    public static MergeTree fit(FeatureMatrix features, Linkage linkage) {
        return fit(features, linkage, Progress.silent());
    }

    /**
     * Builds the merge tree of the customers of {@code features}, reporting the merges to {@code progress} and stopping
     * when it says so; the tree is the same as without.
     *
     * @param features the customers, clustered in their scaled space
     * @param linkage how the distance between two clusters is measured
     * @param progress where the merges are reported ("Ward linkage: 4,950 of 9,999 merges (49%)") and what stops
     *     the fit
     * @return the n − 1 merges with their heights
     * @throws IllegalArgumentException as {@link #fit(FeatureMatrix, Linkage)}
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted or the progress's
     *     cancellation is cancelled before the last merge, saying after how many merges it stopped
     */
    public static MergeTree fit(FeatureMatrix features, Linkage linkage, Progress progress) {
        int n = features.rows();
        if (n < 2) {
            throw new IllegalArgumentException("hierarchical clustering needs at least 2 customers, got " + n + ".");
        }
        TaskProgress merged = progress.start(linkage.displayName(), "merges", n - 1);
        merged.checkpoint();
        double[][] x = features.values();
        MergeSequence merges = switch (linkage) {
            case SINGLE -> MinimumSpanningTree.run(x, merged);
            case WARD -> n > WARD_MATRIX_LIMIT ? WardCentroidChain.run(x, merged)
                    : NearestNeighbourChain.run(DistanceMatrix.euclidean(x), linkage, merged);
            case COMPLETE, AVERAGE -> {
                checkSize(n, linkage);
                yield NearestNeighbourChain.run(DistanceMatrix.euclidean(x), linkage, merged);
            }
        };
        merged.finish();
        return merges.toTree(features, linkage);
    }

    private static void checkSize(int n, Linkage linkage) {
        if (n > MAX_CUSTOMERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s compares every pair of customers and keeps all n(n-1)/2 distances in memory; it takes at "
                    + "most %,d customers, got %,d. Use Ward linkage (Linkage.WARD), which needs no distance matrix "
                    + "and takes any number of customers, segment with k-means (KMeans.withK(k).fit(features)), or "
                    + "run %s on a random sample of at most %,d rows.", linkage.displayName(), MAX_CUSTOMERS, n,
                    linkage.displayName(), MAX_CUSTOMERS));
        }
        checkMemory(n);
    }

    private static void checkMemory(int n) {
        long needed = DistanceMatrix.bytesFor(n);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the distances between %,d customers take %,d MB, more than this JVM's %,d MB of memory. Start "
                    + "the JVM with a larger -Xmx, segment with k-means (KMeans.withK(k).fit(features)), or run "
                    + "hierarchical clustering on a random sample of the rows.", n, needed >> 20, available >> 20));
        }
    }
}
