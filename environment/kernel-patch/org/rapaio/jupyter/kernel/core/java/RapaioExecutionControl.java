package org.rapaio.jupyter.kernel.core.java;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.SPIResolutionException;

/**
 * Replacement for the class of the same name in rapaio-jupyter-kernel 3.0.1, put before the kernel's jar on the
 * classpath by environment/setup.sh.
 *
 * <p>Why: on Kernel &rarr; Interrupt, {@code JavaEngine.interrupt()} calls {@link #interrupt()}, then {@link #stop()},
 * then {@code JShell.stop()} (which calls {@link #stop()} again). In 3.0.1 {@code interrupt()} cancels the running
 * snippet's {@code Future} ({@code cancel(true)}) and {@code stop()} shuts the cell executor down. The waiting
 * {@code invoke} then sees a cancelled future with the executor shut down and throws {@code StoppedException}: the
 * interrupted cell gets no {@code execute_reply}, and every later snippet is refused by the dead executor, so the user
 * has to restart the kernel and loses its state. Besides, {@code cancel(true)} answers at once, while the snippet's
 * thread may still be running, so the snippet's own exception (what it says about where it stopped) is lost.
 *
 * <p>Here, as the JShell SPI defines them ({@code ExecutionControl.stop()}: "interrupt a running invoke";
 * {@code close()}: "shut down this execution engine"):
 * <ul>
 *   <li>{@link #interrupt()} and {@link #stop()} interrupt the thread running the current snippet and nothing else;
 *       the snippet ends when its code reacts to the interrupt (any blocking call, or code that checks
 *       {@code Thread.isInterrupted()}), with the exception that code throws, which the cell shows. Code that ignores
 *       interrupts runs on, as it would in plain Java.</li>
 *   <li>{@link #close()} (kernel shutdown) shuts the executor down, as 3.0.1's {@code stop()} did.</li>
 * </ul>
 * Same public API and behaviour otherwise (results by key, the optional time-out).
 */
public class RapaioExecutionControl extends DirectExecutionControl {

    public static final String TIMEOUT_MARKER = "## Timeout Marker ##";
    public static final String INTERRUPTED_MARKER = "## Interrupted Marker ##";
    private static final AtomicInteger ID = new AtomicInteger(0);

    private final ExecutorService executor;
    private final long timeoutTime;
    private final Set<Invocation> running = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    public RapaioExecutionControl(long timeoutTime) {
        this.timeoutTime = timeoutTime;
        this.executor = Executors.newCachedThreadPool(r -> new Thread(r, "Engine-thread-" + ID.getAndIncrement()));
    }

    public long getTimeout() {
        return timeoutTime;
    }

    public Object takeResult(String key) {
        Object result = results.remove(key);
        if (result == null) {
            throw new IllegalStateException("No result with key: " + key);
        }
        return result;
    }

    @Override
    protected String invoke(Method methodCall) throws Exception {
        String id = UUID.randomUUID().toString();
        Object value = execute(methodCall);
        results.put(id, value);
        return id;
    }

    private Object execute(Method methodCall) throws Exception {
        Invocation invocation = new Invocation();
        running.add(invocation);
        try {
            Future<Object> runningTask = executor.submit(() -> {
                invocation.started();
                try {
                    return methodCall.invoke(null);
                } finally {
                    invocation.ended();
                }
            });
            if (timeoutTime > 0) {
                return runningTask.get(timeoutTime, TimeUnit.MILLISECONDS);
            }
            return runningTask.get();
        } catch (CancellationException e) {
            // Futures are no longer cancelled here; only close() during a snippet gets this far.
            throw new StoppedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw new UserException("null", "Unknown Invocation Exception", e.getStackTrace());
            } else if (cause instanceof SPIResolutionException spiResCause) {
                throw new ResolutionException(spiResCause.id(), cause.getStackTrace());
            } else {
                throw new UserException(cause.getMessage(), cause.getClass().getName(), cause.getStackTrace());
            }
        } catch (TimeoutException e) {
            throw new UserException("Execution timed out", TIMEOUT_MARKER, e.getStackTrace());
        } finally {
            running.remove(invocation);
        }
    }

    /** Interrupts the thread running the current snippet (Kernel &rarr; Interrupt); the executor stays usable. */
    public void interrupt() {
        running.forEach(Invocation::interrupt);
    }

    /** The JShell SPI's stop: interrupts a running snippet, like {@link #interrupt()}. */
    @Override
    public void stop() {
        interrupt();
    }

    /** Shuts the executor down (kernel shutdown), giving a running snippet half a second to end. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(500, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    /**
     * One snippet run: the thread running it while it runs, so that an interrupt reaches that thread and no other
     * (the pool reuses threads), including an interrupt that comes after the snippet was submitted but before its
     * thread started it.
     */
    private static final class Invocation {

        private Thread worker;
        private boolean interrupted;

        synchronized void started() {
            worker = Thread.currentThread();
            if (interrupted) {
                worker.interrupt();
            }
        }

        synchronized void ended() {
            worker = null;
        }

        synchronized void interrupt() {
            interrupted = true;
            if (worker != null) {
                worker.interrupt();
            }
        }
    }
}
