package org.segmenta.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.segmenta.progress.Cancellation;
import org.segmenta.progress.Progress;
import org.segmenta.progress.ProgressReport;

/**
 * Progress lines on stderr for the steps that take more than a second: a step announces itself only once it has run
 * for {@value #ANNOUNCE_AFTER_MILLIS} ms, then shows how far the lib's work has got ("k-means (k = 5): 3 of 10
 * restarts", "Ward linkage: 4,950 of 9,999 merges (49%)", "choosing k (k = 2..10): 3 of 9 values of k"), and says how
 * long it took, so quick runs stay silent. How far it got is shown at most once a second as plain lines, or, on a
 * terminal, five times a second on one line rewritten in place ({@code \r}). A quiet progress prints nothing.
 *
 * <p>Every step's lib work stops when {@link #cancel()} is called (Ctrl-C: {@link StopOnSignal}).
 *
 * <pre>{@code
 * try (StepProgress progress = StepProgress.to(System.err, false)) {
 *     KSelection selection = progress.step("choosing k", lib -> KSelection.sweep(..., options.progress(lib)));
 * }
 * }</pre>
 */
final class StepProgress implements AutoCloseable {

    /** How long a step runs before it is announced. */
    static final long ANNOUNCE_AFTER_MILLIS = 1000;
    /** The least time between two lines of how far a step has got, as plain lines. */
    static final long LINE_INTERVAL_MILLIS = 1000;
    /** The least time between two updates of the line of how far a step has got, on a terminal. */
    static final long TERMINAL_INTERVAL_MILLIS = 200;
    private static final String INDENT = "[segment]   ";

    private final PrintStream out;
    private final boolean terminal;
    private final ScheduledExecutorService timer;
    private final Cancellation cancellation = new Cancellation();
    private volatile String currentStep = "starting";

    private StepProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.timer = out == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param out where the lines go
     * @param terminal whether {@code out} is a terminal, where how far a step has got is one line rewritten in place
     * @return progress reported to {@code out}
     */
    static StepProgress to(PrintStream out, boolean terminal) {
        return new StepProgress(out, terminal);
    }

    /** @return progress that prints nothing (its steps can still be cancelled) */
    static StepProgress quiet() {
        return new StepProgress(null, false);
    }

    /** Stops the lib work of the running step and of every later one, which then throw a CancellationException. */
    void cancel() {
        cancellation.cancel();
    }

    /** @return whether {@link #cancel()} was called */
    boolean cancelled() {
        return cancellation.isCancelled();
    }

    /** @return the description of the step running now (or of the last one) */
    String currentStep() {
        return currentStep;
    }

    /**
     * Runs one step that reports nothing of its own, announcing it if it takes longer than a second.
     *
     * @param description what the step does, e.g. "profiling the segments"
     * @param work the step
     * @return the step's result
     */
    <T> T step(String description, Supplier<T> work) {
        return step(description, lib -> work.get());
    }

    /**
     * Runs one step, announcing it if it takes longer than a second, and then showing how far its lib work has got.
     *
     * @param description what the step does, e.g. "choosing k"
     * @param work the step, given the lib progress to pass to the lib (it reports here and stops on {@link #cancel()})
     * @return the step's result
     */
    <T> T step(String description, Function<Progress, T> work) {
        currentStep = description;
        if (timer == null) {
            return work.apply(Progress.silent().cancelledBy(cancellation));
        }
        long started = System.nanoTime();
        StepLines lines = new StepLines();
        ScheduledFuture<?> announcement = timer.schedule(() -> lines.announce(description),
                ANNOUNCE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        boolean done = false;
        try {
            T result = work.apply(Progress.to(lines::show).cancelledBy(cancellation));
            done = true;
            return result;
        } finally {
            announcement.cancel(false);
            lines.end(String.format(Locale.ROOT, done ? "done in %.1f s" : "stopped after %.1f s",
                    (System.nanoTime() - started) / 1e9));
        }
    }

    /** The lines of one step; every print holds the lock of {@code out}, so lines from several threads never mix. */
    private final class StepLines {

        private boolean announced;
        private long lastShown;
        /** Characters of the line now being rewritten in place on a terminal, 0 if none. */
        private int liveLength;

        void announce(String description) {
            synchronized (out) {
                out.println("[segment] " + description + " …");
                announced = true;
            }
        }

        void show(ProgressReport report) {
            synchronized (out) {
                long now = System.nanoTime();
                long interval = TimeUnit.MILLISECONDS.toNanos(terminal ? TERMINAL_INTERVAL_MILLIS
                        : LINE_INTERVAL_MILLIS);
                if (!announced || (lastShown != 0 && now - lastShown < interval)) {
                    return;
                }
                lastShown = now;
                String line = INDENT + report;
                if (terminal) {
                    out.print("\r" + padded(line));
                    out.flush();
                    liveLength = line.length();
                } else {
                    out.println(line);
                }
            }
        }

        void end(String summary) {
            synchronized (out) {
                if (announced) {
                    out.println((liveLength > 0 ? "\r" + padded(INDENT + summary) : INDENT + summary));
                    liveLength = 0;
                }
            }
        }

        /** The line, with spaces after it to cover the longer line it may replace. */
        private String padded(String line) {
            return line.length() >= liveLength ? line : line + " ".repeat(liveLength - line.length());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
