package org.homeward.store;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.homeward.build.BuildReport;

/**
 * What ingesting one file did.
 *
 * @param file the file the document was read from
 * @param outcome whether the document was added, replaced, skipped or failed
 * @param identifier the document's identifier (its file name) if it was stored, else null
 * @param graph the document graph if it was stored, else null
 * @param report what was extracted if it was stored, else null
 * @param message why it was skipped or failed, starting with an error id; null if stored
 */
public record IngestResult(Path file, Outcome outcome, String identifier, Node graph, BuildReport report,
        String message) {

    /** What became of one file. */
    public enum Outcome {
        /** The document's graph is new in the store. */
        ADDED,
        /** The same text was in the store; its graph and provenance have been replaced. */
        REPLACED,
        /** The batch had the same text in an earlier file; nothing was written. */
        SKIPPED,
        /** The file could not be read or extracted; nothing was written. */
        FAILED
    }

    static IngestResult stored(Path file, boolean replaced, String identifier, Node graph, BuildReport report) {
        return new IngestResult(file, replaced ? Outcome.REPLACED : Outcome.ADDED, identifier, graph, report, null);
    }

    static IngestResult notStored(Path file, Outcome outcome, String message) {
        return new IngestResult(file, outcome, null, null, null, message);
    }

    /** Whether the document is now in the store. */
    public boolean stored() {
        return outcome == Outcome.ADDED || outcome == Outcome.REPLACED;
    }
}
