package org.segmenta.clustering;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * Lloyd's k-means iterations that skip most distance computations with Hamerly's bounds (G. Hamerly, "Making k-means
 * even faster", SIAM International Conference on Data Mining, 2010), and give the labels of the plain algorithm.
 *
 * <p>Each step assigns every point to its nearest centre (ties: the lowest index), then moves every centre to the mean
 * of its points; a segment left empty takes the point farthest from its own centre (the first such point). The run
 * stops when no label changes; when the centres move by at most {@code absoluteTolerance} in all (squared distances
 * summed over centres), after one last assignment; or after {@code maxIterations} steps. This is exactly the plain
 * algorithm's control flow, so the iteration counts agree too.
 *
 * <p><b>Bounds.</b> For point i with label a, Hamerly keeps an upper bound {@code u_i ≥ ‖x_i − c_a‖} and a lower
 * bound {@code l_i ≤ min_{s≠a} ‖x_i − c_s‖}. When centre s moves by {@code δ_s}, {@code u_i} grows by {@code δ_a} and
 * {@code l_i} shrinks by the largest {@code δ_s, s ≠ a} (triangle inequality). If {@code u_i < max(l_i, m_a)}, where
 * {@code m_a} is half the distance from {@code c_a} to the nearest other centre, no other centre can be nearer and
 * the point keeps its label without any distance being computed; otherwise all k distances are computed
 * ({@link DistanceTile}) and the bounds reset to the nearest and second nearest distances. Once centres settle, most
 * points are skipped.
 *
 * <p><b>Same labels as the plain algorithm.</b> The plain algorithm compares rounded squared distances. Here every
 * bound is kept on the safe side of its rounding errors (upper bounds rounded up, lower bounds down, by a relative
 * {@code κ = (p + 8)·2⁻⁵²}), and a point is skipped only when its bounds are apart by more than the largest rounding
 * error of a squared distance; a point near a tie is always measured. Measured distances are the plain loop's, bit for
 * bit, so a point gets the label the plain algorithm would give it for the same centres.
 *
 * <p><b>Sums.</b> Centres are kept as per-segment sums updated by the points whose label changed, the changes of each
 * fixed {@link RowBlocks block} of rows summed in row order and the blocks added in block order: deterministic
 * whatever the number of threads, equal to the plain algorithm's fresh sums up to rounding (relative ~1e-16). Blocks
 * are worked on in parallel.
 */
final class HamerlyLloyd {

    private final RowMajorPoints points;
    private final int n;
    private final int p;
    private final int k;
    private final int maxIterations;
    private final double absoluteTolerance;
    /** Relative margin covering the rounding of a squared distance, a square root and a bound update. */
    private final double kappa;
    private final DistanceTiles tiles;

    private final int[] labels;
    private final double[] upper;
    private final double[] lower;
    private double[] centres;
    private final double[] sums;
    private final int[] counts;
    /** Per centre a: a point of segment a whose upper bound is below this keeps its label (half gap, shrunk). */
    private final double[] skipBelow;
    /** Per centre a: how much the upper bounds of segment a's points grow (its centre's last movement). */
    private final double[] growth;
    /** Per centre a: how much the lower bounds of segment a's points shrink (the largest movement of the others). */
    private final double[] drop;

    private final double[][] blockSums;
    private final int[][] blockCounts;
    private final boolean[] blockChanged;
    private final ConcurrentLinkedQueue<int[]> spareCandidates = new ConcurrentLinkedQueue<>();

    private HamerlyLloyd(RowMajorPoints points, double[] initialCentres, int maxIterations, double absoluteTolerance) {
        this.points = points;
        this.n = points.rows();
        this.p = points.columns();
        this.k = initialCentres.length / p;
        this.maxIterations = maxIterations;
        this.absoluteTolerance = absoluteTolerance;
        this.kappa = (p + 8) * 0x1p-52;
        this.tiles = new DistanceTiles(p, k);
        this.labels = new int[n];
        Arrays.fill(labels, -1);
        this.upper = new double[n];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        this.lower = new double[n];
        this.centres = initialCentres.clone();
        this.sums = new double[k * p];
        this.counts = new int[k];
        this.skipBelow = new double[k];
        this.growth = new double[k];
        this.drop = new double[k];
        int blocks = RowBlocks.count(n);
        this.blockSums = new double[blocks][k * p];
        this.blockCounts = new int[blocks][k];
        this.blockChanged = new boolean[blocks];
    }

    /**
     * Runs Lloyd's algorithm from the given centres.
     *
     * @param points the data
     * @param initialCentres k centres, row-major (not modified)
     * @param maxIterations the most assignment steps, at least 1
     * @param absoluteTolerance stop when the centres move by at most this (squared distances summed over centres)
     * @return the labels, WCSS, number of iterations and whether the run converged
     */
    static LloydRun run(RowMajorPoints points, double[] initialCentres, int maxIterations, double absoluteTolerance) {
        return run(points, initialCentres, maxIterations, absoluteTolerance, () -> false);
    }

    /**
     * Runs Lloyd's algorithm from the given centres, looking before every iteration whether to stop.
     *
     * @param stop asked once per iteration (never inside one): true abandons the run
     * @return the run as {@link #run(RowMajorPoints, double[], int, double)} gives it, or {@code null} if {@code stop}
     *     said to stop
     */
    static LloydRun run(RowMajorPoints points, double[] initialCentres, int maxIterations, double absoluteTolerance,
                        BooleanSupplier stop) {
        return new HamerlyLloyd(points, initialCentres, maxIterations, absoluteTolerance).iterate(stop);
    }

    private LloydRun iterate(BooleanSupplier stop) {
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            if (stop.getAsBoolean()) {
                return null;
            }
            iteration++;
            if (!assign()) {
                converged = true;
                break;
            }
            double[] updated = means();
            double shift = move(updated);
            if (shift <= absoluteTolerance) {
                assign();
                converged = true;
                break;
            }
        }
        means();
        return new LloydRun(labels, wcss(freshMeans()), iteration, converged);
    }

    /** Assigns every point to its nearest centre; returns whether any label changed. */
    private boolean assign() {
        halfGaps();
        RowBlocks.forEach(n, this::assignBlock);
        boolean changed = false;
        for (int b = 0; b < blockChanged.length; b++) {
            if (blockChanged[b]) {
                changed = true;
                double[] blockSum = blockSums[b];
                for (int q = 0; q < sums.length; q++) {
                    sums[q] += blockSum[q];
                }
                int[] blockCount = blockCounts[b];
                for (int s = 0; s < k; s++) {
                    counts[s] += blockCount[s];
                }
            }
        }
        Arrays.fill(growth, 0);
        Arrays.fill(drop, 0);
        return changed;
    }

    /**
     * Half the distance from each centre to its nearest other centre, rounded down and shrunk by the comparison's
     * margin ({@code +∞} when k = 1).
     */
    private void halfGaps() {
        Arrays.fill(skipBelow, Double.POSITIVE_INFINITY);
        for (int s = 0; s < k; s++) {
            for (int t = s + 1; t < k; t++) {
                double gap = 0.5 * Math.sqrt(squaredDistance(centres, s, centres, t)) * (1 - kappa);
                skipBelow[s] = Math.min(skipBelow[s], gap);
                skipBelow[t] = Math.min(skipBelow[t], gap);
            }
        }
        double shrink = 1 - 2 * kappa;
        for (int s = 0; s < k; s++) {
            skipBelow[s] *= shrink;
        }
    }

    private void assignBlock(int b) {
        double[] blockSum = blockSums[b];
        int[] blockCount = blockCounts[b];
        Arrays.fill(blockSum, 0);
        Arrays.fill(blockCount, 0);
        int[] labels = this.labels;
        double[] upper = this.upper;
        double[] lower = this.lower;
        double[] growth = this.growth;
        double[] drop = this.drop;
        double[] skipBelow = this.skipBelow;
        double shrink = 1 - 2 * kappa;
        int[] candidates = borrowCandidates();
        int count = 0;
        int start = RowBlocks.start(b);
        int end = RowBlocks.end(b, n);
        if (labels[start] < 0) {
            // The first assignment: no bounds yet, every point is measured.
            for (int i = start; i < end; i++) {
                candidates[count++] = i;
            }
        } else {
            // First the bounds of the whole block, in one tight loop without calls or unpredictable branches; then
            // the points left over are measured a tile at a time.
            for (int i = start; i < end; i++) {
                int a = labels[i];
                // Move the bounds with the centres, rounding outwards: u grows by δ_a, l shrinks by max δ_s (s ≠ a).
                double up = (upper[i] + growth[a]) * (1 + 0x1p-51);
                double lo = lower[i] - drop[a];
                lo -= Math.abs(lo) * 0x1p-51;
                upper[i] = up;
                lower[i] = lo;
                candidates[count] = i;
                count += up < Math.max(lo * shrink, skipBelow[a]) ? 0 : 1;
            }
        }
        boolean changed = false;
        DistanceTile tile = tiles.borrow();
        for (int from = 0; from < count; from += DistanceTile.SIZE) {
            tile.clear();
            for (int q = from, to = Math.min(count, from + DistanceTile.SIZE); q < to; q++) {
                tile.add(candidates[q]);
            }
            changed |= settle(tile, blockSum, blockCount);
        }
        tiles.release(tile);
        spareCandidates.offer(candidates);
        blockChanged[b] = changed;
    }

    /** @return scratch space for the rows of one block that must be measured (one array per working thread) */
    private int[] borrowCandidates() {
        int[] candidates = spareCandidates.poll();
        return candidates != null ? candidates : new int[RowBlocks.SIZE];
    }

    /** Measures the tile's points against every centre, relabels them and resets their bounds. */
    private boolean settle(DistanceTile tile, double[] blockSum, int[] blockCount) {
        tile.compute(points, centres, k);
        tile.findNearest(k);
        double[] x = points.values();
        boolean changed = false;
        for (int r = 0; r < tile.count(); r++) {
            int i = tile.row(r);
            int s = tile.nearest(r);
            upper[i] = tile.nearestRoot(r) * (1 + kappa);
            lower[i] = tile.secondRoot(r) * (1 - kappa);
            int a = labels[i];
            if (s != a) {
                changed = true;
                labels[i] = s;
                int xo = i * p;
                if (a >= 0) {
                    int ao = a * p;
                    for (int j = 0; j < p; j++) {
                        blockSum[ao + j] -= x[xo + j];
                    }
                    blockCount[a]--;
                }
                int so = s * p;
                for (int j = 0; j < p; j++) {
                    blockSum[so + j] += x[xo + j];
                }
                blockCount[s]++;
            }
        }
        return changed;
    }

    /**
     * The mean of each segment's points. A segment left empty first takes the point farthest from its own centre
     * (among segments of more than one point; the first such point), which moves to the empty segment, exactly as the
     * plain algorithm does.
     */
    private double[] means() {
        for (int s = 0; s < k; s++) {
            if (counts[s] == 0) {
                refill(s);
            }
        }
        double[] means = new double[k * p];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                means[s * p + j] = sums[s * p + j] / counts[s];
            }
        }
        return means;
    }

    private void refill(int empty) {
        int farthest = -1;
        double farthestDistance = -1;
        for (int i = 0; i < n; i++) {
            if (counts[labels[i]] > 1) {
                double d = points.squaredDistance(i, centres, labels[i]);
                if (d > farthestDistance) {
                    farthestDistance = d;
                    farthest = i;
                }
            }
        }
        double[] x = points.values();
        int from = labels[farthest];
        counts[from]--;
        for (int j = 0; j < p; j++) {
            sums[from * p + j] -= x[farthest * p + j];
            sums[empty * p + j] = x[farthest * p + j];
        }
        counts[empty] = 1;
        labels[farthest] = empty;
        upper[farthest] = Double.POSITIVE_INFINITY;
        lower[farthest] = 0;
    }

    /** Moves the centres to {@code updated}; returns the shift Σ_s ‖c_s − c'_s‖² and records each movement. */
    private double move(double[] updated) {
        double shift = 0;
        int fastest = -1;
        double largest = 0;
        double secondLargest = 0;
        for (int s = 0; s < k; s++) {
            double squared = squaredDistance(centres, s, updated, s);
            shift += squared;
            double moved = Math.sqrt(squared) * (1 + kappa);
            growth[s] = moved;
            if (moved > largest) {
                secondLargest = largest;
                largest = moved;
                fastest = s;
            } else if (moved > secondLargest) {
                secondLargest = moved;
            }
        }
        for (int s = 0; s < k; s++) {
            drop[s] = s == fastest ? secondLargest : largest;
        }
        centres = updated;
        return shift;
    }

    /**
     * The segment means summed afresh from the labels (per block in row order, blocks in order), so that two runs
     * ending in the same partition report exactly the same WCSS, whatever path their running sums took; the restart
     * kept is then the first of equals, as in the plain algorithm.
     */
    private double[] freshMeans() {
        RowBlocks.forEach(n, b -> {
            double[] blockSum = blockSums[b];
            Arrays.fill(blockSum, 0);
            double[] x = points.values();
            for (int i = RowBlocks.start(b), end = RowBlocks.end(b, n); i < end; i++) {
                int so = labels[i] * p;
                int xo = i * p;
                for (int j = 0; j < p; j++) {
                    blockSum[so + j] += x[xo + j];
                }
            }
        });
        double[] means = new double[k * p];
        for (double[] blockSum : blockSums) {
            for (int q = 0; q < means.length; q++) {
                means[q] += blockSum[q];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                means[s * p + j] /= counts[s];
            }
        }
        return means;
    }

    private double wcss(double[] means) {
        double[] blockWcss = new double[RowBlocks.count(n)];
        RowBlocks.forEach(n, b -> {
            double sum = 0;
            for (int i = RowBlocks.start(b), end = RowBlocks.end(b, n); i < end; i++) {
                sum += points.squaredDistance(i, means, labels[i]);
            }
            blockWcss[b] = sum;
        });
        double total = 0;
        for (double sum : blockWcss) {
            total += sum;
        }
        return total;
    }

    private double squaredDistance(double[] a, int s, double[] b, int t) {
        double sum = 0;
        for (int j = 0; j < p; j++) {
            double d = a[s * p + j] - b[t * p + j];
            sum += d * d;
        }
        return sum;
    }
}
