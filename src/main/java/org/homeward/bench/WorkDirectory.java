package org.homeward.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The scratch files of a benchmark: removed before a stage writes anew, and measured after. */
final class WorkDirectory {

    private WorkDirectory() {}

    /** Deletes {@code directory} and everything under it; nothing happens if it does not exist. */
    static void delete(Path directory) throws IOException {
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
    static long size(Path directory) throws IOException {
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
