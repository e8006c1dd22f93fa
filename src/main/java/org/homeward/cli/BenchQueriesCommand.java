package org.homeward.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.homeward.bench.QueryBench;
import org.homeward.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench queries}: every competency query over HTTP at several numbers of clients. */
@Command(
        name = "queries",
        mixinStandardHelpOptions = true,
        description = {"Serves an existing database in process, as serve does, and runs every query of queries/ "
                + "over HTTP from each number of concurrent clients: p50 and p99 latency, queries per second, errors."})
final class BenchQueriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The data directory of the database (as serve --data), such as WORK/homeward of bench load.")
    private Path data;

    @Option(names = "--queries", paramLabel = "NAME,NAME", split = ",",
            description = "Only these queries (file names of queries/ without .rq; default: all).")
    private Set<String> queries = new TreeSet<>();

    @Option(names = "--clients", paramLabel = "N,N", split = ",", defaultValue = "1,4,16",
            description = "The numbers of concurrent clients (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "How long each query runs at each number of clients (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "3",
            description = "How long each query runs on one client first (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--request-timeout", paramLabel = "S", defaultValue = "300",
            description = "How long a client waits for an answer before it counts as none (default: ${DEFAULT-VALUE}); "
                    + "long, so that a query Jena does not stop at its timeout is waited for, not left running.")
    private double requestTimeout;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "16",
            description = "The server's cap on queries at once (serve's default is 4; default here: ${DEFAULT-VALUE}, "
                    + "so that no client is refused).")
    private int maxQueries;

    /** Runs the query benchmark. */
    @Override
    public Integer call() throws InterruptedException {
        String arguments = "queries --data " + data
                + (queries.isEmpty() ? "" : " --queries " + String.join(",", queries))
                + " --clients " + String.join(",", clients.stream().map(String::valueOf).toList()) + " --seconds "
                + seconds + " --warmup " + warmup + " --request-timeout " + requestTimeout + " --max-queries "
                + maxQueries;
        QueryBench.Settings settings = new QueryBench.Settings(data, queries, clients, duration(seconds),
                duration(warmup), duration(requestTimeout), ServerLimits.DEFAULTS.withMaxConcurrentQueries(maxQueries));
        return BenchRunner.run(spec, arguments, (suite, command) -> List.of(suite.queries(settings, command)));
    }

    private static Duration duration(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
