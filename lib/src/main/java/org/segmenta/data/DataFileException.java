package org.segmenta.data;

import java.nio.file.Path;

/**
 * A data file cannot be used as it is: it is missing, unreadable, or its columns are not what the study needs.
 *
 * <p>The message always names the file, and the column and row where there is one, and says what to do.
 */
public final class DataFileException extends IllegalArgumentException {

    private final transient Path file;

    /**
     * Creates the exception.
     *
     * @param file the file at fault
     * @param problem what is wrong and what to do, as a sentence that follows the file name
     */
    public DataFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /**
     * Creates the exception with the error that revealed the problem.
     *
     * @param file the file at fault
     * @param problem what is wrong and what to do
     * @param cause the underlying error
     */
    public DataFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** @return the file at fault */
    public Path file() {
        return file;
    }
}
