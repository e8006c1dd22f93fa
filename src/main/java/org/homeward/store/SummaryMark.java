package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.homeward.io.FileException;

/**
 * The record, beside a database's files, of the layout ({@link SummaryTable#LAYOUT}) its summary graph was
 * written in. A database an older version summarised keeps its old rows and counts, and the report queries would
 * silently miss what this version adds; the record tells it apart. It lives outside the RDF data, as the summary
 * graph must be empty once every document is deleted. A new database, a fill and a rebuild write it once they
 * are complete; ingestion by this version keeps the layout and leaves it.
 */
public final class SummaryMark {

    /** The record's file name in the database's directory. */
    public static final String FILE = "homeward-summary";

    private SummaryMark() {}

    /** The layout recorded for the database in {@code database}; empty if there is no record, or no readable one. */
    public static OptionalInt recorded(Path database) {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(database.resolve(FILE)).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Rebuilds the summary of {@code store}, the database in {@code database}, and records its layout. */
    public static long rebuild(GraphStore store, Path database) throws FileException {
        long documents = store.rebuildSummary();
        set(database);
        return documents;
    }

    /** Records that the summary of the database in {@code database} is in this version's layout. */
    static void set(Path database) throws FileException {
        Path mark = database.resolve(FILE);
        try {
            MarkFile.write(mark, SummaryTable.LAYOUT + "\n");
        } catch (IOException e) {
            throw new FileException("HW-E054", mark, "cannot record the layout of the summary graph: "
                    + e.getMessage());
        }
    }
}
