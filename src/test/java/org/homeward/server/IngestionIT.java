package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.Test;

/** Documents in and out over HTTP, with the token: each in one transaction, replaced by the same text. */
class IngestionIT extends AbstractServerIT {

    private static final String TEXT = "KYIV, March 3. /UKRINFORM/. Ukraine returned 12 children from Russia "
            + "on Sunday, the Ombudsman Dmytro Lubinets said. The children were brought home from Russia to Ukraine "
            + "with the help of Qatar.";
    private static final String SIDECAR = "{ \"title\": \"Twelve children returned\", \"publisher\": \"Ukrinform\","
            + " \"published\": \"2024-03-04\" }";
    private static final String BOUNDARY = "homeward-test-boundary";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPostedDocumentIsExtractedIntoItsGraphAndQueryable() throws Exception {
        HttpResponse<String> response = post(plain(TEXT, "kyiv.txt"));

        assertEquals(201, response.statusCode(), response.body());
        JsonNode summary = JSON.readTree(response.body());
        String graph = summary.get("graph").asText();
        assertTrue(graph.startsWith("https://w3id.org/homeward/resource/graph/"), graph);
        assertEquals("kyiv.txt", summary.get("identifier").asText());
        assertTrue(summary.get("statistics").asInt() >= 1, response.body());
        assertTrue(ask("ASK { GRAPH <" + graph + "> { ?s a <https://w3id.org/homeward/ontology#ReturnStatistic> } }"));
        assertTrue(ask("ASK { ?a <http://purl.org/dc/terms/identifier> \"kyiv.txt\" }"), "the union sees it");
        assertTrue(ask("ASK { GRAPH <https://w3id.org/homeward/resource/graph/provenance> { <" + graph
                + "> <http://www.w3.org/ns/prov#wasGeneratedBy> ?activity } }"));
    }

    @Test
    void theSameTextAgainReplacesItsGraph() throws Exception {
        String graph = JSON.readTree(post(plain(TEXT, "kyiv.txt")).body()).get("graph").asText();
        long before = count(graph);

        HttpResponse<String> again = post(plain(TEXT, "kyiv-again.txt"));

        assertEquals(200, again.statusCode(), again.body());
        assertTrue(JSON.readTree(again.body()).get("replaced").asBoolean());
        assertEquals(before, count(graph));
        assertFalse(ask("ASK { ?a <http://purl.org/dc/terms/identifier> \"kyiv.txt\" }"), "the old version is gone");
    }

    @Test
    void aMultipartPostCarriesTheSidecar() throws Exception {
        String body = part("text", "kyiv.txt", TEXT) + part("metadata", "kyiv.json", SIDECAR)
                + "--" + BOUNDARY + "--\r\n";

        HttpResponse<String> response = post(request("/homeward/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofString(body)));

        assertEquals(201, response.statusCode(), response.body());
        assertTrue(ask("ASK { ?a <http://purl.org/dc/terms/title> \"Twelve children returned\" }"));
    }

    @Test
    void aBadSidecarIsRefusedWithItsErrorAndNothingIsStored() throws Exception {
        String metadata = URLEncoder.encode("{ \"publisher\": \"X\", \"colour\": \"red\" }", StandardCharsets.UTF_8);

        HttpResponse<String> response = post(request("/homeward/documents?name=kyiv.txt&metadata=" + metadata)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(TEXT)));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("HW-E003 kyiv.json"), response.body());
        assertFalse(ask("ASK { ?a <http://purl.org/dc/terms/identifier> \"kyiv.txt\" }"));
    }

