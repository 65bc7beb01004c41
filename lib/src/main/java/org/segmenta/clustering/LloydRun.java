package org.segmenta.clustering;

/**
 * The outcome of one run of Lloyd's algorithm from one set of initial centres.
 *
 * @param labels the segment {@code 0 .. k-1} of every point (not copied)
 * @param wcss the within-cluster sum of squares around the means of these labels
 * @param iterations the number of assignment steps taken (the final one after a small shift included)
 * @param converged whether the run stopped because labels or centres stopped changing, not at the iteration cap
 */
record LloydRun(int[] labels, double wcss, int iterations, boolean converged) {
}
