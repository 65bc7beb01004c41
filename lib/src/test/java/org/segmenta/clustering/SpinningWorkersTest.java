package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The caller-and-helpers runner behind Ward's parallel nearest-neighbour searches. */
class SpinningWorkersTest {

    /** Busy work of about {@code n} multiply-adds, so that parts take some time. */
    private static double work(int n) {
        double x = 1;
        for (int i = 0; i < n; i++) {
            x = x * 0.999_999 + 1e-7;
        }
        return x;
    }

    @Test
    void everyPartOfEveryJobRunsAndTheCallerSeesItsResult() {
        try (SpinningWorkers workers = new SpinningWorkers(3)) {
            for (int job = 0; job < 2_000; job++) {
                long[] results = new long[16];
                int current = job;

                workers.run(results.length, part -> results[part] = (long) current * 100 + part);

                long[] expected = new long[16];
                for (int part = 0; part < 16; part++) {
                    expected[part] = (long) job * 100 + part;
                }
                assertArrayEquals(expected, results, "job " + job);
            }
        }
    }

    @Test
    void aSingleThreadRunsEveryPartInTheCaller() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (SpinningWorkers workers = new SpinningWorkers(1)) {
            workers.run(8, part -> threads.add(Thread.currentThread()));
        }

        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void helpersTakeParts() {
        // With 64 parts of busy work, an idle spinning helper claims some of them.
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (SpinningWorkers workers = new SpinningWorkers(2)) {
            for (int job = 0; job < 200 && threads.size() < 2; job++) {
                workers.run(64, part -> {
                    work(20_000);
                    threads.add(Thread.currentThread());
                });
            }
        }

        assertEquals(2, threads.size());
    }

    @Test
    void aHelperThatStallsDoesNotStallTheJob() {
        // Any part a helper takes sleeps for 1 s; the caller re-runs it after about twice its own part time.
        Thread caller = Thread.currentThread();
        AtomicBoolean helperStalled = new AtomicBoolean();
        double[] results = new double[64];
        long start;
        long elapsed;
        try (SpinningWorkers workers = new SpinningWorkers(2)) {
            start = System.nanoTime();
            workers.run(results.length, part -> {
                if (Thread.currentThread() != caller) {
                    helperStalled.set(true);
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                results[part] = work(20_000) + part;
            });
            elapsed = System.nanoTime() - start;
            for (int part = 0; part < results.length; part++) {
                assertEquals(work(20_000) + part, results[part], "part " + part);
            }
        }

        assertTrue(helperStalled.get(), "no part went to the helper: the test did not test anything");
        assertTrue(elapsed < 500_000_000L, "the job waited " + elapsed / 1e9 + " s for a stalled helper");
    }

    @Test
    void aFailingPartIsReportedToTheCaller() {
        RuntimeException failure = new RuntimeException("part 5 failed");
        try (SpinningWorkers workers = new SpinningWorkers(2)) {
            IllegalStateException error = assertThrows(IllegalStateException.class, () -> workers.run(8, part -> {
                if (part == 5) {
                    throw failure;
                }
            }));

            assertSame(failure, error.getCause());
        }
    }

    @Test
    void closingStopsTheHelperThreads() {
        new SpinningWorkers(3).close();

        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("segmenta-worker-") && thread.isAlive()));
    }
}
