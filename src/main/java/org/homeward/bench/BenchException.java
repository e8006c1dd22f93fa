package org.homeward.bench;

/** A benchmark cannot run or cannot finish; the message starts with a stable error id. */
public final class BenchException extends Exception {

    /** A failure, reported as {@code "HW-Exxx problem"}. */
    public BenchException(String errorId, String problem) {
        super(errorId + " " + problem);
    }
}
