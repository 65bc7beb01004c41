package org.segmenta.progress;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * One run of a task: counts the units finished, reports them to the {@link Progress}'s listener, and stops the task
 * when asked. Made by {@link Progress#start(String, String, int)}; thread-safe.
 *
 * <p>A task stops when its {@link Cancellation} is cancelled or the thread that started it (for a nested task, the
 * outer task's thread) is interrupted. The check is a volatile read and {@link Thread#isInterrupted()}, cheap enough
 * for every unit of work, too dear for an inner loop; it leaves the interrupt status as it was, so the caller still
 * sees it. The {@link CancellationException} thrown says what stopped, after how many units, and why.
 *
 * <p>Two ways of counting:
 * <ul>
 *   <li>{@link #step()}: one unit done, reported at once, from any thread (k-means restarts running in parallel):
 *       reports are made one at a time, each with one more unit done, so they are in order;</li>
 *   <li>{@link #advanceTo(int)}: many small units done by one thread (merges): reported, and the stop checked, only
 *       when another 1% of the total is done, at most {@value #MOST_REPORTS} times.</li>
 * </ul>
 *
 * <pre>{@code
 * TaskProgress progress = settings.start("scoring", "customers", n);
 * for (int i = 0; i < n; i++) {
 *     score(i);
 *     progress.advanceTo(i + 1);     // throws CancellationException when asked to stop
 * }
 * }</pre>
 */
public final class TaskProgress {

    /** The most reports {@link #advanceTo(int)} makes for one task. */
    public static final int MOST_REPORTS = 100;

    private final String task;
    private final String unit;
    private final int total;
    private final ProgressListener listener;
    private final Cancellation cancellation;
    private final Thread caller;
    private final int reportEvery;
    private int done;
    private int nextReport;
    private volatile String stopReason;

    TaskProgress(String task, String unit, int total, ProgressListener listener, Cancellation cancellation,
            Thread caller) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.listener = listener;
        this.cancellation = cancellation;
        this.caller = caller;
        this.reportEvery = (int) ((total + (long) MOST_REPORTS - 1) / MOST_REPORTS);
        this.nextReport = Math.min(total, reportEvery);
    }

    /**
     * @return whether the task has been asked to stop (cancelled, or its thread interrupted); once true, stays true
     *     and remembers why. Safe to call from worker threads, which should then leave their work undone and let the
     *     thread that started the task call {@link #finish()}.
     */
    public boolean stopRequested() {
        if (stopReason != null) {
            return true;
        }
        String reason = cancellation != null && cancellation.isCancelled() ? "it was cancelled"
                : caller.isInterrupted() ? "the calling thread was interrupted" : null;
        if (reason != null) {
            stopReason = reason;
        }
        return reason != null;
    }

    /**
     * Stops the task here if it has been asked to.
     *
     * @throws CancellationException if cancelled or interrupted, saying how far the task got
     */
    public void checkpoint() {
        if (stopRequested()) {
            throw stopped();
        }
    }

    /**
     * One more unit is done: reports it. Reports are made one at a time, in order, from whichever thread finished the
     * unit.
     *
     * @throws IllegalStateException if all units were done already
     */
    public void step() {
        synchronized (this) {
            if (done == total) {
                throw new IllegalStateException(task + ": all " + total + " " + unit + " were done already");
            }
            done++;
            listener.progress(new ProgressReport(task, unit, done, total));
        }
    }

    /**
     * {@code count} units are done, counted by one thread: reported, and the stop checked, only each time another
     * 1% of the total (at least one unit) is done, and at the end, so at most {@value #MOST_REPORTS} times; between
     * those points it is one comparison.
     *
     * @param count units done so far, not fewer than at the last call
     * @throws CancellationException if asked to stop (checked at the reporting points)
     */
    public void advanceTo(int count) {
        if (count < nextReport) {
            return;
        }
        synchronized (this) {
            if (count < done || count > total) {
                throw new IllegalArgumentException(task + ": " + count + " " + unit + " done is outside " + done
                        + ".." + total);
            }
            done = count;
            listener.progress(new ProgressReport(task, unit, done, total));
            nextReport = done == total ? Integer.MAX_VALUE : Math.min(total, done + reportEvery);
        }
        checkpoint();
    }

    /**
     * Ends the task: call after its work, on the thread that started it.
     *
     * @throws CancellationException if a stop left units undone (fewer than the total done): the task has no complete
     *     result
     */
    public void finish() {
        int finished;
        synchronized (this) {
            finished = done;
        }
        if (finished < total) {
            stopRequested();
            throw stopped();
        }
    }

    /**
     * Wraps the stop of a task nested in this one (a k-means fit inside a sweep over k), saying how far this one got.
     *
     * @param nested what the nested task threw
     * @return the exception to throw, e.g. {@code "choosing k (k = 2..10) stopped after 2 of 9 values of k: k-means
     *     (k = 4) stopped after 3 of 10 restarts: it was cancelled"}
     */
    public CancellationException stoppedBy(CancellationException nested) {
        CancellationException wrapped = new CancellationException(progressText() + ": " + nested.getMessage());
        wrapped.initCause(nested);
        return wrapped;
    }

    /**
     * @return a silent progress for work nested in this task (the k-means fits of a sweep over k): it reports
     *     nothing, and stops when this task would (same cancellation, same calling thread)
     */
    public Progress nested() {
        return Progress.nested(cancellation, caller);
    }

    /** @return the units done so far */
    public synchronized int done() {
        return done;
    }

    /** @return the total number of units */
    public int total() {
        return total;
    }

    private CancellationException stopped() {
        String reason = stopReason;
        return new CancellationException(progressText() + ": " + (reason == null ? "it was stopped" : reason));
    }

    private String progressText() {
        return String.format(Locale.ROOT, "%s stopped after %,d of %,d %s", task, done(), total, unit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TaskProgress[%s: %,d of %,d %s]", task, done(), total, unit);
    }
}
