package org.homeward.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.homeward.map.ResourceIris;
import org.homeward.store.OntologyGraph;
import org.homeward.server.AbstractServerIT;
import org.homeward.server.Figures;
import org.homeward.server.ServerLimits;
import org.homeward.vocab.HW;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen clients read the whole store over and over while documents are added, replaced and deleted over
 * HTTP: no read ever sees a torn document (a graph short of statements, data without its provenance, or
 * provenance without its data). Each read is one query, so one snapshot. {@code -Dhomeward.soak.seconds=N}
 * sets the length (6 s by default); the figures go to {@code target/reliability/soak.csv}.
 */
class SoakIT extends AbstractServerIT {

    private static final int CLIENTS = 16;
    private static final long SECONDS = Long.getLong("homeward.soak.seconds", 6);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROVENANCE = ResourceIris.provenanceGraph().getURI();
    private static final String SNAPSHOT = "SELECT ?kind ?g (COUNT(?s) AS ?n) WHERE {"
            + " { BIND(\"described\" AS ?kind) GRAPH <" + PROVENANCE + "> { ?g a <" + HW.DocumentGraph.getURI() + "> }"
            + "   OPTIONAL { GRAPH ?g { ?s ?p ?o } } }"
            + " UNION { BIND(\"orphan\" AS ?kind) GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + PROVENANCE + ">)"
            + "   FILTER(?g != <" + ResourceIris.summaryGraph().getURI() + "> && ?g != <" + OntologyGraph.IRI + ">)"
            + "   FILTER NOT EXISTS { GRAPH <" + PROVENANCE + "> { ?g a <" + HW.DocumentGraph.getURI() + "> } } }"
            + "} GROUP BY ?kind ?g";

    @TempDir
    Path corpus;

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong torn = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    @Override
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS.withMaxConcurrentQueries(CLIENTS);
    }

    @Test
    void readersNeverSeeATornDocumentWhileDocumentsComeAndGo() throws Exception {
        Documents documents = Documents.write(corpus, 40);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            clients.add(CompletableFuture.runAsync(() -> write(documents, end), pool));
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(CompletableFuture.runAsync(() -> read(documents, end), pool));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(SECONDS + 120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        Figures.write("soak.csv", List.of("clients,seconds,reads,refused,writes,torn",
                CLIENTS + "," + SECONDS + "," + reads + "," + refused + "," + writes + "," + torn));

        assertEquals(0, torn.get(), "torn reads");
        assertTrue(reads.get() > 0 && writes.get() > 0, "reads " + reads + ", writes " + writes);
    }

    /** Adds each document, then deletes or replaces it, round after round, until the end. */
    private void write(Documents documents, long end) {
        List<Path> texts = new ArrayList<>(documents.graphs().keySet());
        for (int round = 0; System.nanoTime() < end; round++) {
            for (Path text : texts) {
                if (System.nanoTime() >= end) {
                    return;
                }
                boolean delete = (round + text.hashCode()) % 3 == 0;
                HttpResponse<String> response = sendWithToken(delete
                        ? request("/homeward/documents?graph=" + encode(documents.graphs().get(text).getURI())).DELETE()
                        : request("/homeward/documents?name=" + text.getFileName() + sidecar(text))
                                .header("Content-Type", "text/plain; charset=utf-8").POST(body(text)));
                writes.incrementAndGet();
                assertTrue(response.statusCode() < 300 || delete && response.statusCode() == 404, response.body());
            }
        }
    }

    /** Reads the whole store in one query, again and again, and counts the torn documents it sees. */
    private void read(Documents documents, long end) {
        while (System.nanoTime() < end) {
            HttpResponse<String> response = sendAnonymous(request("/homeward/sparql?query=" + encode(SNAPSHOT))
                    .header("Accept", "application/sparql-results+json"));
            if (response.statusCode() == 503) {
                refused.incrementAndGet();
                continue;
            }
            assertEquals(200, response.statusCode(), response.body());
            reads.incrementAndGet();
            torn.addAndGet(tornIn(response.body(), documents.sizes()));
        }
    }

    private static long tornIn(String results, Map<Node, Long> sizes) {
        try {
            long count = 0;
            for (JsonNode row : JSON.readTree(results).path("results").path("bindings")) {
                Node graph = NodeFactory.createURI(row.path("g").path("value").asText());
                long statements = row.path("n").path("value").asLong();
                boolean orphan = "orphan".equals(row.path("kind").path("value").asText());
                if (orphan || sizes.get(graph) == null || sizes.get(graph) != statements) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable results: " + results, e);
        }
    }

    private HttpResponse<String> sendWithToken(HttpRequest.Builder request) {
        return sendAnonymous(request.header("Authorization", "Bearer " + TOKEN));
    }

    private HttpResponse<String> sendAnonymous(HttpRequest.Builder request) {
        try {
            return super.send(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher body(Path text) {
        try {
            return HttpRequest.BodyPublishers.ofFile(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sidecar(Path text) {
        Path sidecar = text.resolveSibling(text.getFileName().toString().replace(".txt", ".json"));
        try {
            return Files.isRegularFile(sidecar) ? "&metadata=" + encode(Files.readString(sidecar)) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
