package org.homeward.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of every endpoint test: before each test a fresh server on a free port over an in-memory store
 * that holds the seeds, with {@link #TOKEN} as its token; after it, the server stops. Tests query it with
 * Jena's SPARQL client, and use raw HTTP only for status codes and headers. A subclass changes the token or
 * the limits by overriding {@link #token()} or {@link #limits()}.
 */
public abstract class AbstractServerIT {

    /** The token the test servers accept. */
    protected static final String TOKEN = "test-token-0123456789abcdef";

    /** The seeds' quads, extracted once for all tests, as {@link Fixtures#build()} makes them. */
    private static List<Quad> seeds;

    @TempDir
    Path runArea;

    private GraphStore store;
    private HomewardServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The token of the server under test. */
    protected Optional<AccessToken> token() {
        return Optional.of(AccessToken.of(TOKEN));
    }

    /** The limits of the server under test. */
    protected ServerLimits limits() {
        return ServerLimits.DEFAULTS;
    }

    @BeforeEach
    void startServer() throws FileException {
        store = GraphStore.temporary();
        List<Quad> quads = seedQuads();
        store.load(sink -> {
            quads.forEach(sink::quad);
            return null;
        });
        server = HomewardServer.builder()
                .ingestion(new Ingestion(Fixtures.build(), store))
                .runArea(runArea)
                .port(0)
                .token(token())
                .limits(limits())
                .build()
                .start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
        store.close();
    }

    /** The store the server serves. */
    protected GraphStore store() {
        return store;
    }

    /** The SPARQL query endpoint. */
    protected String sparql() {
        return server.sparqlUrl();
    }

    /** The absolute URL of a path on the server, such as {@code /$/ping}. */
    protected String url(String path) {
        return server.url() + path.substring(1);
    }

    /** A SPARQL query to the endpoint, to be built and run. */
    protected QueryExecutionHTTPBuilder query(String query) {
        return QueryExecutionHTTPBuilder.create().endpoint(sparql()).query(query);
    }

    /** A raw request to a path, for status codes and headers. */
    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    /** Sends a raw request and reads the body as text. */
    protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a raw request without waiting for the answer. */
    protected CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static synchronized List<Quad> seedQuads() throws FileException {
        if (seeds == null) {
            CollectorStreamRDF collector = new CollectorStreamRDF();
            Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), collector, null);
            seeds = List.copyOf(collector.getQuads());
        }
        return seeds;
    }
}
