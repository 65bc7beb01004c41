package org.segmenta.progress;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The listener of {@link Progress#toStandardError()}: prints reports as lines, the first and last of each task and in
 * between at most one per {@link #INTERVAL_NANOS} (one second), so that a task of a hundred merges or restarts prints
 * a few lines, not a hundred.
 */
final class StandardErrorLines implements ProgressListener {

    /** The least time between two lines of one task, except its last. */
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Supplier<PrintStream> out;
    private final LongSupplier clock;
    private ProgressReport last;
    private long lastPrinted;

    StandardErrorLines(Supplier<PrintStream> out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    /** @return lines on whatever {@link System#err} is when each line is printed, timed by {@link System#nanoTime()} */
    static StandardErrorLines create() {
        return new StandardErrorLines(() -> System.err, System::nanoTime);
    }

    @Override
    public synchronized void progress(ProgressReport report) {
        long now = clock.getAsLong();
        boolean newTask = last == null || !last.task().equals(report.task()) || !last.unit().equals(report.unit())
                || report.done() <= last.done();
        if (newTask || report.complete() || now - lastPrinted >= INTERVAL_NANOS) {
            out.get().println(report);
            lastPrinted = now;
        }
        last = report;
    }
}
