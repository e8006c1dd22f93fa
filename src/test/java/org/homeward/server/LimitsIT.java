package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;

/**
 * A query that would run for hours ends with a timeout, and while such queries run the server keeps
 * answering: ordinary queries within the cap, and beyond a client's share of it 503 with Retry-After at
 * once, never a stall.
 */
class LimitsIT extends AbstractServerIT {

    /** Four copies of every statement joined with each other: about 10^12 rows to count. */
    private static final String PATHOLOGICAL =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String ORDINARY =
            "SELECT ?s WHERE { ?s a <https://w3id.org/homeward/ontology#ReturnStatistic> } LIMIT 1";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Override
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS.withQueryTimeout(TIMEOUT).withMaxConcurrentQueries(3);
    }

    @Test
    void aPathologicalQueryTimesOutWhileOrdinaryQueriesKeepAnswering() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> pathological = ask(PATHOLOGICAL);
        Thread.sleep(300);

        int answered = 0;
        long slowest = 0;
        while (elapsed(start) < TIMEOUT.toMillis() - 500) {
            long asked = System.nanoTime();
            assertEquals(200, get(ORDINARY).statusCode(), "an ordinary query while the pathological one runs");
            slowest = Math.max(slowest, elapsed(asked));
            answered++;
        }
        assertFalse(pathological.isDone(), "the pathological query ended before its timeout");
        HttpResponse<String> timedOut = pathological.get(TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS);

        Figures.write("limits-join.csv", java.util.List.of("slowest-lookup-during-join,200," + slowest,
                "four-way-join," + timedOut.statusCode() + "," + elapsed(start)));

        assertTrue(answered > 0, "no ordinary query ran while the pathological one did");
        assertEquals(503, timedOut.statusCode(), timedOut.body());
        assertTrue(timedOut.body().startsWith("HW-E068 "), timedOut.body());
    }

    @Test
    void beyondItsShareAClientIsToldToRetryInsteadOfWaiting() throws Exception {
        CompletableFuture<HttpResponse<String>> first = ask(PATHOLOGICAL);
        Thread.sleep(300);
        CompletableFuture<HttpResponse<String>> second = ask(PATHOLOGICAL);
        Thread.sleep(300);

        HttpResponse<String> refused = get(ORDINARY);

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals(Long.toString(TIMEOUT.toSeconds()), refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("HW-E062"), refused.body());
        assertTrue(first.get(30, TimeUnit.SECONDS).body().contains("timed out"));
        assertTrue(second.get(30, TimeUnit.SECONDS).body().contains("timed out"));
        try (QueryExecutionHTTP execution = query(ORDINARY).build()) {
            assertTrue(execution.execSelect().hasNext(), "once the slots are free, queries answer again");
        }
    }

    private HttpResponse<String> get(String query) {
        try {
            return send(sparqlGet(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a query and returns at once: the common pool may have one thread only. */
    private CompletableFuture<HttpResponse<String>> ask(String query) {
        return sendAsync(sparqlGet(query));
    }

    private HttpRequest.Builder sparqlGet(String query) {
        return request("/homeward/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json");
    }

    private static long elapsed(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
