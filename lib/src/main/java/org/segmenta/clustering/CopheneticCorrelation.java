package org.segmenta.clustering;

import java.util.stream.IntStream;

/**
 * The cophenetic correlation coefficient of a merge tree: Pearson's correlation, over all N = n(n−1)/2 pairs of
 * customers, between their Euclidean distance {@code d(a, b)} and their cophenetic distance {@code c(a, b)}, the height
 * of the merge that first puts a and b in the same cluster (Sokal &amp; Rohlf, "The comparison of dendrograms by
 * objective methods", Taxon 1962; SciPy's {@code cophenet(Z, pdist(X))[0]}):
 *
 * <pre>
 *   r = Σ (d − d̄)(c − c̄) / sqrt(Σ (d − d̄)² · Σ (c − c̄)²)
 * </pre>
 *
 * <p>No distance is stored: merge m joins clusters A and B, and its N_m = |A|·|B| pairs all have cophenetic distance
 * h_m, so with D_m = Σ over those pairs of d (computed on the fly),
 *
 * <pre>
 *   c̄ = Σ N_m·h_m / N,   d̄ = Σ D_m / N,
 *   Σ (d − d̄)(c − c̄) = Σ_m (h_m − c̄)·(D_m − N_m·d̄),   Σ (c − c̄)² = Σ_m N_m·(h_m − c̄)²,
 *   Σ (d − d̄)² = Σ d² − N·d̄²,   where Σ d² = n · Σ_i ‖x_i − x̄‖² (the sum of squared distances over all pairs).
 * </pre>
 *
 * <p>So one pass over the pairs computes only the D_m: O(n²·p) time, O(n·p) memory. The customers are copied in the
 * dendrogram's leaf order, column by column, so both clusters of a merge are contiguous ranges and the distance loops
 * stream through memory; the pairs are cut into pieces of about a million, summed in parallel (each piece
 * sequentially, the pieces in a fixed order, so the result does not depend on the threads).
 */
final class CopheneticCorrelation {

