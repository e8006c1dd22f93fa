package org.homeward.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small file beside a database's files that records something about it. It is written beside its place and
 * renamed there, so that a process killed while writing leaves the old record or the new one, never half of one.
 */
final class MarkFile {

    private MarkFile() {}

    /** Writes {@code text} to {@code file}, whole or not at all. */
    static void write(Path file, String text) throws IOException {
        Path partial = Files.writeString(file.resolveSibling(file.getFileName() + ".partial"), text,
                StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
