package org.segmenta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;

/**
 * Measures the machine's memory read bandwidth with a simple streaming read in Java: every available thread sums its
 * own contiguous slice of a {@value #MEGABYTES} MB {@code double[]} (far larger than any cache), with eight independent
 * running sums so that the additions keep up with memory. The best of {@value #PASSES} passes counts:
 * {@code bandwidth = bytes read / seconds}.
 *
 * <p>A Lloyd iteration must read every value of the data at least once, so {@code rows × columns × 8 / bandwidth} is a
 * lower bound on its time: the "bandwidth bound" that the benchmark compares each tool's time per iteration with.
 */
public final class MemoryBandwidth {

    /** Size of the array streamed. */
    static final int MEGABYTES = 512;
    /** Passes over it; the fastest counts. */
    static final int PASSES = 8;

    private MemoryBandwidth() {
    }

    /**
     * Prints the bandwidth, in bytes per second, as the {@code quality} of a {@link ChildReport}.
     *
     * @param args none
     */
    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        double bytesPerSecond = measure(threads);
        new ChildReport("streaming read, " + threads + " thread" + (threads == 1 ? "" : "s"), null,
                OptionalInt.empty(), OptionalDouble.of(bytesPerSecond), new double[0], new int[0], List.of())
                .lines().forEach(System.out::println);
    }

    /** @return the best streaming read rate over {@value #PASSES} passes with {@code threads} threads, bytes/s */
    static double measure(int threads) throws Exception {
        double[] data = new double[MEGABYTES * (1 << 20) / 8];
        for (int i = 0; i < data.length; i++) {
            data[i] = i & 1023;
        }
        double best = Double.POSITIVE_INFINITY;
        double checksum = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            double[] sums = new double[threads];
            CyclicBarrier start = new CyclicBarrier(threads + 1);
            List<Thread> workers = new ArrayList<>();
            int slice = data.length / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * slice;
                int to = t == threads - 1 ? data.length : from + slice;
                int index = t;
                Thread worker = new Thread(() -> {
                    await(start);
                    sums[index] = sum(data, from, to);
                });
                worker.start();
                workers.add(worker);
            }
            start.await();
            long began = System.nanoTime();
            for (Thread worker : workers) {
                worker.join();
            }
            best = Math.min(best, (System.nanoTime() - began) / 1e9);
            for (double s : sums) {
                checksum += s;
            }
        }
        if (checksum < 0) {
            // Never true; using the sums keeps the JIT from removing the reads.
            throw new IllegalStateException("negative checksum " + checksum);
        }
        return 8.0 * data.length / best;
    }

    private static double sum(double[] data, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            s0 += data[i];
            s1 += data[i + 1];
            s2 += data[i + 2];
            s3 += data[i + 3];
            s4 += data[i + 4];
            s5 += data[i + 5];
            s6 += data[i + 6];
            s7 += data[i + 7];
        }
        for (; i < to; i++) {
            s0 += data[i];
        }
        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException("bandwidth threads could not start together", e);
        }
    }
}
