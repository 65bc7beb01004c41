package org.segmenta.progress;

import java.util.Objects;

/**
 * Where a long task reports its progress and what may stop it: the {@code progress(...)} setting of
 * {@link org.segmenta.clustering.KMeans}, {@link org.segmenta.clustering.HierarchicalClustering},
 * {@link org.segmenta.choosingk.KSelectionOptions} and {@link org.segmenta.stability.BootstrapStability}. Immutable.
 *
 * <p>By default a task is {@linkplain #silent() silent}: it reports nothing (notebooks stay quiet) and costs nothing
 * measurable. Ask for reports with {@link #toStandardError()} or {@link #to(ProgressListener)}.
 *
 * <p>Every task can be stopped, two ways; it then throws a {@link java.util.concurrent.CancellationException} saying
 * what stopped and how far it got, e.g. {@code "k-means (k = 8) stopped after 3 of 10 restarts: the calling thread
 * was interrupted"}, and never returns a partial result:
 * <ul>
 *   <li>interrupt the thread that called {@code fit} (always on). In a notebook, Jupyter's "Interrupt kernel" does
 *       this on a kernel that interrupts the thread running the cell;</li>
 *   <li>call {@link Cancellation#cancel()} on a token given with {@link #cancelledBy(Cancellation)}, from any thread.</li>
 * </ul>
 * Tasks look for a stop between units of work (a k-means seeding or Lloyd iteration, about 1% of the merges of a
 * hierarchical clustering), never inside their inner loops, so a fit stops within about one such unit.
 *
 * <pre>{@code
 * KMeans.withK(8).restarts(10).progress(Progress.toStandardError()).fit(features);
 * // stderr: "k-means (k = 8): 1 of 10 restarts" ... "k-means (k = 8): 10 of 10 restarts"
 * Cancellation stop = new Cancellation();
 * KMeans.withK(8).progress(Progress.to(report -> label.setText(report.toString())).cancelledBy(stop)).fit(features);
 * }</pre>
 */
public final class Progress {

    private static final ProgressListener NOTHING = report -> {
    };
    private static final Progress SILENT = new Progress(NOTHING, null, null);

    private final ProgressListener listener;
    private final Cancellation cancellation;
    private final Thread watched;

    private Progress(ProgressListener listener, Cancellation cancellation, Thread watched) {
        this.listener = listener;
        this.cancellation = cancellation;
        this.watched = watched;
    }

    /** @return no reports; a task stops only when the thread that started it is interrupted (the default) */
    public static Progress silent() {
        return SILENT;
    }

    /**
     * @param listener receives every report (see {@link ProgressListener} for the threads it is called from)
     * @return reports to {@code listener}
     */
    public static Progress to(ProgressListener listener) {
        return new Progress(Objects.requireNonNull(listener, "listener"), null, null);
    }

    /**
     * @return reports printed as lines on {@link System#err}, e.g. {@code "k-means (k = 8): 3 of 10 restarts"}: the
     *     first and last report of each task, and in between at most one line a second. {@code System.err} is looked
     *     up at each line, so in a notebook the lines appear under the cell that runs the task.
     */
    public static Progress toStandardError() {
        return to(StandardErrorLines.create());
    }

    /** @return a copy that also stops when {@code cancellation} is cancelled */
    public Progress cancelledBy(Cancellation cancellation) {
        return new Progress(listener, Objects.requireNonNull(cancellation, "cancellation"), watched);
    }

    /**
     * Starts counting one task, on the thread that runs it: that thread (or, for a task nested in another, the
     * outer task's) is the one whose interrupt stops it. The library's algorithms call this; call it for a loop of
     * your own to report and stop it the same way.
     *
     * @param task what is done, e.g. {@code "k-means (k = 5)"}
     * @param unit what is counted, plural, e.g. {@code "restarts"}
     * @param total how many units, at least 1
     * @return the counter of this one run of the task
     */
    public TaskProgress start(String task, String unit, int total) {
        if (total < 1) {
            throw new IllegalArgumentException("a task needs at least 1 unit of work, got " + total + " " + unit
                    + " for " + task);
        }
        return new TaskProgress(task, unit, total, listener, cancellation,
                watched != null ? watched : Thread.currentThread());
    }

    /** @return a silent progress with the same stop triggers, watching {@code caller} for interrupts */
    static Progress nested(Cancellation cancellation, Thread caller) {
        return new Progress(NOTHING, cancellation, caller);
    }

    @Override
    public String toString() {
        return "Progress[" + (listener == NOTHING ? "silent" : "reporting") + (cancellation == null ? ""
                : ", cancelled by a Cancellation") + "]";
    }
}
