package org.segmenta.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a run: a shutdown hook cancels the run's lib work ({@link StepProgress#cancel()}),
 * which stops at its next check and throws a {@link java.util.concurrent.CancellationException}; the command then says
 * what was stopped ({@link #tell(String)}) and ends. The hook waits up to {@value #WAIT_MILLIS} ms for that, so that
 * the message is printed before the JVM exits; work that does not check (reading the file, profiling) may outlast
 * the wait, and then the hook names the step that was running. Either way the message is printed once, as
 * {@code "[segment] cancelled: …"}, even with {@code --quiet}.
 *
 * <p>The staging directory has its own hook ({@link SegmentCommand}), and {@code --out} is only replaced at the very
 * end, so a cancelled run leaves {@code --out} as it was.
 */
final class StopOnSignal implements AutoCloseable {

    /** How long the hook waits for the work to stop before the JVM exits. */
    static final long WAIT_MILLIS = 5000;

    private final StepProgress progress;
    private final PrintStream err;
    private final boolean terminal;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean told = new AtomicBoolean();
    private final Thread hook;

    private StopOnSignal(StepProgress progress, PrintStream err, boolean terminal) {
        this.progress = progress;
        this.err = err;
        this.terminal = terminal;
        this.hook = new Thread(this::stop, "segment-cancel");
    }

    /**
     * @param progress the run's progress, whose work is cancelled
     * @param err where the message goes
     * @param terminal whether {@code err} is a terminal (a progress line may be showing: the message starts a new one)
     * @return a hook, installed now, that cancels the work of {@code progress} and reports on {@code err}
     */
    static StopOnSignal install(StepProgress progress, PrintStream err, boolean terminal) {
        StopOnSignal stop = new StopOnSignal(progress, err, terminal);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** @return whether the run was asked to stop */
    boolean requested() {
        return progress.cancelled();
    }

    /** Prints {@code "[segment] cancelled: " + what}, once per run. */
    void tell(String what) {
        if (told.compareAndSet(false, true)) {
            err.println((terminal ? "\n" : "") + "[segment] cancelled: " + what);
        }
    }

    private void stop() {
        progress.cancel();
        try {
            if (!ended.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                tell("stopped while " + progress.currentStep() + "; nothing was written");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run has ended (after {@link #tell}, if it was cancelled): the hook, if running, may let the JVM exit. */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }
}
