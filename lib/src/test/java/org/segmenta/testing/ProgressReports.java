package org.segmenta.testing;

import java.util.ArrayList;
import java.util.List;
import org.segmenta.progress.ProgressListener;
import org.segmenta.progress.ProgressReport;

/**
 * A listener for tests that keeps every report, in the order they arrived; safe to call from several threads. Shared by
 * the progress tests of every package.
 */
public final class ProgressReports implements ProgressListener {

    private final List<ProgressReport> reports = new ArrayList<>();

    @Override
    public synchronized void progress(ProgressReport report) {
        reports.add(report);
    }

    /** @return a copy of the reports so far */
    public synchronized List<ProgressReport> all() {
        return List.copyOf(reports);
    }

    /** @return the reports of tasks whose name starts with {@code taskPrefix} */
    public synchronized List<ProgressReport> of(String taskPrefix) {
        return reports.stream().filter(report -> report.task().startsWith(taskPrefix)).toList();
    }

    /** @return the {@code done} of each report, in order */
    public static int[] dones(List<ProgressReport> reports) {
        return reports.stream().mapToInt(ProgressReport::done).toArray();
    }

    /** @return whether each report has more done than the one before */
    public static boolean increasing(List<ProgressReport> reports) {
        for (int i = 1; i < reports.size(); i++) {
            if (reports.get(i).done() <= reports.get(i - 1).done()) {
                return false;
            }
        }
        return true;
    }

    /** @return the reports as lines, for assertion messages */
    @Override
    public synchronized String toString() {
        List<String> lines = new ArrayList<>();
        reports.forEach(report -> lines.add(report.toString()));
        return String.join("\n", lines);
    }
}
