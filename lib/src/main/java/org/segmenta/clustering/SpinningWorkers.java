package org.segmenta.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the parts of short jobs handed over many times a second, such as one nearest-neighbour search (tens of
 * microseconds, a few hundred thousand times per clustering), on the calling thread and helper threads together.
 *
 * <p>Three things make this cheaper than a fork-join pool for such jobs, where the hand-over would cost more than the
 * part it hands over (measured on the 2-core machine: with the common pool, Ward on 100,000 customers took 17 s
 * instead of 10 s on one thread). Between jobs the helpers spin for a while before they sleep, so a hand-over costs
 * about a microsecond instead of the tens of microseconds of waking a sleeping thread. Parts are claimed, not
 * assigned: the caller works through them too and runs every part no helper has taken. And the caller never waits
 * long for a helper that the operating system has descheduled (other programs share the cores): a part still
 * unfinished when the caller has been idle for twice the time one of its own parts took is run again by the caller.
 * When the helpers keep getting no time on the cores, the caller stops handing parts over for a while.
 *
 * <p>So a part may run twice, and a late helper may still be running it after {@link #run} has returned: a part must
 * only read state and write its own slot of an array that belongs to the job, so that a late result lands where no
 * one looks, and must not fail on state the caller changes after the job.
 *
 * <p>Close the workers when done; that stops the helper threads.
 */
final class SpinningWorkers implements AutoCloseable {

    /** How long a helper spins waiting for the next job before it sleeps. */
    private static final long SPIN_NANOS = 100_000;
    /** The least time the caller waits for a helper's part before running it itself. */
    private static final long MIN_PATIENCE_NANOS = 5_000;
    /** Jobs over which the helpers' share of the work is watched. */
    private static final int WINDOW_JOBS = 64;
    /** Jobs run by the caller alone after a window in which the helpers did less than 80 % of their share. */
    private static final int PAUSE_JOBS = 1_024;

    /** One job: parts 0 .. parts − 1 of {@code body}, claimed in order by whichever thread is free. */
    private static final class Job {
        private final IntConsumer body;
        private final int parts;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicIntegerArray finished;
        private volatile Throwable failure;

        private Job(IntConsumer body, int parts) {
            this.body = body;
            this.parts = parts;
            this.finished = new AtomicIntegerArray(parts);
        }

        /** Runs unclaimed parts until none is left. @return how many this thread ran */
        private int work() {
            int ran = 0;
            int part;
            while ((part = next.getAndIncrement()) < parts) {
                runPart(part);
                ran++;
            }
            return ran;
        }

        private void runPart(int part) {
            try {
                body.accept(part);
            } catch (Throwable thrown) {
                failure = thrown;
            } finally {
                if (finished.getAndSet(part, 1) == 0) {
                    done.incrementAndGet();
                }
            }
        }

        /** Runs, in the calling thread, every part not finished yet. @return how many it ran */
        private int finishUnfinished() {
            int ran = 0;
            for (int part = 0; part < parts; part++) {
                if (finished.get(part) == 0) {
                    runPart(part);
                    ran++;
                }
            }
            return ran;
        }
    }

    /** A helper thread and whether it sleeps. */
    private final class Helper {
        private final Thread thread;
        private volatile boolean sleeping;

        private Helper(String name) {
            this.thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
        }

        private void loop() {
            Job last = null;
            while (!closed) {
                Job current = job;
                if (current != null && current != last) {
                    current.work();
                    last = current;
                } else {
                    waitForJobOtherThan(last);
                }
            }
        }

        private void waitForJobOtherThan(Job last) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (!newJob(last) && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            if (!newJob(last)) {
                sleeping = true;
                // run() reads `sleeping` after publishing its job: either the job is seen here or run() unparks us.
                if (!newJob(last)) {
                    LockSupport.park(this);
                }
                sleeping = false;
            }
        }

        private boolean newJob(Job last) {
            Job current = job;
            return closed || (current != null && current != last);
        }
    }

    private final List<Helper> helpers = new ArrayList<>();
    private volatile Job job;
    private volatile boolean closed;
    /** Jobs, parts, and parts run by helpers, in the current window of jobs (caller's thread only). */
    private int windowJobs;
    private long windowParts;
    private long windowHelperParts;
    /** Jobs still to run in the caller alone (caller's thread only). */
    private int pausedJobs;

    /**
     * Starts {@code threads − 1} helper threads (daemons), idle until a job comes.
     *
     * @param threads the threads that work on a job, the caller included (1: the caller alone)
     */
    SpinningWorkers(int threads) {
        for (int t = 1; t < threads; t++) {
            helpers.add(new Helper("segmenta-worker-" + t));
        }
    }

    /** @return the threads that work on a job, the caller included */
    int threads() {
        return helpers.size() + 1;
    }

    /**
     * Runs {@code body} for every part 0 .. parts − 1 on the calling thread and the helpers, and returns when each
     * has finished at least once; their writes are then visible to the caller. See the class comment for what a part
     * may do.
     *
     * @throws IllegalStateException if a part threw
     */
    void run(int parts, IntConsumer body) {
        if (helpers.isEmpty() || pausedJobs > 0) {
            pausedJobs = Math.max(0, pausedJobs - 1);
            for (int part = 0; part < parts; part++) {
                body.accept(part);
            }
            return;
        }
        Job current = new Job(body, parts);
        job = current;
        for (Helper helper : helpers) {
            if (helper.sleeping) {
                LockSupport.unpark(helper.thread);
            }
        }
        long start = System.nanoTime();
        int ran = current.work();
        long now = System.nanoTime();
        long patience = Math.max(MIN_PATIENCE_NANOS, 2 * (now - start) / Math.max(1, ran));
        long deadline = now + patience;
        while (current.done.get() < parts) {
            if (System.nanoTime() > deadline) {
                ran += current.finishUnfinished();
                break;
            }
            Thread.onSpinWait();
        }
        watchHelpers(parts, parts - ran);
        if (current.failure != null) {
            throw new IllegalStateException("a part of a parallel job failed", current.failure);
        }
    }

    /**
     * Keeps count of the parts the helpers ran; when over {@value #WINDOW_JOBS} jobs they ran less than 80 % of their
     * fair share (other programs keep them off the cores), the next {@value #PAUSE_JOBS} jobs run in the caller alone,
     * as waiting for helpers then costs more than it saves.
     */
    private void watchHelpers(int parts, int ranByHelpers) {
        windowJobs++;
        windowParts += parts;
        windowHelperParts += ranByHelpers;
        if (windowJobs == WINDOW_JOBS) {
            if (5L * threads() * windowHelperParts < 4L * helpers.size() * windowParts) {
                pausedJobs = PAUSE_JOBS;
            }
            windowJobs = 0;
            windowParts = 0;
            windowHelperParts = 0;
        }
    }

    /** Stops the helper threads. */
    @Override
    public void close() {
        closed = true;
        for (Helper helper : helpers) {
            LockSupport.unpark(helper.thread);
            try {
                helper.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
