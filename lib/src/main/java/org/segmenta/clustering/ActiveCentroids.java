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
 * higher-numbered slot of the two, as {@link NearestNeighbourChain} does. The nearest cluster is the one with the
 * smallest dissimilarity; among equals, the preferred one (the previous link of the chain), then the lowest slot, as
 * in SciPy, whatever order the search visits them in.
 *
 * <p>Centroids lie in one flat array, in a {@link SpatialOrder} of the customers, so that each run of {@value #BOX}
 * positions holds clusters close together, and its coordinates are one stretch of memory, column by column. Each run,
 * and each region of {@value #BOXES_PER_REGION} runs, keeps a bounding box and a lower bound of its sizes
 * ({@link CentroidBoxes}), from which a lower bound of the dissimilarity to any of its clusters follows: a search skips
 * every region, then every run, whose bound is above the best found so far (the searching cluster's own run is
 * searched first, for a small best early). Within a run, Ward's factor (a division) is computed only for clusters that
 * pass a prefilter with the division multiplied out ({@link #withSlack}). Bounds and prefilter never drop a cluster
 * that the exact comparison would keep, so a search returns what a scan of every cluster would. For customers in a few
 * dimensions it looks at a few hundred clusters instead of all; from about 10 dimensions on, boxes rarely exclude
 * anything and checking them is extra work beside a plain scan.
 *
 * <p>A merged-away cluster is marked by a NaN centroid (whose comparisons are all false, so it is never nearest) and
 * squeezed out once such gaps make up an eighth of the array; then the boxes are recomputed. Between squeezes a box
 * only grows, when a merged centroid moves out of it.
 *
 * <p>Not thread-safe: one clustering, in one thread.
 */
final class ActiveCentroids {

    /**
     * Positions per box (a power of two): small enough for tight boxes, large enough that checking a box is cheap beside
     * scanning it.
     */
    static final int BOX = 128;
    /** Boxes per region, the coarser level of boxes checked first. */
    static final int BOXES_PER_REGION = 8;

    private final int p;
    /**
     * The centroids in tiles of {@value #BOX} positions: coordinate j of the centroid at position i is at
     * {@link #index index(i, j, p)}, so the coordinates of a box are one contiguous stretch of memory, column by column
     * within it; NaN once the cluster is merged away.
     */
    private final double[] coordinates;
    /** Size of the cluster at position i, as a double for the Ward factor. */
    private final double[] size;
    /** Slot of the cluster at position i. */
    private final int[] slotAt;
    /** Position of every slot's cluster in the arrays above, −1 once merged away. */
    private final int[] positionOf;
    /** Boxes over runs of {@value #BOX} positions, and over runs of {@value #BOXES_PER_REGION} such boxes. */
    private final CentroidBoxes boxes;
    private final CentroidBoxes regions;
    /** Room for the squared distances of one box's clusters during a search, when p ≥ 3. */
    private final double[] boxSquares = new double[BOX];
    /** Positions in use, merged-away ones included. */
    private int length;
    /** Clusters still active. */
    private int active;
    /** No slot below this one is active. */
    private int lowestSlot;

    /** The nearest slot found by a search, and Ward's squared dissimilarity to it. */
    record Nearest(int slot, double squared) {
    }

    /**
     * Every customer as its own cluster.
     *
     * @param x the customers, one row of p values each
     */
    ActiveCentroids(double[][] x) {
        int n = x.length;
        this.p = x[0].length;
        this.coordinates = new double[Math.multiplyExact((n + BOX - 1) / BOX * BOX, p)];
        this.size = new double[n];
        this.slotAt = SpatialOrder.of(x, BOX);
        this.positionOf = new int[n];
        for (int i = 0; i < n; i++) {
            int slot = slotAt[i];
            for (int j = 0; j < p; j++) {
                coordinates[index(i, j, p)] = x[slot][j];
            }
            size[i] = 1;
            positionOf[slot] = i;
        }
        this.boxes = new CentroidBoxes(coordinates, n, p, BOX);
        this.regions = new CentroidBoxes(coordinates, n, p, BOX * BOXES_PER_REGION);
        this.length = n;
        this.active = n;
        computeBoxes();
    }

    /** @return the number of clusters still active */
    int active() {
        return active;
    }

    /** @return the lowest slot still active */
    int firstActive() {
        while (positionOf[lowestSlot] < 0) {
            lowestSlot++;
        }
        return lowestSlot;
    }

    private boolean merged(int position) {
        return Double.isNaN(coordinates[index(position, 0, p)]);
    }

    /** @return Ward's squared dissimilarity between the clusters in two active slots */
    double squaredDissimilarity(int slotA, int slotB) {
        int a = positionOf[slotA];
        int b = positionOf[slotB];
        double squared = 0;
        for (int j = 0; j < p; j++) {
            double difference = coordinates[index(b, j, p)] - coordinates[index(a, j, p)];
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
        Search search = new Search(x, size[x], preferred < 0 ? -1 : positionOf[preferred],
                preferred < 0 ? Double.POSITIVE_INFINITY : squaredDissimilarity(from, preferred));
        // The clusters in x's own box first: the nearest is often among them, and a small best skips more boxes.
        int ownBox = x / BOX;
        scanBox(search, ownBox * BOX, Math.min(length, ownBox * BOX + BOX));
        int boxCount = (length + BOX - 1) / BOX;
        int regionCount = (boxCount + BOXES_PER_REGION - 1) / BOXES_PER_REGION;
        for (int region = 0; region < regionCount; region++) {
            if (regions.outOfReach(x, region, search.sizeX, search.best)) {
                continue;
            }
            int lastBox = Math.min(boxCount, (region + 1) * BOXES_PER_REGION);
            for (int box = region * BOXES_PER_REGION; box < lastBox; box++) {
                if (box != ownBox && !boxes.outOfReach(x, box, search.sizeX, search.best)) {
                    scanBox(search, box * BOX, Math.min(length, box * BOX + BOX));
                }
            }
        }
        return new Nearest(slotAt[search.bestPosition], search.best);
    }

    /** A search in progress: from the cluster at position x, the best candidate so far. */
    private static final class Search {
        private final int x;
        private final double sizeX;
        private final int tiesTo;
        private double best;
        private int bestPosition;

        private Search(int x, double sizeX, int tiesTo, double bound) {
            this.x = x;
            this.sizeX = sizeX;
            this.tiesTo = tiesTo;
            this.best = bound;
            this.bestPosition = tiesTo;
        }
    }

    /** Compares the clusters at positions [start, end) with the best so far. */
    private void scanBox(Search search, int start, int end) {
        switch (p) {
            case 1 -> scanOne(search, start, end);
            case 2 -> scanTwo(search, start, end);
            default -> scanMany(search, start, end);
        }
    }

    /** Compares the clusters at positions [start, end) of one box with the best so far, for one feature. */
    private void scanOne(Search search, int start, int end) {
        double[] c = coordinates;
        int tile = start * p;
        double x0 = c[index(search.x, 0, p)];
        double best = search.best;
        int bestPosition = search.bestPosition;
        double twiceSizeX = 2 * search.sizeX;
        double reach = withSlack(best);
        for (int k = 0; k < end - start; k++) {
            int i = start + k;
            double d0 = c[tile + k] - x0;
            double squared = d0 * d0;
            if (twiceSizeX * size[i] * squared <= reach * (search.sizeX + size[i]) && i != search.x) {
                double dissimilarity = factor(search.sizeX, size[i]) * squared;
                if (dissimilarity < best || (dissimilarity == best && beatsTie(i, bestPosition, search.tiesTo))) {
                    best = dissimilarity;
                    bestPosition = i;
                    reach = withSlack(best);
                }
            }
        }
        search.best = best;
        search.bestPosition = bestPosition;
    }

    /**
     * Compares the clusters at positions [start, end) of one box with the best so far, for two features (no inner
     * loop).
     */
    private void scanTwo(Search search, int start, int end) {
        double[] c = coordinates;
        int tile = start * 2;
        double x0 = c[index(search.x, 0, 2)];
        double x1 = c[index(search.x, 1, 2)];
        double best = search.best;
        int bestPosition = search.bestPosition;
        double twiceSizeX = 2 * search.sizeX;
        double reach = withSlack(best);
        for (int k = 0; k < end - start; k++) {
            int i = start + k;
            double d0 = c[tile + k] - x0;
            double d1 = c[tile + BOX + k] - x1;
            double squared = d0 * d0 + d1 * d1;
            if (twiceSizeX * size[i] * squared <= reach * (search.sizeX + size[i]) && i != search.x) {
                double dissimilarity = factor(search.sizeX, size[i]) * squared;
                if (dissimilarity < best || (dissimilarity == best && beatsTie(i, bestPosition, search.tiesTo))) {
                    best = dissimilarity;
                    bestPosition = i;
                    reach = withSlack(best);
                }
            }
        }
        search.best = best;
        search.bestPosition = bestPosition;
    }

    /**
     * Compares the clusters at positions [start, end) of one box with the best so far, for three or more features:
     * their squared distances are summed column by column over the first p − 1 columns into {@code squared}, then the
     * last column is added while they are compared (the additions in the same order as in
     * {@link #squaredDissimilarity}).
     */
    private void scanMany(Search search, int start, int end) {
        double[] squared = boxSquares;
        double[] c = coordinates;
        int x = search.x;
        int count = end - start;
        int tile = start * p;
        double x0 = c[index(x, 0, p)];
        for (int k = 0; k < count; k++) {
            double difference = c[tile + k] - x0;
            squared[k] = difference * difference;
        }
        for (int j = 1; j < p - 1; j++) {
            int column = tile + j * BOX;
            double xj = c[index(x, j, p)];
            for (int k = 0; k < count; k++) {
                double difference = c[column + k] - xj;
                squared[k] += difference * difference;
            }
        }
        int lastColumn = tile + (p - 1) * BOX;
        double xLast = c[index(x, p - 1, p)];
        double best = search.best;
        int bestPosition = search.bestPosition;
        double twiceSizeX = 2 * search.sizeX;
        double reach = withSlack(best);
        for (int k = 0; k < count; k++) {
            int i = start + k;
            double difference = c[lastColumn + k] - xLast;
            double distance = squared[k] + difference * difference;
            if (twiceSizeX * size[i] * distance <= reach * (search.sizeX + size[i]) && i != x) {
                double dissimilarity = factor(search.sizeX, size[i]) * distance;
                if (dissimilarity < best || (dissimilarity == best && beatsTie(i, bestPosition, search.tiesTo))) {
                    best = dissimilarity;
                    bestPosition = i;
                    reach = withSlack(best);
                }
            }
        }
        search.best = best;
        search.bestPosition = bestPosition;
    }

    /**
     * The prefilter of the scans: a candidate of size s at squared distance q can only reach {@code best} if
     * {@code 2·|X|·s·q ≤ best·(|X| + s)}, Ward's dissimilarity with the division multiplied out. Computed that way its
     * roundings differ from the dissimilarity's, by at most a few units in the last place; the slack of 2⁻⁴⁰ relative
     * added here covers them many times over, so the prefilter never drops a candidate the exact comparison would
     * keep, and the division is done only for the few that pass.
     */
    private static double withSlack(double best) {
        return best * (1 + 0x1p-40);
    }

    /**
     * @return whether the cluster at position i, as dissimilar as the best so far, wins the tie: the preferred cluster
     *     keeps it, otherwise the lower slot wins
     */
    private boolean beatsTie(int i, int bestPosition, int tiesTo) {
        return bestPosition != tiesTo && slotAt[i] < slotAt[bestPosition];
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
            int atA = index(a, j, p);
            int atB = index(b, j, p);
            coordinates[atB] = (sizeA * coordinates[atA] + sizeB * coordinates[atB]) / total;
            coordinates[atA] = Double.NaN;
        }
        size[b] = total;
        boxes.include(b);
        regions.include(b);
        positionOf[low] = -1;
        active--;
        if (length - active > length / 8) {
            compact();
        }
    }

    /** Squeezes merged-away clusters out of the arrays, keeping the others in order, and recomputes the boxes. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < length; i++) {
            if (!merged(i)) {
                for (int j = 0; j < p; j++) {
                    coordinates[index(kept, j, p)] = coordinates[index(i, j, p)];
                }
                size[kept] = size[i];
                slotAt[kept] = slotAt[i];
                positionOf[slotAt[i]] = kept;
                kept++;
            }
        }
        length = kept;
        computeBoxes();
    }

    private void computeBoxes() {
        boxes.recompute(size, length);
        regions.recompute(size, length);
    }

    /**
     * @return where coordinate j of the centroid at position i lies in the array of centroids with p coordinates:
     *     positions in tiles of {@value #BOX}, each tile column by column
     */
    static int index(int position, int j, int p) {
        return (position & -BOX) * p + j * BOX + (position & (BOX - 1));
    }

    /** Ward's size factor {@code 2·a·b / (a + b)}, symmetric in a and b to the last bit, growing with either. */
    static double factor(double sizeA, double sizeB) {
        return 2 * sizeA * sizeB / (sizeA + sizeB);
    }
}
