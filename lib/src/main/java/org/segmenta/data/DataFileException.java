package org.segmenta.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A data file cannot be used as it is: it is missing, unreadable, or its columns are not what the study needs.
 *
 * <p>The message always names the file, and the column and row where there is one, and says what to do. Where what
 * to do is a setting of the library, the exception carries it as data ({@link #fix()}), apart from the problem
 * ({@link #problem()}): {@link #getMessage()} says it with the Java call, and a front end with its own names for the
 * settings (the {@code segment} command's options) says {@code file + ": " + problem() + " "} and the fix in its words.
 */
public final class DataFileException extends IllegalArgumentException {

    private final transient Path file;
    private final String problem;
    private final transient Fix fix;

    /**
     * Creates the exception for a problem whose fix is not a setting of the library (edit the file, choose another).
     *
     * @param file the file at fault
     * @param problem what is wrong and what to do, as a sentence that follows the file name
     */
    public DataFileException(Path file, String problem) {
        this(file, problem, null, null);
    }

    /**
     * Creates the exception with the error that revealed the problem.
     *
     * @param file the file at fault
     * @param problem what is wrong and what to do
     * @param cause the underlying error
     */
    public DataFileException(Path file, String problem, Throwable cause) {
        this(file, problem, null, cause);
    }

    /**
     * Creates the exception for a problem that a setting of the library fixes.
     *
     * @param file the file at fault
     * @param problem what is wrong (not what to do), as sentences that follow the file name
     * @param fix what to do
     */
    public DataFileException(Path file, String problem, Fix fix) {
        this(file, problem, Objects.requireNonNull(fix, "fix"), null);
    }

    private DataFileException(Path file, String problem, Fix fix, Throwable cause) {
        super(file + ": " + problem + (fix == null ? "" : " " + fix.java()), cause);
        this.file = file;
        this.problem = problem;
        this.fix = fix;
    }

    /** @return the file at fault */
    public Path file() {
        return file;
    }

    /**
     * @return what is wrong, without the file name; without a {@link #fix()}, also what to do (the message after
     *     {@code file + ": "})
     */
    public String problem() {
        return problem;
    }

    /** @return the setting that fixes the problem, or empty when the fix is in the file (and in {@link #problem()}) */
    public Optional<Fix> fix() {
        return Optional.ofNullable(fix);
    }
}
