package org.homeward.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.homeward.build.BuildOperation;
import org.homeward.io.FileException;
import org.homeward.server.CompetencyQueries;
import org.homeward.server.ServeOperation;
import org.homeward.server.ServerLimits;
import org.homeward.server.ServerStartException;
import org.homeward.server.Serving;
import org.homeward.store.GraphStore;

/**
 * Queries past their timeout while lookups go on: the real server on an existing database, started as
 * {@code serve --data DIR} starts it; clients look up articles drawn at random for the whole run, while one more
 * client sends, one after the other, queries that would scan and join far longer than the timeout allows. Each
 * should end within the timeout and 2 s, with status 503, while the lookups keep answering.
 */
public final class TimeoutBench {

    /** The lookup the clients keep sending. */
    private static final String LOOKUP = "document-provenance";
    /** How long the lookups run before a query past its timeout is sent, and after it has ended. */
    private static final Duration MARGIN = Duration.ofSeconds(2);

    /** Queries past any timeout on a large database: a long scan joined through the indexes, and a hash join. */
    private static final List<Pathological> PATHOLOGICAL = List.of(
            new Pathological("every pair of statements with an object in common (long scan, index join)",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?x FILTER(?a != ?b) }"),
            new Pathological("two scans of every statement joined on their objects (hash join)",
                "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?x WHERE { ?a ?p ?x } } "
                    + "{ SELECT ?x WHERE { ?b ?q ?x } } }"));

    /** A query past its timeout, and what it asks. */
    private record Pathological(String question, String query) {}

    private final BuildOperation build;
    private final Consumer<String> progress;

    /**
     * What happened to one query past its timeout.
     *
     * @param query what the query asks
     * @param status the answer's status, {@code no answer}, or {@code 200 cut short}
     * @param nanos from sending it to the end of its answer
     * @param timeout the server's query timeout
     * @param lookups what the lookup clients got meanwhile
     */
    public record Outcome(String query, String status, long nanos, Duration timeout, QueryRun lookups) {

        /** Whether it ended as it should: with 503, within the timeout and 2 s. */
        public boolean held() {
            return status.equals("503") && nanos <= timeout.plusSeconds(2).toNanos();
        }
    }

    /** Runs against servers with {@code build} behind them; {@code progress} hears of each query. */
    public TimeoutBench(BuildOperation build, Consumer<String> progress) {
        this.build = build;
        this.progress = progress;
    }

    /** Each query past its timeout, with {@code clients} lookup clients, on the database under {@code data}. */
    public List<Outcome> run(Path data, int clients, ServerLimits limits)
            throws FileException, ServerStartException, InterruptedException {
        if (!GraphStore.exists(data.resolve(ServeOperation.DATABASE))) {
            throw new FileException("HW-E050", data, "no Homeward database here (bench load or serve makes one)");
        }
        ServeOperation.Settings serve = new ServeOperation.Settings(data, data, false, "localhost", 0,
                Optional.empty(), limits);
        Serving serving = ServeOperation.asFound(build).start(serve);
        try {
            URI endpoint = URI.create(serving.server().sparqlUrl());
            String lookup = CompetencyQueries.load().stream().filter(query -> query.name().equals(LOOKUP))
                    .findFirst().orElseThrow().text();
            Function<Random, String> lookups = LookupValues.read(endpoint).requests(lookup);
            List<Outcome> outcomes = new ArrayList<>();
            for (Pathological query : PATHOLOGICAL) {
                progress.accept("past its timeout: " + query.question());
                outcomes.add(runOne(endpoint, query, lookups, clients, limits.queryTimeout()));
            }
            return outcomes;
        } finally {
            serving.close();
        }
    }

    private static Outcome runOne(URI endpoint, Pathological query, Function<Random, String> lookups,
            int clients, Duration timeout) throws InterruptedException {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            // The lookups run from before the query is sent until after its timeout and margin have passed.
            Duration lasting = timeout.plus(MARGIN.multipliedBy(3));
            Future<QueryRun> looking = background.submit(() -> new QueryClients(endpoint, timeout.multipliedBy(3))
                    .run(LOOKUP, lookups, clients, lasting));
            Thread.sleep(MARGIN.toMillis());
            long start = System.nanoTime();
            String status = send(endpoint, query.query(), timeout.multipliedBy(10));
            long nanos = System.nanoTime() - start;
            return new Outcome(query.question(), status, nanos, timeout, Futures.get(looking));
        } finally {
            background.shutdownNow();
        }
    }

    /** The status of the answer to {@code query}, or what went wrong. */
    private static String send(URI endpoint, String query, Duration wait) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").timeout(wait)
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            boolean cut = answer.statusCode() == 200 && !answer.body().stripTrailing().endsWith("}");
            return cut ? "200 cut short" : Integer.toString(answer.statusCode());
        } catch (IOException e) {
            return "no answer";
        }
    }
}
