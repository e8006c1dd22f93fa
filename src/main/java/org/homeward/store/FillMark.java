package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.homeward.io.FileException;

/**
 * The record, beside a database's files, that it was filled once, so that a database emptied on purpose
 * (every document deleted, or {@code DROP ALL}) stays empty instead of being filled again from the
 * documents it started from. It lives outside the RDF data, where no update or deletion reaches it, and is
 * written after the fill has committed: a fill cut off before its commit leaves neither data nor record.
 */
public final class FillMark {

    /** The record's file name in the database's directory. */
    public static final String FILE = "homeward-filled";

    private FillMark() {}

    /** Whether the database in {@code database} was ever filled. */
    public static boolean isSet(Path database) {
        return Files.isRegularFile(database.resolve(FILE));
    }

    /** Records that the database in {@code database} holds data from {@code source}; written whole or not at all. */
    public static void set(Path database, String source) throws FileException {
        Path mark = database.resolve(FILE);
        try {
            MarkFile.write(mark, "filled " + Instant.now() + " from " + source + "\n");
        } catch (IOException e) {
            throw new FileException("HW-E054", mark, "cannot record that the database was filled: " + e.getMessage());
        }
    }
}
