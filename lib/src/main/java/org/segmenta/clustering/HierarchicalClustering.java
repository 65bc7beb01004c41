package org.segmenta.clustering;

import java.util.Locale;
import org.segmenta.features.FeatureMatrix;

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
 * distances tie.
 *
 * <p>Why not Smile's {@code smile.clustering.HierarchicalClustering}: its merges are right and its heights are on the
 * same scale (Euclidean; it takes the square root of Ward's squared distances), but it stores distances as
 * {@code float} (heights off by about 1e-7 relative) and breaks ties its own way. Customer features are often integers,
 * and then ties are everywhere: on the mall data (income, spending score) Smile's complete-linkage tree cut into 5
 * segments gives sizes 87/42/39/23/9 where SciPy gives 85/39/32/23/21 (both are valid complete-linkage trees), and
 * Ward's cophenetic correlation differs from SciPy's by 2e-5. Smile is kept as an independent check in the tests.
 *
 * <p>Cost: O(n²·p) time; memory n(n−1)/2 doubles for Ward, complete and average (20 MB for n = 2,240), O(n) for
 * single linkage. At most {@value #MAX_CUSTOMERS} customers.
 *
 * <pre>{@code
 * MergeTree tree = HierarchicalClustering.fit(features, Linkage.WARD);
 * Segmentation segments = tree.cut(5);
 * }</pre>
 */
public final class HierarchicalClustering {

    /**
     * The most customers taken: the n(n−1)/2 pairwise distances must fit in one Java array (for this n they take
     * 17 GB).
     */
    public static final int MAX_CUSTOMERS = 65_535;

    private HierarchicalClustering() {
    }

    /**
     * Builds the merge tree of the customers of {@code features}.
     *
     * @param features the customers, clustered in their scaled space
     * @param linkage how the distance between two clusters is measured
     * @return the n − 1 merges with their heights
     * @throws IllegalArgumentException if there are more than {@value #MAX_CUSTOMERS} customers, or their distance
     *     matrix does not fit in this JVM's memory
     */
    public static MergeTree fit(FeatureMatrix features, Linkage linkage) {
        int n = features.rows();
        if (n > MAX_CUSTOMERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "hierarchical clustering compares every pair of customers and keeps all n(n-1)/2 distances in "
                    + "memory; it takes at most %,d customers, got %,d. Segment this many customers with k-means "
                    + "(KMeans.withK(k).fit(features)), or run hierarchical clustering on a random sample of at most "
                    + "%,d rows.", MAX_CUSTOMERS, n, MAX_CUSTOMERS));
        }
        if (n < 2) {
            throw new IllegalArgumentException("hierarchical clustering needs at least 2 customers, got " + n + ".");
        }
        double[][] x = features.values();
        MergeSequence merges;
        if (linkage == Linkage.SINGLE) {
            merges = MinimumSpanningTree.run(x);
        } else {
            checkMemory(n);
            merges = NearestNeighbourChain.run(DistanceMatrix.euclidean(x), linkage);
        }
        return merges.toTree(features, linkage);
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
