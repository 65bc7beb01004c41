package org.rapaio.jupyter.kernel.channels;

/**
 * Replacement for the class of the same name in rapaio-jupyter-kernel 3.0.1, put before the kernel's jar on the
 * classpath by environment/setup.sh.
 *
 * <p>Why: the original {@code start()} calls {@code Thread.start()} first and sets its {@code running} flag only
 * afterwards. When the new thread is scheduled at once it sees {@code running == false}, its loop ends immediately,
 * and the channel it serves (shell or control) never answers: Jupyter then reports "Kernel didn't respond in 60
 * seconds". On a loaded 2-core machine this happened in about one kernel start in three. Here the flag is set before
 * the thread starts. Same public API and behaviour otherwise: run the loop body, sleep, repeat until shut down.
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
            loopBody.run();
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
