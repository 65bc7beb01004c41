package org.segmenta.clustering;

/**
 * The clusters still active during Ward clustering, each kept as its size and centroid only, and the search for the
 * nearest one by Ward's dissimilarity (Müllner, "Modern hierarchical, agglomerative clustering algorithms",
 * arXiv:1109.2378, 2011, section 3.3 and table 1):
 *
 * <pre>
 *   d²(A, B) = 2·|A|·|B| / (|A| + |B|) · ‖c_A − c_B‖²
 * </pre>
 *
 * <p>the square of SciPy's Ward height. Merging A and B leaves one cluster of size |A| + |B| at the weighted mean
 * {@code (|A|·c_A + |B|·c_B) / (|A| + |B|)}, so no distance between clusters is ever stored: memory is O(n·p).
 *
 * <p>Clusters are named by a slot, the row number of one of their customers (0 .. n − 1): a merge keeps the
 * higher-numbered slot of the two, as {@link NearestNeighbourChain} does. The centroids lie in one flat array, column
 * by column, in slot order, so a search streams through memory; a merged-away cluster is marked by a NaN centroid
 * (whose distances compare false, so it is never nearest) and squeezed out once such gaps make up an eighth of the
 * array, keeping the slot order that tie-breaking relies on.
 *
 * <p>A search compares squared dissimilarities. It first computes {@code ‖c_A − c_B‖²}, which is never above
 * d²(A, B) because the factor {@code 2|A||B|/(|A|+|B|)}, the harmonic mean of the sizes, is at least 1; only when
 * that lower bound beats the best so far is the factor (a division) computed. Long searches are split into parts
 * run by {@link SpinningWorkers}, each part scanning a contiguous range; the parts' winners are combined in range
 * order, so the result is the same as one sequential scan.
 */
final class ActiveCentroids {

    /** Below this many coordinates per part, a search is not split: a part would cost less than handing it over. */
    static final int MIN_COORDINATES_PER_PART = 8_192;
    /**
     * Parts per thread of a long search: a thread that has finished its part takes another, so a thread slowed down by
     * other programs delays the search by a small part only.
     */
    private static final int PARTS_PER_THREAD = 4;
    /** Candidates whose squared distances are summed together, column by column, when p ≥ 3 (fits in L1). */
    private static final int BLOCK = 512;

    private final int p;
    private final int capacity;
    /**
     * Coordinate j of the centroid of the cluster at position i: {@code coordinates[j·capacity + i]} (column by column,
     * so a search reads p contiguous streams); NaN once the cluster is merged away.
     */
    private final double[] coordinates;
    /** Size of the cluster at position i, as a double for the Ward factor. */
    private final double[] size;
    /** Slot of the cluster at position i; increasing in i. */
    private final int[] slotAt;
    /** Position of every slot's cluster in the arrays above, −1 once merged away. */
    private final int[] positionOf;
    /** Positions in use, merged-away ones included. */
    private int length;
    /** Clusters still active. */
    private int active;
    private final SpinningWorkers workers;

    /** The best candidate a search (or a part of it) found. */
    private record Candidate(int position, double squared) {
    }

    /** The nearest slot found by a search, and Ward's squared dissimilarity to it. */
    record Nearest(int slot, double squared) {
    }

