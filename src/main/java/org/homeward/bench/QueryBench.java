package org.homeward.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
 * SPARQL over HTTP on an existing database: the real server, started in this JVM on a free loopback port as
 * {@code serve --data DIR} starts it, answers each competency query of {@code queries/} to each number of
 * concurrent clients, for a fixed time after a warm-up. A lookup asks for a value drawn at random from the
 * database for each request ({@link LookupValues}), so that it finds something. Each query gets a freshly started server, so that one
 * still running past its timeout (Jena 5.6 does not stop every query at once) cannot slow the next.
 */
public final class QueryBench {

    private final BuildOperation build;
    private final Consumer<String> progress;

    /**
     * How to run.
     *
     * @param data the data directory ({@code DIR/tdb2} holds the database)
     * @param queries the names of the queries to run (file names without {@code .rq}); empty for all
     * @param clients the numbers of concurrent clients, each measured in turn
     * @param duration how long each query runs at each number of clients; each client sends at least one
     * @param warmup how long each query runs on one client before it is measured; zero for no warm-up
     * @param requestTimeout how long a client waits for an answer before it counts as none
     * @param limits the server's limits; the cap on concurrent queries should not be below the most clients
     */
    public record Settings(Path data, Set<String> queries, List<Integer> clients, Duration duration, Duration warmup,
            Duration requestTimeout, ServerLimits limits) {

        /** Checks the clients and durations. */
        public Settings {
            queries = Set.copyOf(queries);
            clients = List.copyOf(clients);
            if (clients.isEmpty() || clients.stream().anyMatch(count -> count < 1)) {
                throw new IllegalArgumentException("the numbers of clients must be at least 1: " + clients);
            }
            if (duration.isNegative() || warmup.isNegative() || requestTimeout.isNegative()
                    || requestTimeout.isZero()) {
                throw new IllegalArgumentException("durations must not be negative: " + duration + ", " + warmup
                        + ", " + requestTimeout);
            }
        }
    }

    /**
     * What the server answered.
     *
     * @param runs one per query and number of clients
     * @param peakHeapBytes the peak heap of this JVM, servers and clients, during the runs
     */
    public record Result(List<QueryRun> runs, long peakHeapBytes) {}

    /** Measures the queries with {@code build} behind the server, as serve has it; {@code progress} hears of each. */
    public QueryBench(BuildOperation build, Consumer<String> progress) {
        this.build = build;
        this.progress = progress;
    }

    /** Runs every chosen query at every number of clients. */
    public Result run(Settings settings)
            throws FileException, BenchException, ServerStartException, InterruptedException {
        Path database = settings.data().resolve(ServeOperation.DATABASE);
        if (!GraphStore.exists(database)) {
            throw new FileException("HW-E050", database, "no Homeward database here (bench load or serve makes one)");
        }
        List<QueryRun> runs = new ArrayList<>();
        Memory.resetPeaks();
        for (CompetencyQueries.Example query : chosen(settings.queries())) {
            progress.accept("query " + query.name());
            runs.addAll(runOne(query, settings));
        }
        return new Result(runs, Memory.peakHeapBytes());
    }

    private List<QueryRun> runOne(CompetencyQueries.Example query, Settings settings)
            throws FileException, ServerStartException, InterruptedException {
        ServeOperation.Settings serve = new ServeOperation.Settings(settings.data(), settings.data(), false,
                "localhost", 0, Optional.empty(), settings.limits());
        Serving serving = ServeOperation.asFound(build).start(serve);
        try {
            URI endpoint = URI.create(serving.server().sparqlUrl());
            QueryClients clients = new QueryClients(endpoint, settings.requestTimeout());
            LookupValues values = LookupValues.read(endpoint);
            Function<Random, String> requests = values.requests(query.text());
            if (values.draws(query.text())) {
                progress.accept(query.name() + ": each request looks up a value drawn at random from the database");
            }
            if (!settings.warmup().isZero()) {
                clients.run(query.name(), requests, 1, settings.warmup());
            }
            List<QueryRun> runs = new ArrayList<>();
            for (int count : settings.clients()) {
                runs.add(clients.run(query.name(), requests, count, settings.duration()));
            }
            return runs;
        } finally {
            stop(serving);
        }
    }

    /** Stops the server; one that cannot stop in time still has a query running, which the report must tell. */
    private void stop(Serving serving) {
        try {
            serving.close();
        } catch (RuntimeException e) {
            progress.accept("the server did not stop within its grace period: a query outlived the clients' wait, "
                    + "still runs, and may slow the next query (" + e + ")");
        }
    }

    private static List<CompetencyQueries.Example> chosen(Set<String> names) throws BenchException {
        List<CompetencyQueries.Example> all = CompetencyQueries.load();
        List<String> known = all.stream().map(CompetencyQueries.Example::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new BenchException("HW-E082", "no query '" + name + "' in queries/; there are " + known);
            }
        }
        return all.stream().filter(query -> names.isEmpty() || names.contains(query.name())).toList();
    }
}
