package org.segmenta.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Progress lines on stderr for the steps that take more than a second: a step announces itself only once it has run
 * for {@value #ANNOUNCE_AFTER_MILLIS} ms, and then says how long it took, so quick runs stay silent. A quiet progress
 * prints nothing.
 *
 * <pre>{@code
 * try (Progress progress = Progress.to(System.err)) {
 *     KSelection selection = progress.step("choosing k (k-means for k = 2..10)", () -> KSelection.sweep(...));
 * }
 * }</pre>
 */
final class Progress implements AutoCloseable {

    /** How long a step runs before it is announced. */
    static final long ANNOUNCE_AFTER_MILLIS = 1000;

    private final PrintStream out;
    private final ScheduledExecutorService timer;

    private Progress(PrintStream out) {
        this.out = out;
        this.timer = out == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return progress reported to {@code out} */
    static Progress to(PrintStream out) {
        return new Progress(out);
    }

    /** @return progress that prints nothing */
    static Progress quiet() {
        return new Progress(null);
    }

    /**
     * Runs one step, announcing it if it takes longer than a second.
     *
     * @param description what the step does, e.g. "choosing k"
     * @param work the step
     * @return the step's result
     */
    <T> T step(String description, Supplier<T> work) {
        if (timer == null) {
            return work.get();
        }
        long started = System.nanoTime();
        AtomicBoolean announced = new AtomicBoolean();
        ScheduledFuture<?> announcement = timer.schedule(() -> {
            synchronized (out) {
                out.println("[segment] " + description + " …");
                announced.set(true);
            }
        }, ANNOUNCE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            announcement.cancel(false);
            synchronized (out) {
                if (announced.get()) {
                    out.println(String.format(Locale.ROOT, "[segment]   done in %.1f s",
                            (System.nanoTime() - started) / 1e9));
                }
            }
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
