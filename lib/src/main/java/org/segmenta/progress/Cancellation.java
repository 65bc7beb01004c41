package org.segmenta.progress;

/**
 * A way to stop a long task from another thread: give it to the task with {@link Progress#cancelledBy}, and call
 * {@link #cancel()} when the result is no longer wanted. The task then stops at its next check (for k-means, when a
 * restart ends; for hierarchical clustering, within about 1% of its merges) and throws a
 * {@link java.util.concurrent.CancellationException} that says how far it got; it never returns a partial result.
 *
 * <p>Cancelling cannot be undone: a cancelled token stops every task it is given to, then and later. Safe to use from
 * any thread.
 *
 * <pre>{@code
 * Cancellation stop = new Cancellation();
 * // in one thread:
 * Segmentation segments = KMeans.withK(8).restarts(50).progress(Progress.silent().cancelledBy(stop)).fit(features);
 * // in another:
 * stop.cancel();   // fit throws CancellationException("k-means (k = 8) stopped after 3 of 50 restarts: ...")
 * }</pre>
 */
public final class Cancellation {

    private volatile boolean cancelled;

    /** Creates a token that is not cancelled. */
    public Cancellation() {
    }

    /** Asks every task given this token to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    /** @return whether {@link #cancel()} has been called */
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public String toString() {
        return cancelled ? "Cancellation[cancelled]" : "Cancellation[not cancelled]";
    }
}
