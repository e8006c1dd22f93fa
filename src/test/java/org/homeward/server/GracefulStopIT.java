package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.homeward.io.DocumentSource;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop lets the requests in flight finish and answer before the server goes. */
class GracefulStopIT {

    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path runArea;

    @Test
    void aRequestInFlightAtStopIsAnsweredBeforeTheServerStops() throws Exception {
        GraphStore store = GraphStore.temporary();
        new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
        HomewardServer server = HomewardServer.builder()
                .ingestion(new Ingestion(Fixtures.build(), store))
                .runArea(runArea)
                .port(0)
                .token(Optional.empty())
                .limits(ServerLimits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(1)))
                .gracePeriod(Duration.ofSeconds(10))
                .build()
                .start();
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(SLOW, StandardCharsets.UTF_8);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);

        long start = System.nanoTime();
        server.stop();
        long stopping = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        store.close();

        HttpResponse<String> answer = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(503, answer.statusCode(), "the query ran to its timeout and was answered: " + answer.body());
        assertTrue(stopping >= 300, "the stop waited for the query: " + stopping + " ms");
        assertTrue(isRefused(url), "after the stop, nothing answers");
    }

    private static boolean isRefused(String url) throws InterruptedException {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
