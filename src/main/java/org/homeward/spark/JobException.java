package org.homeward.spark;

/** The distributed build cannot run or did not finish; the message starts with a stable error id. */
public final class JobException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code where}, reported as {@code "HW-Exxx where: problem"}. */
    public JobException(String errorId, String where, String problem) {
        super(errorId + " " + where + ": " + problem);
    }

    /** The same, with the exception that caused it. */
    public JobException(String errorId, String where, String problem, Throwable cause) {
        super(errorId + " " + where + ": " + problem, cause);
    }
}
