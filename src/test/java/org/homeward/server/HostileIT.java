package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * The queries an attacker sends to hold the server, and what becomes of them: each is shed with an answer
 * (never left running past its timeout, never answered with a truncated 200) while an ordinary lookup keeps
 * answering. The figures of each run go to {@code target/reliability/hostile.csv}.
 */
class HostileIT extends AbstractServerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /**
     * A repeated group with a greedy star, over a text it cannot match: java.util.regex backtracks through
     * every way of splitting the text, for longer than anyone waits, on the first row already (JDK 17
     * short-cuts the textbook {@code ^(a+)+$}, not this).
     */
    private static final String BACKTRACKING = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
            + "FILTER(REGEX(CONCAT(\"" + "a".repeat(80) + "\", STR(?o)), \"(.*a){12}~~~\")) }";
    private static final String REPLACING = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
            + "BIND(REPLACE(CONCAT(\"" + "a".repeat(80) + "\", STR(?o)), \"(.*a){12}~~~\", \"x\") AS ?r) }";
    private static final String ORDERED_EVERYTHING = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c";
    private static final String LOOKUP =
            "SELECT ?s WHERE { ?s a <https://w3id.org/homeward/ontology#ReturnStatistic> } LIMIT 1";

    @Override
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS.withQueryTimeout(TIMEOUT);
    }

    @Test
    void fourBacktrackingRegularExpressionsAreShedWhileALookupAnswers() throws Exception {
        List<CompletableFuture<String>> hostile = new ArrayList<>();
        for (String query : List.of(BACKTRACKING, BACKTRACKING, REPLACING, BACKTRACKING)) {
            long started = System.nanoTime();
            hostile.add(sendAsync(sparqlGet(query)).thenApply(answer -> answer.statusCode() + ","
                    + millisSince(started) + "," + answer.body().lines().findFirst().orElse("")));
        }
        long asked = System.nanoTime();
        String lookup = lookupFromAnotherClient();
        long lookupMillis = millisSince(asked);

        List<String> figures = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            String answer = hostile.get(i).get(TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            figures.add("regex-" + i + "," + answer);
            assertTrue(answer.startsWith("200,") || answer.startsWith("503,"), answer);
        }
        figures.add("lookup-during-regex," + RawHttp.status(lookup) + "," + lookupMillis);
        Figures.write("hostile-regex.csv", figures);
        assertEquals(200, RawHttp.status(lookup), lookup);
    }

    @Test
    void aTimeoutAfterTheFirstRowIsA503ForAnAnonymousClient() throws Exception {
        long asked = System.nanoTime();
        HttpResponse<String> answer = send(sparqlGet(ORDERED_EVERYTHING));
        Figures.write("hostile-timeout.csv", List.of("ordered-everything," + answer.statusCode() + ","
                + millisSince(asked)));

        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.body().startsWith("HW-E068 "), answer.body());
        assertFalse(answer.body().contains("Query cancelled"), answer.body());
    }

    @Test
    void aStreamedAnswerCutByItsTimeoutEndsInAnErrorTheClientSees() throws Exception {
        String everything = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        CompletableFuture<HttpResponse<String>> streamed = sendAsync(sparqlGet(everything)
                .header("Authorization", "Bearer " + TOKEN));

        try {
            HttpResponse<String> answer = streamed.get(TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            fail("the client took the answer for whole: " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        } catch (ExecutionException cut) {
            assertTrue(cut.getCause() instanceof IOException, cut.toString());
        }
    }

    @Test
    void slowReadersOfTheWholeDatasetHoldNoQuerySlot() throws Exception {
        store().load(sink -> {
            // About 20 MB as N-Quads: more than the sockets buffer, so a reader that does not read stalls its writer.
            String filler = "x".repeat(800);
            for (int i = 0; i < 25_000; i++) {
                sink.quad(Quad.create(NodeFactory.createURI("urn:x-test:bulk"), NodeFactory.createURI("urn:x-test:s" + i),
                        NodeFactory.createURI("urn:x-test:p"), NodeFactory.createLiteralString(filler + i)));
            }
            return null;
        });
        List<java.net.Socket> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                readers.add(RawHttp.open(port(), "GET /homeward/get HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: application/n-quads", new byte[0]));
            }
            Thread.sleep(1_000);
            long asked = System.nanoTime();
            String lookup = lookupFromAnotherClient();
            Figures.write("hostile-slow-readers.csv", List.of("lookup-during-4-slow-readers," + RawHttp.status(lookup)
                    + "," + millisSince(asked)));

            assertEquals(200, RawHttp.status(lookup), lookup);
        } finally {
            for (java.net.Socket reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    void theWholeDatasetIsCappedForAnAnonymousClient() throws Exception {
        HttpResponse<String> capped = send(request("/homeward/get").header("Accept", "application/n-quads"));
        HttpResponse<String> whole = send(request("/homeward/get").header("Accept", "application/n-quads")
                .header("Authorization", "Bearer " + TOKEN));

        assertEquals(200, capped.statusCode());
        assertTrue(capped.headers().firstValue(RowCappedQuery.HEADER).isEmpty(), "the seeds are under the cap");
        assertEquals(whole.body().lines().count(), capped.body().lines().count());
    }

    /** The lookup, sent from another loopback address than the attacker's: another client for the slots. */
    private String lookupFromAnotherClient() throws IOException {
        return RawHttp.exchange(port(), "GET /homeward/sparql?query=" + URLEncoder.encode(LOOKUP, StandardCharsets.UTF_8)
                + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+json", new byte[0], "127.0.0.2");
    }

    private HttpRequest.Builder sparqlGet(String query) {
        return request("/homeward/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json");
    }

    private int port() {
        return URI.create(sparql()).getPort();
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
