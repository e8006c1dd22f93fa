package org.homeward.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.homeward.build.BuildReport;

/**
 * What became of a batch ingested in one transaction: all of its documents stored, or none if one failed.
 *
 * @param report what the build of the batch extracted, and why documents failed
 * @param stored the documents stored, in the order of the batch; empty if any failed
 * @param warnings what was skipped without being an error, such as a repeated text
 */
public record BatchResult(BuildReport report, List<Stored> stored, List<String> warnings) {

    /** Copies the lists. */
    public BatchResult {
        stored = List.copyOf(stored);
        warnings = List.copyOf(warnings);
    }

    /** Whether the batch was stored. */
    public boolean isStored() {
        return report.failures().isEmpty();
    }

    /**
     * One stored document.
     *
     * @param identifier its file name
     * @param graph its document graph
     * @param replaced whether the graph was there before
     */
    public record Stored(String identifier, Node graph, boolean replaced) {}
}
