package org.segmenta.cli;

/**
 * The command cannot go on: bad input data, options that do not fit the data, or an output that cannot be written. The
 * message is the whole story for the user (what, where, what to do); it is printed as one line and the command exits
 * with status {@value #EXIT_STATUS}.
 */
final class CommandFailure extends RuntimeException {

    /** Exit status of a run that failed on its input or output (2 is reserved for unusable options). */
    static final int EXIT_STATUS = 1;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
