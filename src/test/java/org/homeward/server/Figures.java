package org.homeward.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where reliability tests leave the figures they measured, for RELIABILITY.md: {@code target/reliability}. */
public final class Figures {

    private static final Path DIRECTORY = Path.of("target", "reliability");

    private Figures() {}

    /** Writes {@code lines} (CSV: what, status or outcome, figure) to {@code name}, replacing an earlier run's. */
    public static void write(String name, List<String> lines) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
