package org.segmenta.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The plain k-means that {@link KMeans} replaced, kept verbatim as the reference the fast implementation is tested
 * against: greedy k-means++ seeding ({@link #seed}) and Lloyd's iterations ({@link #lloyd}) over {@code double[][]}
 * rows, every distance computed in full, every sum taken in row order, one thread.
 *
 * <p>Same rules as {@link KMeans}: the first centre is {@code x[random.nextInt(n)]}; each next one is the best of
 * {@code 2 + ⌊ln k⌋} candidates drawn with probability proportional to the squared distance to the nearest centre;
 * Lloyd stops when no label changes, when the centres move by at most {@code absoluteTolerance} (squared distance summed
 * over centres, followed by one last assignment), or after {@code maxIterations}; an emptied segment takes the row
 * farthest from its own centre; the reported WCSS is taken around the means of the final labels.
 */
final class ReferenceKMeans {

    /** One run of Lloyd's algorithm. */
    record Run(int[] labels, double wcss, int iterations, boolean converged) {
    }

    private ReferenceKMeans() {
    }

    /** What {@code KMeans.withK(k).restarts(restarts).seed(seed).fit(...)} did before it was made fast. */
    static Run fit(double[][] x, int k, int restarts, long seed, int maxIterations, double tolerance) {
        double absoluteTolerance = tolerance * meanVariance(x);
        SplittableRandom master = new SplittableRandom(seed);
        Run best = null;
        for (int r = 0; r < restarts; r++) {
            Run run = lloyd(x, seed(x, k, master.split()), maxIterations, absoluteTolerance);
            if (best == null || run.wcss < best.wcss) {
                best = run;
            }
        }
        return best;
    }

    /** Greedy k-means++: returns k initial centres chosen among the rows of x. */
    static double[][] seed(double[][] x, int k, SplittableRandom random) {
        int n = x.length;
        int trials = 2 + (int) Math.log(k);
        double[][] centres = new double[k][];
        centres[0] = x[random.nextInt(n)].clone();
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = Segmentation.squaredDistance(x[i], centres[0]);
        }
        double[] cumulative = new double[n];
        for (int c = 1; c < k; c++) {
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int candidate = pickProportional(cumulative, random.nextDouble() * running);
                double[] candidateClosest = new double[n];
                double candidatePotential = 0;
                for (int i = 0; i < n; i++) {
                    candidateClosest[i] = Math.min(closest[i], Segmentation.squaredDistance(x[i], x[candidate]));
                    candidatePotential += candidateClosest[i];
                }
                if (candidatePotential < bestPotential) {
                    bestCandidate = candidate;
                    bestPotential = candidatePotential;
                    bestClosest = candidateClosest;
                }
            }
            centres[c] = x[bestCandidate].clone();
            closest = bestClosest;
        }
        return centres;
    }

    private static int pickProportional(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        while (low > 0 && cumulative[low] == cumulative[low - 1]) {
            low--;
        }
        return low;
    }

    /** Lloyd's iterations from the given centres (not modified). */
    static Run lloyd(double[][] x, double[][] initialCentres, int maxIterations, double absoluteTolerance) {
        int n = x.length;
        int k = initialCentres.length;
        double[][] centres = initialCentres;
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            boolean changed = assign(x, centres, labels);
            if (!changed) {
                converged = true;
                break;
            }
            double[][] updated = means(x, labels, centres);
            double shift = 0;
            for (int s = 0; s < k; s++) {
                shift += Segmentation.squaredDistance(centres[s], updated[s]);
            }
            centres = updated;
            if (shift <= absoluteTolerance) {
                assign(x, centres, labels);
                converged = true;
                break;
            }
        }
        double wcss = 0;
        double[][] finalMeans = means(x, labels, centres);
        for (int i = 0; i < n; i++) {
            wcss += Segmentation.squaredDistance(x[i], finalMeans[labels[i]]);
        }
        return new Run(labels, wcss, iteration, converged);
    }

    private static boolean assign(double[][] x, double[][] centres, int[] labels) {
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int s = 0; s < centres.length; s++) {
                double d = Segmentation.squaredDistance(x[i], centres[s]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private static double[][] means(double[][] x, int[] labels, double[][] previous) {
        int k = previous.length;
        int p = x[0].length;
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < p; j++) {
                sums[labels[i]][j] += x[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            if (counts[s] == 0) {
                int farthest = -1;
                double farthestDistance = -1;
                for (int i = 0; i < x.length; i++) {
                    if (counts[labels[i]] > 1) {
                        double d = Segmentation.squaredDistance(x[i], previous[labels[i]]);
                        if (d > farthestDistance) {
                            farthestDistance = d;
                            farthest = i;
                        }
                    }
                }
                int from = labels[farthest];
                counts[from]--;
                for (int j = 0; j < p; j++) {
                    sums[from][j] -= x[farthest][j];
                    sums[s][j] = x[farthest][j];
                }
                counts[s] = 1;
                labels[farthest] = s;
            }
        }
        double[][] means = new double[k][p];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                means[s][j] = sums[s][j] / counts[s];
            }
        }
        return means;
    }

    static double meanVariance(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double total = 0;
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double sumSquares = 0;
            for (double[] row : x) {
                sumSquares += (row[j] - mean) * (row[j] - mean);
            }
            total += sumSquares / n;
        }
        return total / p;
    }
}
