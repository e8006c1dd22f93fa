package org.homeward.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.web.HttpSC;
import org.homeward.build.BuildReport;
import org.homeward.io.SourceEntry;
import org.homeward.map.ResourceIris;
import org.homeward.store.IngestResult;
import org.homeward.store.Ingestion;

/**
 * {@code /homeward/documents}: {@code POST} a document to extract it into its graph (see
 * {@link UploadReader} for the forms), answered with the graph's IRI and a summary of what was extracted, or a
 * batch of documents to store in one transaction ({@link BatchAnswer});
 * {@code DELETE ?graph=IRI} or {@code ?sha256=HEX} to remove a document with its provenance.
 */
final class DocumentsService extends BaseActionREST {

    /** The Fuseki operation this service implements. */
    static final Operation OPERATION =
            Operation.alloc("urn:x-homeward:operation:documents", "documents", "Homeward document ingestion");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ingestion ingestion;

    DocumentsService(Ingestion ingestion) {
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
    }

    @Override
    protected void doPost(HttpAction action) {
        List<SourceEntry> entries = UploadReader.read(action.getRequest());
        String type = action.getRequest().getContentType();
        if (entries.size() > 1 || JsonLinesReader.accepts(type.toLowerCase(Locale.ROOT))) {
            BatchAnswer.respond(action, ingestion.ingestBatch(entries));
            return;
        }
        IngestResult result = ingestion.ingest(entries.get(0));
        if (!result.stored()) {
            ServletOps.error(isOurBug(result.message()) ? HttpSC.INTERNAL_SERVER_ERROR_500 : HttpSC.BAD_REQUEST_400,
                    result.message());
        }
        HttpServletResponse response = action.getResponse();
        response.setHeader("Location", action.getDatasetName() + "/get?graph="
                + URLEncoder.encode(result.graph().getURI(), StandardCharsets.UTF_8));
        boolean added = result.outcome() == IngestResult.Outcome.ADDED;
        respond(response, added ? HttpSC.CREATED_201 : HttpSC.OK_200, Ingested.of(result));
    }

    @Override
    protected void doDelete(HttpAction action) {
        Node graph = graphToDelete(action);
        long removed = ingestion.store().remove(graph);
        if (removed == 0) {
            ServletOps.errorNotFound("HW-E066 no document graph " + graph.getURI());
        }
        respond(action.getResponse(), HttpSC.OK_200, new Deleted(graph.getURI(), removed));
    }

    private static Node graphToDelete(HttpAction action) {
        String graph = action.getRequestParameter("graph");
        String sha256 = action.getRequestParameter("sha256");
        if ((graph == null) == (sha256 == null)) {
            ServletOps.errorBadRequest("HW-E066 name the document by one of ?graph=IRI or ?sha256=HEX");
        }
        if (sha256 != null) {
            return ResourceIris.documentGraph(sha256.strip().toLowerCase(Locale.ROOT));
        }
        if (graph.equals(ResourceIris.provenanceGraph().getURI())) {
            ServletOps.errorBadRequest("HW-E066 the provenance graph is not a document");
        }
        return NodeFactory.createURI(graph);
    }

    /** Failures of the extractor or the mapper are bugs on this side, not faults of the document. */
    static boolean isOurBug(String message) {
        return message.startsWith("HW-E011") || message.startsWith("HW-E012");
    }

    static void respond(HttpServletResponse response, int status, Object body) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer to an ingestion: where the document's facts are and how many of each kind. */
    record Ingested(String identifier, String graph, boolean replaced, long quads, int statistics, int flights,
            int persons, int organisations, int countries, List<String> warnings) {

        static Ingested of(IngestResult result) {
            BuildReport report = result.report();
            return new Ingested(result.identifier(), result.graph().getURI(),
                    result.outcome() == IngestResult.Outcome.REPLACED, report.quads(), report.statistics(),
                    report.flights(), report.persons(), report.organisations(), report.countries(),
                    report.warnings());
        }
    }

    /** The answer to a deletion. */
    record Deleted(String graph, long removedQuads) {}
}
