package org.homeward.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Whole directory trees: deleted, or measured. */
public final class FileTrees {

    private FileTrees() {}

    /** Deletes {@code directory} and everything under it; nothing happens if it does not exist. */
    public static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The bytes of the regular files under {@code directory}. */
    public static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            long size = 0;
            for (Path file : regular) {
                size += Files.size(file);
            }
            return size;
        }
    }
}
