package org.segmenta.bench;

import elki.logging.LoggingConfiguration;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The iterations of ELKI's k-means runs, as ELKI itself reports them. Every ELKI k-means variant that runs through
 * {@code AbstractKMeans.Instance.run} logs the statistic {@code <class name>.iterations: N} at the end of a run, counting
 * the last iteration, the one in which no point changed its cluster (so a run that converges after one reassignment
 * pass reports 2). ELKI logs statistics only when they are switched on: {@link #install()} switches them on for the
 * process (ELKI's logging configuration is ELKI's own, process-wide) and replaces ELKI's console handler by this one,
 * which keeps the last iteration count and passes ELKI's warnings and errors on to standard error.
 */
final class ElkiIterations extends Handler {

    /** {@code elki.clustering.kmeans.HamerlyKMeans.iterations: 12}, as {@code LongStatistic} formats it. */
    private static final Pattern ITERATIONS = Pattern.compile("\\.iterations: (\\d+)\\s*$");

    private volatile int last = -1;

    private ElkiIterations() {
    }

    /** @return a handler that ELKI's statistics now go to */
    static ElkiIterations install() {
        ElkiIterations handler = new ElkiIterations();
        LoggingConfiguration.setStatistics();
        LoggingConfiguration.replaceDefaultHandler(handler);
        return handler;
    }

    /** @return the iterations of the last k-means run that reported them, or −1 if none has */
    int last() {
        return last;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        Matcher matcher = ITERATIONS.matcher(message);
        if (matcher.find()) {
            last = Integer.parseInt(matcher.group(1));
        } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            System.err.println("ELKI " + record.getLevel() + ": " + message);
        }
    }

    @Override
    public void flush() {
        System.err.flush();
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
