package org.segmenta.clustering;

/**
 * The cophenetic correlation coefficient of a merge tree: Pearson's correlation, over all n(n−1)/2 pairs of customers,
 * between their Euclidean distance {@code d(a, b)} and their cophenetic distance {@code c(a, b)}, the height of the
 * merge that first puts a and b in the same cluster (Sokal &amp; Rohlf, "The comparison of dendrograms by objective
 * methods", Taxon 1962; SciPy's {@code cophenet(Z, pdist(X))[0]}):
 *
 * <pre>
 *   r = Σ (d − d̄)(c − c̄) / sqrt(Σ (d − d̄)² · Σ (c − c̄)²)
 * </pre>
 *
 * <p>Pairs are visited merge by merge (the pairs a merge joins all have that merge's height as cophenetic distance),
 * in two passes so that the means are subtracted before squaring. Cost O(n²·p) time, O(n) extra memory.
 */
final class CopheneticCorrelation {

    private CopheneticCorrelation() {
    }

    /**
     * @param x the customers, one row each, in the space that was clustered
     * @param left the first child of every merge
     * @param right the second child of every merge
     * @param heights the height of every merge
     * @param ranges where every cluster lies in the leaf order
     * @return the cophenetic correlation, or NaN when it is undefined (all distances, or all heights, equal)
     */
    static double of(double[][] x, int[] left, int[] right, double[] heights, LeafRanges ranges) {
        int merges = heights.length;
        double pairs = 0;
        double distanceSum = 0;
        double copheneticSum = 0;
        for (int i = 0; i < merges; i++) {
            double joined = (double) ranges.size(left[i]) * ranges.size(right[i]);
            pairs += joined;
            copheneticSum += joined * heights[i];
            distanceSum += sumOfDistances(x, left[i], right[i], ranges);
        }
        double distanceMean = distanceSum / pairs;
        double copheneticMean = copheneticSum / pairs;
        double cross = 0;
        double distanceSquares = 0;
        double copheneticSquares = 0;
        for (int i = 0; i < merges; i++) {
            double c = heights[i] - copheneticMean;
            int startA = ranges.start(left[i]);
            int endA = startA + ranges.size(left[i]);
            int startB = ranges.start(right[i]);
            int endB = startB + ranges.size(right[i]);
            double deviationSum = 0;
            for (int a = startA; a < endA; a++) {
                double[] xa = x[ranges.leafAt(a)];
                for (int b = startB; b < endB; b++) {
                    double d = DistanceMatrix.distance(xa, x[ranges.leafAt(b)]) - distanceMean;
                    deviationSum += d;
                    distanceSquares += d * d;
                }
            }
            cross += c * deviationSum;
            copheneticSquares += (double) (endA - startA) * (endB - startB) * c * c;
        }
        return cross / Math.sqrt(distanceSquares * copheneticSquares);
    }

    private static double sumOfDistances(double[][] x, int clusterA, int clusterB, LeafRanges ranges) {
        int startA = ranges.start(clusterA);
        int endA = startA + ranges.size(clusterA);
        int startB = ranges.start(clusterB);
        int endB = startB + ranges.size(clusterB);
        double sum = 0;
        for (int a = startA; a < endA; a++) {
            double[] xa = x[ranges.leafAt(a)];
            for (int b = startB; b < endB; b++) {
                sum += DistanceMatrix.distance(xa, x[ranges.leafAt(b)]);
            }
        }
        return sum;
    }
}
