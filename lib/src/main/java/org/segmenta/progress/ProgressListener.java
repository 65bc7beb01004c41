package org.segmenta.progress;

/**
 * Receives the progress of a long task, e.g. k-means restarts or hierarchical-clustering merges ({@link Progress#to}).
 *
 * <p>Reports of one task arrive one at a time and in order ({@code done} never decreases; the last has
 * {@code done == total}), but possibly from the worker threads of a fork-join pool, not the thread that started the
 * task: a listener that touches state of its own must be safe to call from another thread. It should return quickly
 * (the work waits for it) and not throw (an exception ends the task with it).
 *
 * <pre>{@code
 * ProgressListener printing = report -> System.err.println(report);   // "k-means (k = 8): 3 of 10 restarts"
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Called each time a unit of the task is finished (for tasks of many small units, such as merges, at most about
     * a hundred times per task).
     *
     * @param report the task, its unit, and how many of how many units are done
     */
    void progress(ProgressReport report);
}