    @Test
    void aMultipartBatchIsStoredInOneGoWithEachDocumentsSidecar() throws Exception {
        String other = "GENEVA (AP) — Some 40 refugees returned from Lebanon to Syria on Monday, the UN said.";
        String body = part("text", "kyiv.txt", TEXT) + part("metadata", "kyiv.json", SIDECAR)
                + part("text", "geneva.txt", other) + "--" + BOUNDARY + "--\r\n";

        HttpResponse<String> response = post(request("/homeward/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofString(body)));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(2, answer.get("documents").asInt(), response.body());
        assertEquals("geneva.txt", answer.get("stored").get(1).get("identifier").asText());
        assertTrue(ask("ASK { ?a <http://purl.org/dc/terms/title> \"Twelve children returned\" }"));
        assertTrue(ask("ASK { GRAPH <https://w3id.org/homeward/resource/graph/summary> { ?row "
                + "<https://w3id.org/homeward/ontology/table#article> \"kyiv.txt\" } }"), "the facts table has it");
    }

    @Test
    void aJsonLinesBatchIsStoredAndABadDocumentStopsTheWholeBatch() throws Exception {
        String good = JSON.createObjectNode().put("name", "kyiv.txt").put("text", TEXT)
                .set("metadata", JSON.readTree(SIDECAR)).toString();
        String bad = JSON.createObjectNode().put("name", "blank.txt").put("text", "   ").toString();

        HttpResponse<String> refused = post(jsonLines(good + "\n" + bad + "\n"));
        boolean storedAfterRefusal = ask("ASK { ?a <http://purl.org/dc/terms/identifier> \"kyiv.txt\" }");
        HttpResponse<String> stored = post(jsonLines(good + "\n"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("HW-E072") && refused.body().contains("HW-E007"), refused.body());
        assertFalse(storedAfterRefusal, "nothing of a refused batch is stored");
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(1, JSON.readTree(stored.body()).get("documents").asInt());
        assertTrue(ask("ASK { ?a <http://purl.org/dc/terms/identifier> \"kyiv.txt\" }"));
    }

    @Test
    void deletingADocumentRemovesItsGraphAndProvenance() throws Exception {
        String graph = JSON.readTree(post(plain(TEXT, "kyiv.txt")).body()).get("graph").asText();

        HttpResponse<String> deleted = post(request("/homeward/documents?graph=" + encode(graph)).DELETE());
        HttpResponse<String> again = post(request("/homeward/documents?graph=" + encode(graph)).DELETE());

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(0, count(graph));
        assertFalse(ask("ASK { GRAPH ?g { <" + graph + "> ?p ?o } }"), "its provenance is gone too");
        assertEquals(404, again.statusCode());
    }

    @Test
    void sparqlUpdateWorksWithTheToken() {
        UpdateExecutionHTTP.create()
                .endpoint(url("/homeward/update"))
                .httpHeader("Authorization", "Bearer " + TOKEN)
                .update("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:s> <urn:x:p> \"note\" } }")
                .execute();

        assertTrue(ask("ASK { GRAPH <urn:x:notes> { <urn:x:s> <urn:x:p> \"note\" } }"));
    }

    @Test
    void aDocumentGraphCanBeReadWithTheGraphStoreProtocol() throws Exception {
        String graph = JSON.readTree(post(plain(TEXT, "kyiv.txt")).body()).get("graph").asText();

        HttpResponse<String> turtle = send(request("/homeward/get?graph=" + encode(graph))
                .header("Accept", "text/turtle"));

        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.body().contains("ReturnStatistic"), turtle.body());
    }

    private HttpRequest.Builder plain(String text, String name) {
        return request("/homeward/documents?name=" + name)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(BodyPublishers.ofString(text));
    }

    private HttpRequest.Builder jsonLines(String body) {
        return request("/homeward/documents").header("Content-Type", "application/x-ndjson")
                .POST(BodyPublishers.ofString(body));
    }

    private HttpResponse<String> post(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.header("Authorization", "Bearer " + TOKEN));
    }

    private static String part(String name, String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + content + "\r\n";
    }

    private boolean ask(String query) {
        try (QueryExecutionHTTP execution = query(query).build()) {
            return execution.execAsk();
        }
    }

    private long count(String graph) {
        try (QueryExecutionHTTP execution = query("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")
                .build()) {
            return execution.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