    /** Pairs per piece of parallel work: enough that splitting costs little beside the work, few enough to balance. */
    private static final long PAIRS_PER_PIECE = 1 << 20;
    /** Distances computed together: a block fits in L1. */
    private static final int BLOCK = 256;

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
        return of(x, left, right, heights, ranges, PAIRS_PER_PIECE);
    }

    /** {@link #of(double[][], int[], int[], double[], LeafRanges)} with pieces of parallel work of the given size. */
    static double of(double[][] x, int[] left, int[] right, double[] heights, LeafRanges ranges, long pairsPerPiece) {
        int n = x.length;
        int merges = heights.length;
        double[] distanceSums = distanceSums(inLeafOrder(x, ranges), n, x[0].length, left, right, ranges,
                pairsPerPiece);
        double pairs = (double) n * (n - 1) / 2;
        double distanceTotal = 0;
        double copheneticTotal = 0;
        for (int m = 0; m < merges; m++) {
            distanceTotal += distanceSums[m];
            copheneticTotal += joined(m, left, right, ranges) * heights[m];
        }
        double distanceMean = distanceTotal / pairs;
        double copheneticMean = copheneticTotal / pairs;
        double cross = 0;
        double copheneticSquares = 0;
        for (int m = 0; m < merges; m++) {
            double joined = joined(m, left, right, ranges);
            double c = heights[m] - copheneticMean;
            cross += c * (distanceSums[m] - joined * distanceMean);
            copheneticSquares += joined * c * c;
        }
        double distanceSquares = n * totalSumOfSquares(x) - pairs * distanceMean * distanceMean;
        if (!(distanceSquares > 0)) {
            return Double.NaN;
        }
        return cross / Math.sqrt(distanceSquares * copheneticSquares);
    }

    /** @return N_m = |A|·|B|, the number of pairs merge m joins */
    private static double joined(int m, int[] left, int[] right, LeafRanges ranges) {
        return (double) ranges.size(left[m]) * ranges.size(right[m]);
    }

    /** @return Σ_i ‖x_i − x̄‖² (two passes: the mean first) */
    private static double totalSumOfSquares(double[][] x) {
        int p = x[0].length;
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= x.length;
        }
        double total = 0;
        for (double[] row : x) {
            total += Segmentation.squaredDistance(row, mean);
        }
        return total;
    }

    /** @return the customers in leaf order, column by column: coordinate j of position i at {@code [j·n + i]} */
    private static double[] inLeafOrder(double[][] x, LeafRanges ranges) {
        int n = x.length;
        int p = x[0].length;
        double[] columns = new double[Math.multiplyExact(n, p)];
        for (int position = 0; position < n; position++) {
            double[] row = x[ranges.leafAt(position)];
            for (int j = 0; j < p; j++) {
                columns[j * n + position] = row[j];
            }
        }
        return columns;
    }

    /**
     * @return D_m for every merge: the sum of the distances between the members of its two clusters. The work is cut
     *     into pieces of about {@code pairsPerPiece} pairs, so that threads share it evenly: a merge with more
     *     pairs is cut by rows of its smaller cluster (the pieces' sums are added in order), merges with fewer are
     *     taken together, consecutive ones, each summed by the one thread that takes its piece.
     */
    private static double[] distanceSums(double[] columns, int n, int p, int[] left, int[] right, LeafRanges ranges,
            long pairsPerPiece) {
        int merges = left.length;
        // Piece k covers merges [pieceFirst[k], pieceLast[k]], and, for a merge cut by rows, rows [rowFrom, rowTo) of
        // its smaller cluster (rowTo = -1: all rows of every merge in the piece).
        IntList pieceFirst = new IntList();
        IntList pieceLast = new IntList();
        IntList rowFrom = new IntList();
        IntList rowTo = new IntList();
        long batched = 0;
        for (int m = 0; m < merges; m++) {
            long larger = Math.max(ranges.size(left[m]), ranges.size(right[m]));
            int smaller = Math.min(ranges.size(left[m]), ranges.size(right[m]));
            if (larger * smaller >= pairsPerPiece) {
                // A piece of its own; the batch of smaller merges before it is closed.
                batched = 0;
                int rowsPerPiece = (int) Math.max(1, pairsPerPiece / larger);
                for (int row = 0; row < smaller; row += rowsPerPiece) {
                    pieceFirst.add(m);
                    pieceLast.add(m);
                    rowFrom.add(row);
                    rowTo.add(Math.min(smaller, row + rowsPerPiece));
                }
                continue;
            }
            if (batched == 0) {
                pieceFirst.add(m);
                pieceLast.add(m);
                rowFrom.add(0);
                rowTo.add(-1);
            } else {
                pieceLast.set(pieceLast.size() - 1, m);
            }
            // A merge of no pairs cannot happen (clusters are never empty), so a batch in progress has batched > 0.
            batched += larger * smaller;
            if (batched >= pairsPerPiece) {
                batched = 0;
            }
        }
        double[] sums = new double[merges];
        double[] partial = new double[pieceFirst.size()];
        IntStream.range(0, pieceFirst.size()).parallel().forEach(piece -> {
            for (int m = pieceFirst.get(piece); m <= pieceLast.get(piece); m++) {
                int small = ranges.size(left[m]) <= ranges.size(right[m]) ? left[m] : right[m];
                int large = small == left[m] ? right[m] : left[m];
                int from = ranges.start(small) + rowFrom.get(piece);
                int to = rowTo.get(piece) < 0 ? ranges.start(small) + ranges.size(small)
                        : ranges.start(small) + rowTo.get(piece);
                double sum = sumOfDistances(columns, n, p, from, to, ranges.start(large),
                        ranges.start(large) + ranges.size(large));
                if (rowTo.get(piece) < 0) {
                    sums[m] = sum;
                } else {
                    partial[piece] = sum;
                }
            }
        });
        for (int piece = 0; piece < partial.length; piece++) {
            if (rowTo.get(piece) >= 0) {
                sums[pieceFirst.get(piece)] += partial[piece];
            }
        }
        return sums;
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        void set(int index, int value) {
            values[index] = value;
        }

        int size() {
            return size;
        }
    }

    /** @return Σ over positions a in [aFrom, aTo) and b in [bFrom, bTo) of ‖x_a − x_b‖ */
    private static double sumOfDistances(double[] c, int n, int p, int aFrom, int aTo, int bFrom, int bTo) {
        double[] block = new double[BLOCK];
        double total = 0;
        for (int a = aFrom; a < aTo; a++) {
            for (int start = bFrom; start < bTo; start += BLOCK) {
                int count = Math.min(BLOCK, bTo - start);
                double xa = c[a];
                for (int k = 0; k < count; k++) {
                    double difference = c[start + k] - xa;
                    block[k] = difference * difference;
                }
                for (int j = 1; j < p; j++) {
                    int column = j * n;
                    double xj = c[column + a];
                    for (int k = 0; k < count; k++) {
                        double difference = c[column + start + k] - xj;
                        block[k] += difference * difference;
                    }
                }
                total += sumOfRoots(block, count);
            }
        }
        return total;
    }

    /** @return Σ sqrt(values[k]) for k &lt; count, with four partial sums (for speed; the order is fixed) */
    private static double sumOfRoots(double[] values, int count) {
        for (int k = 0; k < count; k++) {
            values[k] = Math.sqrt(values[k]);
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < count; k += 4) {
            s0 += values[k];
            s1 += values[k + 1];
            s2 += values[k + 2];
            s3 += values[k + 3];
        }
        for (; k < count; k++) {
            s0 += values[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
