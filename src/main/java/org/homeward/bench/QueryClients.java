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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetException;

/**
 * Clients that send a SPARQL query over HTTP, as a SPARQL client does (POST, {@code application/sparql-query},
 * JSON results), each sending it again as soon as it has read the whole answer, until the time is up; each
 * sends at least one. A client gives up on an answer after the request timeout.
 */
final class QueryClients {

    private static final String JSON = "application/sparql-results+json";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final Duration requestTimeout;

    QueryClients(URI endpoint, Duration requestTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
    }

    /** {@code clients} clients sending {@code query} for {@code duration}. */
    QueryRun run(String name, String query, int clients, Duration duration) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .timeout(requestTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<Client>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> new Client().runUntil(request, deadline)));
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

    private static QueryRun merge(String name, int clients, List<Client> done, long nanos) {
        long[] all = done.stream().flatMapToLong(client -> Arrays.stream(client.latencies())).toArray();
        Map<Integer, Long> errors = new HashMap<>();
        long bytes = 0;
        for (Client client : done) {
            client.errors.forEach((status, count) -> errors.merge(status, count, Long::sum));
            bytes += client.bytes;
        }
        int rows = done.stream().map(client -> client.firstAnswer).filter(Objects::nonNull)
                .map(QueryClients::rows).filter(count -> count >= 0).findFirst().orElse(-1);
        return new QueryRun(name, clients, rows, Latencies.of(all), errors, nanos, bytes);
    }

    /**
     * The rows of a JSON answer, read as a SPARQL client reads them; -1 for an answer cut short, as one is when
     * its query times out while the results stream (the status, 200, was sent before).
     */
    private static int rows(byte[] answer) {
        try {
            return ResultSetFormatter.consume(
                    ResultSetMgr.read(new ByteArrayInputStream(answer), ResultSetLang.RS_JSON));
        } catch (ResultSetException e) {
            return -1;
        }
    }

    /** One client's loop and what it saw; used by one thread only. */
    private final class Client {
        private long[] latencies = new long[1024];
        private int count;
        private long bytes;
        private byte[] firstAnswer;
        private final Map<Integer, Long> errors = new HashMap<>();

        Client runUntil(HttpRequest request, long deadline) throws InterruptedException {
            // At least one request each, however short the time: a slow query still gets its latency.
            do {
                long start = System.nanoTime();
                int status;
                try {
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    status = answer.statusCode();
                    bytes += answer.body().length;
                    if (status == 200 && firstAnswer == null) {
                        firstAnswer = answer.body();
                    }
                } catch (IOException e) {
                    status = 0;
                }
                record(status, System.nanoTime() - start);
            } while (System.nanoTime() < deadline);
            return this;
        }

        private void record(int status, long nanos) {
            if (status != 200) {
                errors.merge(status, 1L, Long::sum);
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
