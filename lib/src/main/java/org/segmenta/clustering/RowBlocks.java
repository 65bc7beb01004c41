package org.segmenta.clustering;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Rows cut into fixed blocks of {@value #SIZE} consecutive rows, worked on in parallel. The cut depends only on the
 * number of rows, never on the number of threads; callers keep one result slot per block and combine the slots in
 * block order, so sums come out the same, bit for bit, whatever the number of threads.
 */
final class RowBlocks {

    /** Rows per block: large enough to amortise a task, small enough to balance two or more cores. */
    static final int SIZE = 4096;

    private RowBlocks() {
    }

    /** @return the number of blocks covering n rows */
    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    /** @return the first row of block b */
    static int start(int b) {
        return b * SIZE;
    }

    /** @return one past the last row of block b of n rows */
    static int end(int b, int n) {
        return Math.min(n, (b + 1) * SIZE);
    }

    /**
     * Runs {@code work} once for every block of n rows: in the calling thread when there is one block, otherwise in
     * parallel (in the fork-join pool the caller runs in, else the common pool).
     */
    static void forEach(int n, IntConsumer work) {
        int blocks = count(n);
        if (blocks == 1) {
            work.accept(0);
        } else {
            IntStream.range(0, blocks).parallel().forEach(work);
        }
    }
}
