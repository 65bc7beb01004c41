package org.segmenta.progress;

import java.util.Locale;

/**
 * How far one task has got: {@code done} of {@code total} units finished, e.g. 3 of 10 k-means restarts. Reports of one
 * task come in order, {@code done} never decreasing, and the last one has {@code done == total}.
 *
 * @param task what is being done, e.g. {@code "k-means (k = 5)"} or {@code "Ward linkage"}
 * @param unit what is counted, in the plural, e.g. {@code "restarts"} or {@code "merges"}
 * @param done how many units are finished, 1 ≤ done ≤ total
 * @param total how many units the task has, at least 1
 */
public record ProgressReport(String task, String unit, int done, int total) {

    /**
     * @throws IllegalArgumentException if task or unit is blank, or not 1 ≤ done ≤ total
     */
    public ProgressReport {
        if (task == null || task.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a progress report needs a task and a unit, got task '" + task
                    + "' and unit '" + unit + "'");
        }
        if (done < 1 || done > total) {
            throw new IllegalArgumentException("a progress report needs 1 ≤ done ≤ total, got " + done + " of "
                    + total + " " + unit + " for " + task);
        }
    }

    /** @return the share finished, {@code done / total}, in (0, 1] */
    public double fraction() {
        return (double) done / total;
    }

    /** @return whether the task is complete ({@code done == total}) */
    public boolean complete() {
        return done == total;
    }

    /**
     * @return e.g. {@code "k-means (k = 5): 3 of 10 restarts"}; from 100 units on with the percentage, rounded down,
     *     e.g. {@code "Ward linkage: 4,950 of 9,999 merges (49%)"}
     */
    @Override
    public String toString() {
        String count = String.format(Locale.ROOT, "%s: %,d of %,d %s", task, done, total, unit);
        return total < 100 ? count : count + String.format(Locale.ROOT, " (%d%%)", (long) done * 100 / total);
    }
}
