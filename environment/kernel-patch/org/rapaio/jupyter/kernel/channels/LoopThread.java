package org.rapaio.jupyter.kernel.channels;

/**
 * Replacement for the class of the same name in rapaio-jupyter-kernel 3.0.1, put before the kernel's jar on the
 * classpath by environment/setup.sh.
 *
 * <p>Why: the original {@code start()} calls {@code Thread.start()} first and sets its {@code running} flag only
 * afterwards. When the new thread is scheduled at once it sees {@code running == false}, its loop ends immediately,
 * and the channel it serves (shell or control) never answers: Jupyter then reports "Kernel didn't respond in 60
 * seconds". On a loaded 2-core machine this happened in about one kernel start in three. Here the flag is set before
 * the thread starts.
 *
 * <p>A second start-up race: {@code Channels.connect} binds the shell channel (starting its loop) before it registers
 * the message handlers, so a {@code kernel_info_request} arriving in between fails with a NullPointerException in the
 * loop body; the original thread then dies and the kernel never answers (seen about once in ten starts). Here an
 * exception from the loop body is logged to stderr and the loop goes on: the request is lost, but Jupyter repeats
 * {@code kernel_info_request} until it gets an answer. (The patched {@link Channels} now registers the handlers before
 * it binds; this stays as the safety net for any other exception.) Same public API and behaviour otherwise: run the
 * loop body, sleep, repeat until shut down.
 */
public final class LoopThread extends Thread {

    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                System.err.println(getName() + ": message loop went on after " + e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
