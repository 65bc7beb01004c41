package org.segmenta.clustering;

import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding, as scikit-learn does it: the first centre is a uniformly random point; each next one is
 * the best of {@code 2 + ⌊ln k⌋} candidates, each drawn with probability proportional to its squared distance
 * {@code D(x)²} to the nearest centre so far, "best" meaning the lowest potential {@code Σ_i min(D(x_i)², ‖x_i −
 * candidate‖²)} (Arthur &amp; Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007, section 5).
 *
 * <p>The random draws are those of the plain algorithm, in the same order: {@code nextInt(n)} for the first centre,
 * then one {@code nextDouble()} per candidate. Distances are exactly the plain loop's ({@link DistanceTile}); all the
 * candidates of one step are measured in one pass over the data, block by block in parallel. Sums are taken per fixed
 * {@link RowBlocks block} and the block sums added in block order, so they may differ from a single running sum in
 * the last bits (and so, in a near tie, the draw may fall on a neighbouring point), but never with the number of
 * threads.
 */
final class GreedyKMeansPlusPlus {

    private GreedyKMeansPlusPlus() {
    }

    /**
     * Chooses k initial centres among the points.
     *
     * @param points the data
     * @param k the number of centres, at most the number of distinct points
     * @param random the source of every random choice
     * @return k centres, row-major ({@code k × points.columns()}), copies of points
     */
    static double[] centres(RowMajorPoints points, int k, SplittableRandom random) {
        int n = points.rows();
        int p = points.columns();
        int trials = 2 + (int) Math.log(k);
        int blocks = RowBlocks.count(n);
        DistanceTiles tiles = new DistanceTiles(p, trials);
        double[] centres = new double[k * p];
        System.arraycopy(points.values(), random.nextInt(n) * p, centres, 0, p);

        double[] firstClosest = new double[n];
        double[] blockSums = new double[blocks];
        RowBlocks.forEach(n, b -> {
            DistanceTile tile = tiles.borrow();
            double sum = 0;
            for (int start = RowBlocks.start(b), end = RowBlocks.end(b, n); start < end; start += DistanceTile.SIZE) {
                fill(tile, start, Math.min(end, start + DistanceTile.SIZE));
                tile.compute(points, centres, 1);
                for (int r = 0; r < tile.count(); r++) {
                    double d = tile.distance(0, r);
                    firstClosest[tile.row(r)] = d;
                    sum += d;
                }
            }
            blockSums[b] = sum;
            tiles.release(tile);
        });

        double[] closest = firstClosest;
        double[][] candidateClosest = new double[trials][n];
        double[][] candidateBlockSums = new double[trials][blocks];
        int[] candidates = new int[trials];
        double[] candidateCentres = new double[trials * p];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double blockSum : blockSums) {
                total += blockSum;
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = pickProportional(closest, blockSums, random.nextDouble() * total);
                System.arraycopy(points.values(), candidates[t] * p, candidateCentres, t * p, p);
            }
            double[] currentClosest = closest;
            RowBlocks.forEach(n, b -> {
                DistanceTile tile = tiles.borrow();
                double[] sums = new double[trials];
                for (int start = RowBlocks.start(b), end = RowBlocks.end(b, n); start < end;
                        start += DistanceTile.SIZE) {
                    fill(tile, start, Math.min(end, start + DistanceTile.SIZE));
                    tile.compute(points, candidateCentres, trials);
                    for (int t = 0; t < trials; t++) {
                        double[] into = candidateClosest[t];
                        double sum = sums[t];
                        for (int r = 0; r < tile.count(); r++) {
                            int i = tile.row(r);
                            double d = Math.min(currentClosest[i], tile.distance(t, r));
                            into[i] = d;
                            sum += d;
                        }
                        sums[t] = sum;
                    }
                }
                for (int t = 0; t < trials; t++) {
                    candidateBlockSums[t][b] = sums[t];
                }
                tiles.release(tile);
            });
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double potential = 0;
                for (double blockSum : candidateBlockSums[t]) {
                    potential += blockSum;
                }
                if (potential < bestPotential) {
                    best = t;
                    bestPotential = potential;
                }
            }
            System.arraycopy(points.values(), candidates[best] * p, centres, c * p, p);
            double[] previous = closest;
            closest = candidateClosest[best];
            candidateClosest[best] = previous;
            System.arraycopy(candidateBlockSums[best], 0, blockSums, 0, blocks);
        }
        return centres;
    }

    private static void fill(DistanceTile tile, int from, int to) {
        tile.clear();
        for (int i = from; i < to; i++) {
            tile.add(i);
        }
    }

    /**
     * The first point whose running weight exceeds {@code target} (the running weight of block b's points starts at
     * the sum of the blocks before it): a point is picked with probability proportional to its weight, and a point of
     * weight 0 (a centre already) never is. If rounding puts {@code target} at the very top, the last point with
     * weight is taken; if no point has weight, the first.
     */
    static int pickProportional(double[] weights, double[] blockSums, double target) {
        int n = weights.length;
        double before = 0;
        for (int b = 0; b < blockSums.length; b++) {
            double after = before + blockSums[b];
            if (after > target) {
                double running = 0;
                for (int i = RowBlocks.start(b), end = RowBlocks.end(b, n); i < end; i++) {
                    running += weights[i];
                    if (before + running > target) {
                        return i;
                    }
                }
            }
            before = after;
        }
        for (int i = n - 1; i > 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
