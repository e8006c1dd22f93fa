package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What anyone may and may not do: read-only, no SERVICE, no JavaScript, bounded bodies and results, CORS. */
class SafetyIT extends AbstractServerIT {

    private static final String ALL = "SELECT * WHERE { ?s ?p ?o }";

    @Override
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS.withMaxRows(5).withMaxBodyBytes(4096);
    }

    @Test
    void theHealthCheckAnswersAnyone() throws IOException, InterruptedException {
        assertEquals(200, send(request("/$/ping")).statusCode());
    }

    @Test
    void anUpdateWithoutTheTokenIsRefusedWith401AndAChallenge() {
        HttpException refused = assertThrows(HttpException.class, () -> UpdateExecutionHTTP.create()
                .endpoint(url("/homeward/update"))
                .update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }")
                .execute());

        assertEquals(401, refused.getStatusCode());
    }

    @Test
    void theChallengeNamesTheBearerScheme() throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/homeward/documents")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("Forty children were repatriated from Syria.")));

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer "));
        assertTrue(response.body().contains("HW-E060"), response.body());
    }

    @Test
    void aWrongTokenIsRefusedEvenWhereNoneIsNeeded() throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/homeward/sparql?query=ASK%7B%7D")
                .header("Authorization", "Bearer not-the-token-at-all"));

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void theReadEndpointsWriteNothing() throws IOException, InterruptedException {
        HttpResponse<String> update = send(request("/homeward/sparql")
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString("DROP ALL")));
        HttpResponse<String> put = send(request("/homeward/get?default")
                .header("Content-Type", "text/turtle")
                .PUT(BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));

        assertTrue(update.statusCode() >= 400, "an update sent to the query endpoint: " + update.statusCode());
        assertTrue(put.statusCode() >= 400, "a PUT to the graph store read endpoint: " + put.statusCode());
        assertFalse(store().isEmpty());
    }

    @Test
    void aFederatedQueryIsRefused() throws IOException, InterruptedException {
        String federated = "SELECT * WHERE { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }";
        QueryExceptionHTTP refused = assertThrows(QueryExceptionHTTP.class, () -> {
            try (QueryExecutionHTTP execution = query(federated).build()) {
                execution.execSelect().hasNext();
            }
        });
        HttpResponse<String> response = send(request("/homeward/sparql?query=" + encode(federated)));

        assertEquals(422, refused.getStatusCode());
        assertTrue(response.body().contains("SERVICE execution disabled"), response.body());
    }

    @Test
    void aJavaScriptFunctionIsRefused() throws IOException, InterruptedException {
        String script = "SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/jsFunction#f>(1) AS ?x) }";
        QueryExceptionHTTP refused = assertThrows(QueryExceptionHTTP.class, () -> {
            try (QueryExecutionHTTP execution = query(script).build()) {
                execution.execSelect().hasNext();
            }
        });
        HttpResponse<String> response = send(request("/homeward/sparql?query=" + encode(script)));

        assertEquals(400, refused.getStatusCode());
        assertTrue(response.body().contains("Scripting not enabled"), response.body());
    }

    @Test
    void anonymousResultsAreCappedAndTheResponseSaysSo() throws IOException, InterruptedException {
        try (QueryExecutionHTTP execution = query(ALL).build()) {
            assertEquals(5, count(execution.execSelect()));
        }
        HttpResponse<String> response = send(request("/homeward/sparql?query=" + encode(ALL))
                .header("Accept", "text/csv"));
        assertEquals("5", response.headers().firstValue(RowCappedQuery.HEADER).orElse(""));
    }

    @Test
    void theTokenLiftsTheCap() {
        try (QueryExecutionHTTP execution = query(ALL).httpHeader("Authorization", "Bearer " + TOKEN).build()) {
            assertTrue(count(execution.execSelect()) > 5);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws IOException, InterruptedException {
        String query = "ASK { ?s ?p \"" + "x".repeat(5000) + "\" }";
        HttpResponse<String> response = send(request("/homeward/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString(query)));

        assertEquals(413, response.statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/homeward/sparql", "/homeward/query", "/homeward/get"})
    void browsersMayQueryFromAnyPage(String path) throws IOException, InterruptedException {
        HttpResponse<String> preflight = send(request(path)
                .header("Origin", "https://notebook.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", BodyPublishers.noBody()));
        HttpResponse<String> get = send(request("/homeward/sparql?query=ASK%7B%7D")
                .header("Origin", "https://notebook.example"));

        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void browsersMayNotCallTheWriteEndpointsFromOtherPages() throws IOException, InterruptedException {
        HttpResponse<String> preflight = send(request("/homeward/documents")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", BodyPublishers.noBody()));

        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void theQueryPagesAreServed() throws IOException, InterruptedException {
        HttpResponse<String> ui = send(request("/"));
        HttpResponse<String> questions = send(request("/queries"));
        HttpResponse<String> file = send(request("/queries/flights.rq"));

        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), "the Fuseki UI is at /");
        assertEquals(200, questions.statusCode());
        for (String name : List.of("return-statistics", "flights", "document-provenance")) {
            assertTrue(questions.body().contains("/queries/" + name + ".rq"), name);
        }
        assertTrue(questions.body().contains("PREFIX hw: &lt;https://w3id.org/homeward/ontology#&gt;"),
                "a blank query starts with the prefixes");
        assertTrue(file.body().startsWith("# Question: "), file.body());
    }

    @Test
    void theAdminEndpointsAnswerThisMachine() throws IOException, InterruptedException {
        assertEquals(200, send(request("/$/server")).statusCode());
    }

    private static int count(ResultSet results) {
        int rows = 0;
        while (results.hasNext()) {
            results.next();
            rows++;
        }
        return rows;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
