package org.homeward.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.homeward.io.FileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record, beside a database's files, of the layout ({@link SummaryTable#LAYOUT}) its summary graph was
 * written in. A database an older version summarised keeps its old rows and counts, and the report queries would
 * silently miss what this version adds; the record tells it apart, so that its summary is rebuilt once. It lives
 * outside the RDF data, as the summary graph must be empty once every document is deleted. A new database, a
 * fill and a rebuild write it once they are complete; ingestion by this version keeps the layout and leaves it.
 */
public final class SummaryMark {

    /** The record's file name in the database's directory. */
    public static final String FILE = "homeward-summary";

    private static final Logger LOG = LoggerFactory.getLogger(SummaryMark.class);

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

    /**
     * Rebuilds the summary of {@code store}, the database in {@code database}, if its record names another layout
     * than this version's, or none, and says so in the log; for what opens a database to serve or ingest into it.
     */
    public static void bringUpToDate(GraphStore store, Path database) throws FileException {
        OptionalInt found = recorded(database);
        if (found.equals(OptionalInt.of(SummaryTable.LAYOUT))) {
            return;
        }
        long start = System.nanoTime();
        long documents = rebuild(store, database);
        String was = found.isPresent() ? "was in layout " + found.getAsInt()
                : "recorded no layout (" + FILE + " missing or unreadable)";
        LOG.info("{}: the summary graph {}; rebuilt it in this version's layout {}: {} documents summarised in {} ms",
                database, was, SummaryTable.LAYOUT, documents, (System.nanoTime() - start) / 1_000_000);
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
