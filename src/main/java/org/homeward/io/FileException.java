package org.homeward.io;

import java.nio.file.Path;

/**
 * A file or directory a command was pointed at cannot be used. The message starts with a stable error id
 * and names the file.
 */
public final class FileException extends Exception {

    private final transient Path file;

    /** A problem with a file, reported as {@code "HW-Exxx file: problem"}. */
    public FileException(String errorId, Path file, String problem) {
        super(errorId + " " + file + ": " + problem);
        this.file = file;
    }

    /** The file the problem is with. */
    public Path file() {
        return file;
    }
}
