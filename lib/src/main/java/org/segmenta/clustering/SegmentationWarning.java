package org.segmenta.clustering;

import java.util.Objects;
import org.segmenta.data.Fix;

/**
 * A warning about segments that were made but may not be what was meant (scikit-learn's {@code ConvergenceWarning}),
 * as data: what happened, and what to do as a {@link Fix}, so that each front end says the fix in its own words (a
 * notebook the Java call, the {@code segment} command its option).
 *
 * <p>For a Java user the warning reads {@code problem + " " + fix.java()}, e.g. "k-means did not converge: ... Raise
 * the iteration cap (or loosen the tolerance, now 1.0E-4) with .maxIterations(300)."; that is also its
 * {@link #toString()}.
 *
 * @param problem what happened, in plain language and whole sentences, naming no API
 * @param fix what to do
 */
public record SegmentationWarning(String problem, Fix fix) {

    /**
     * @throws IllegalArgumentException if the problem is blank
     * @throws NullPointerException if an argument is null
     */
    public SegmentationWarning {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
        if (problem.isBlank()) {
            throw new IllegalArgumentException("a warning says what happened; got a blank problem");
        }
    }

    /** @return the warning for a Java user: the problem, then the fix with its Java call */
    public String java() {
        return problem + " " + fix.java();
    }

    /** @return {@link #java()} */
    @Override
    public String toString() {
        return java();
    }
}