    /**
     * Every customer as its own cluster.
     *
     * @param x the customers, one row of p values each
     * @param workers the threads that share long searches
     */
    ActiveCentroids(double[][] x, SpinningWorkers workers) {
        int n = x.length;
        this.p = x[0].length;
        this.capacity = n;
        this.coordinates = new double[Math.multiplyExact(n, p)];
        this.size = new double[n];
        this.slotAt = new int[n];
        this.positionOf = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                coordinates[j * capacity + i] = x[i][j];
            }
            size[i] = 1;
            slotAt[i] = i;
            positionOf[i] = i;
        }
        this.length = n;
        this.active = n;
        this.workers = workers;
    }

    /** @return the number of clusters still active */
    int active() {
        return active;
    }

    /** @return the lowest slot still active */
    int firstActive() {
        for (int i = 0; i < length; i++) {
            if (!merged(i)) {
                return slotAt[i];
            }
        }
        throw new IllegalStateException("no active cluster");
    }

    private boolean merged(int position) {
        return Double.isNaN(coordinates[position]);
    }

    /** @return Ward's squared dissimilarity between the clusters in two active slots */
    double squaredDissimilarity(int slotA, int slotB) {
        int a = positionOf[slotA];
        int b = positionOf[slotB];
        double squared = 0;
        for (int j = 0; j < p; j++) {
            double difference = coordinates[j * capacity + b] - coordinates[j * capacity + a];
            squared += difference * difference;
        }
        return factor(size[a], size[b]) * squared;
    }

    /**
     * The active cluster nearest to the one in slot {@code from} by Ward's dissimilarity. Ties go to {@code preferred}
     * (when given), then to the lowest slot, as in SciPy's nearest-neighbour chain.
     *
     * @param from an active slot
     * @param preferred an active slot other than {@code from} that wins ties, or −1
     * @return the nearest slot and its squared dissimilarity
     */
    Nearest nearest(int from, int preferred) {
        int x = positionOf[from];
        int tiesTo = preferred < 0 ? -1 : positionOf[preferred];
        double bound = preferred < 0 ? Double.POSITIVE_INFINITY : squaredDissimilarity(from, preferred);
        int split = workers.threads() == 1 ? 1
                : (int) Math.min(PARTS_PER_THREAD * workers.threads(), (long) length * p / MIN_COORDINATES_PER_PART);
        Candidate best = split <= 1 ? scan(x, 0, length, tiesTo, bound) : scanInParts(x, split, tiesTo, bound);
        return new Nearest(slotAt[best.position()], best.squared());
    }

    private Candidate scanInParts(int x, int split, int tiesTo, double bound) {
        Candidate[] found = new Candidate[split];
        int length = this.length;
        workers.run(split, part -> found[part] = scan(x, (int) ((long) length * part / split),
                (int) ((long) length * (part + 1) / split), tiesTo, bound));
        Candidate best = found[0];
        for (int part = 1; part < split; part++) {
            // A part only reports a candidate strictly below the bound; an earlier part wins a tie (lower slots).
            if (found[part].squared() < best.squared()) {
                best = found[part];
            }
        }
        return best;
    }

    /**
     * The position in {@code [from, to)} other than x with the smallest squared dissimilarity to x, if strictly below
     * {@code bound}; otherwise {@code (tiesTo, bound)}. The first position wins a tie.
     */
    private Candidate scan(int x, int from, int to, int tiesTo, double bound) {
        return switch (p) {
            case 1 -> scanOne(x, from, to, tiesTo, bound);
            case 2 -> scanTwo(x, from, to, tiesTo, bound);
            default -> scanBlocks(x, from, to, tiesTo, bound);
        };
    }

    /** {@link #scan} for one feature. */
    private Candidate scanOne(int x, int from, int to, int tiesTo, double bound) {
        double[] c = coordinates;
        double x0 = c[x];
        double sizeX = size[x];
        double best = bound;
        int bestPosition = tiesTo;
        for (int i = from; i < to; i++) {
            double d0 = c[i] - x0;
            double squared = d0 * d0;
            // The distance is a lower bound (the factor is ≥ 1): most candidates stop here. NaN (merged) fails too.
            if (squared < best && i != x) {
                double dissimilarity = factor(sizeX, size[i]) * squared;
                if (dissimilarity < best) {
                    best = dissimilarity;
                    bestPosition = i;
                }
            }
        }
        return new Candidate(bestPosition, best);
    }

    /** {@link #scan} for two features: the case of income × spending maps, kept free of inner loops. */
    private Candidate scanTwo(int x, int from, int to, int tiesTo, double bound) {
        double[] c = coordinates;
        int second = capacity;
        double x0 = c[x];
        double x1 = c[second + x];
        double sizeX = size[x];
        double best = bound;
        int bestPosition = tiesTo;
        for (int i = from; i < to; i++) {
            double d0 = c[i] - x0;
            double d1 = c[second + i] - x1;
            double squared = d0 * d0 + d1 * d1;
            if (squared < best && i != x) {
                double dissimilarity = factor(sizeX, size[i]) * squared;
                if (dissimilarity < best) {
                    best = dissimilarity;
                    bestPosition = i;
                }
            }
        }
        return new Candidate(bestPosition, best);
    }

    /**
     * {@link #scan} for three or more features: the squared distances of a block of candidates are summed column by
     * column over the first p − 1 columns, then the last column is added while the block is searched (the additions in
     * the same order as in {@link #squaredDissimilarity}).
     */
    private Candidate scanBlocks(int x, int from, int to, int tiesTo, double bound) {
        double[] c = coordinates;
        double[] squared = new double[BLOCK];
        int lastColumn = (p - 1) * capacity;
        double xLast = c[lastColumn + x];
        double sizeX = size[x];
        double best = bound;
        int bestPosition = tiesTo;
        for (int blockStart = from; blockStart < to; blockStart += BLOCK) {
            int count = Math.min(BLOCK, to - blockStart);
            double x0 = c[x];
            for (int i = 0; i < count; i++) {
                double difference = c[blockStart + i] - x0;
                squared[i] = difference * difference;
            }
            for (int j = 1; j < p - 1; j++) {
                int column = j * capacity;
                double xj = c[column + x];
                for (int i = 0; i < count; i++) {
                    double difference = c[column + blockStart + i] - xj;
                    squared[i] += difference * difference;
                }
            }
            for (int i = 0; i < count; i++) {
                int candidate = blockStart + i;
                double difference = c[lastColumn + candidate] - xLast;
                double distance = squared[i] + difference * difference;
                if (distance < best && candidate != x) {
                    double dissimilarity = factor(sizeX, size[candidate]) * distance;
                    if (dissimilarity < best) {
                        best = dissimilarity;
                        bestPosition = candidate;
                    }
                }
            }
        }
        return new Candidate(bestPosition, best);
    }

    /**
     * Merges the clusters in slots {@code low < high} into slot {@code high}: sizes add up, the centroid is their
     * size-weighted mean.
     */
    void merge(int low, int high) {
        int a = positionOf[low];
        int b = positionOf[high];
        double sizeA = size[a];
        double sizeB = size[b];
        double total = sizeA + sizeB;
        for (int j = 0; j < p; j++) {
            int column = j * capacity;
            coordinates[column + b] = (sizeA * coordinates[column + a] + sizeB * coordinates[column + b]) / total;
            coordinates[column + a] = Double.NaN;
        }
        size[b] = total;
        positionOf[low] = -1;
        active--;
        if (length - active > length / 8) {
            compact();
        }
    }

    /** Squeezes merged-away clusters out of the arrays, keeping the others in slot order. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < length; i++) {
            if (!merged(i)) {
                for (int j = 0; j < p; j++) {
                    coordinates[j * capacity + kept] = coordinates[j * capacity + i];
                }
                size[kept] = size[i];
                slotAt[kept] = slotAt[i];
                positionOf[slotAt[i]] = kept;
                kept++;
            }
        }
        length = kept;
    }

    /** Ward's size factor {@code 2·a·b / (a + b)}, symmetric in a and b to the last bit. */
    private static double factor(double sizeA, double sizeB) {
        return 2 * sizeA * sizeB / (sizeA + sizeB);
    }
}
