package org.homeward.server;

import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.homeward.build.BuildReport;
import org.homeward.store.BatchResult;

/**
 * The answer to a batch sent to {@code POST /homeward/documents}: 200 with the graph of each document and what
 * the batch gave, or, if a document could not be read or extracted, 400 (500 for a bug on this side) naming every
 * failure, with nothing of the batch stored.
 */
record BatchAnswer(int documents, List<Document> stored, long quads, int statistics, int flights, int persons,
        int organisations, int countries, List<String> warnings) {

    /** One stored document of the batch. */
    record Document(String identifier, String graph, boolean replaced) {}

    /** Sends the answer to the batch's result. */
    static void respond(HttpAction action, BatchResult result) {
        BuildReport report = result.report();
        if (!result.isStored()) {
            boolean ours = report.failures().stream().anyMatch(DocumentsService::isOurBug);
            ServletOps.error(ours ? HttpSC.INTERNAL_SERVER_ERROR_500 : HttpSC.BAD_REQUEST_400,
                    "HW-E072 nothing of the batch was stored, as " + report.failures().size() + " of its documents "
                            + "failed: " + String.join("; ", report.failures()));
        }
        List<Document> stored = result.stored().stream()
                .map(document -> new Document(document.identifier(), document.graph().getURI(), document.replaced()))
                .toList();
        DocumentsService.respond(action.getResponse(), HttpSC.OK_200, new BatchAnswer(stored.size(), stored,
                report.quads(), report.statistics(), report.flights(), report.persons(), report.organisations(),
                report.countries(), result.warnings()));
    }
}
