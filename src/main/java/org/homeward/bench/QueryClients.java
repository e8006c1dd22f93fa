package org.homeward.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Clients that send a SPARQL query over HTTP, as a SPARQL client does (POST, {@code application/sparql-query},
 * JSON results), each sending it again as soon as it has read the whole answer, until the time is up; each
 * sends at least one. A client gives up on an answer after the request timeout. A 200 whose JSON stops short
 * (Fuseki streams results after the status, so a query that fails halfway leaves it unclosed) counts as an
 * error, not an answer.
 */
final class QueryClients {

    private static final String JSON = "application/sparql-results+json";
    /** The outcome of a complete answer with status 200. */
    private static final String ANSWERED = "answered";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final Duration requestTimeout;

    QueryClients(URI endpoint, Duration requestTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
    }

    /**
     * {@code clients} clients sending {@code query} for {@code duration}; each request's text comes from
     * {@code query}, with each client's own random numbers (seeded by its number, so runs repeat).
     */
    QueryRun run(String name, Function<Random, String> query, int clients, Duration duration)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<Client>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Random random = new Random(i);
                futures.add(pool.submit(() -> new Client().runUntil(() -> request(query.apply(random)), deadline)));
            }
            List<Client> done = new ArrayList<>();
            for (Future<Client> future : futures) {
                done.add(Futures.get(future));
            }
            return merge(name, clients, done, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .timeout(requestTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
    }

    private static QueryRun merge(String name, int clients, List<Client> done, long nanos) {
        long[] all = done.stream().flatMapToLong(client -> Arrays.stream(client.latencies())).toArray();
        Map<String, Long> errors = new HashMap<>();
        long bytes = 0;
        for (Client client : done) {
            client.errors.forEach((outcome, count) -> errors.merge(outcome, count, Long::sum));
            bytes += client.bytes;
        }
        int rows = done.stream().map(client -> client.firstAnswer).filter(Objects::nonNull)
                .map(QueryClients::rows).filter(count -> count >= 0).findFirst().orElse(-1);
        return new QueryRun(name, clients, rows, Latencies.of(all), errors, nanos, bytes);
    }

    /** The rows of a JSON answer, read as a SPARQL client reads them; -1 if it cannot be read. */
    private static int rows(byte[] answer) {
        try {
            return ResultSetFormatter.consume(
                    ResultSetMgr.read(new ByteArrayInputStream(answer), ResultSetLang.RS_JSON));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * {@value #ANSWERED}, or what went wrong: the status, or a 200 whose results stop short. A complete answer
     * ends by closing the bindings' array, the results' object and the answer's object.
     */
    private static String outcome(HttpResponse<byte[]> answer) {
        if (answer.statusCode() != 200) {
            return Integer.toString(answer.statusCode());
        }
        byte[] body = answer.body();
        StringBuilder end = new StringBuilder();
        for (int i = body.length - 1; i >= 0 && end.length() < 3; i--) {
            if (!Character.isWhitespace(body[i])) {
                end.insert(0, (char) body[i]);
            }
        }
        return end.toString().equals("]}}") ? ANSWERED : "200 cut short";
    }

    /** One client's loop and what it saw; used by one thread only. */
    private final class Client {
        private long[] latencies = new long[1024];
        private int count;
        private long bytes;
        private byte[] firstAnswer;
        private final Map<String, Long> errors = new HashMap<>();

        Client runUntil(Supplier<HttpRequest> requests, long deadline) throws InterruptedException {
            // At least one request each, however short the time: a slow query still gets its latency.
            do {
                HttpRequest request = requests.get();
                long start = System.nanoTime();
                String outcome;
                try {
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    outcome = outcome(answer);
                    bytes += answer.body().length;
                    if (outcome.equals(ANSWERED) && firstAnswer == null) {
                        firstAnswer = answer.body();
                    }
                } catch (IOException e) {
                    outcome = "no answer";
                }
                record(outcome, System.nanoTime() - start);
            } while (System.nanoTime() < deadline);
            return this;
        }

        private void record(String outcome, long nanos) {
            if (!outcome.equals(ANSWERED)) {
                errors.merge(outcome, 1L, Long::sum);
                return;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        long[] latencies() {
            return Arrays.copyOf(latencies, count);
        }
    }
}
