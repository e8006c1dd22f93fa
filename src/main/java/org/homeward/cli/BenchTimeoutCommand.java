package org.homeward.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.homeward.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward bench timeout}: queries past their timeout, while lookups go on. */
@Command(
        name = "timeout",
        mixinStandardHelpOptions = true,
        description = {"Serves an existing database in process, as serve does, and sends queries that scan and join "
                + "far past the query timeout while clients look up articles at random: how each ended (503 within "
                + "the timeout and 2 s), and the lookups' latency meanwhile."})
final class BenchTimeoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The data directory of the database (as serve --data), such as WORK/homeward of bench load.")
    private Path data;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Lookup clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--query-timeout", paramLabel = "S", defaultValue = "10",
            description = "The server's query timeout (serve's default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    /** Runs the timeout benchmark. */
    @Override
    public Integer call() throws InterruptedException {
        String arguments = "timeout --data " + data + " --clients " + clients + " --query-timeout " + timeoutSeconds;
        ServerLimits limits = ServerLimits.DEFAULTS.withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxConcurrentQueries(clients + 2);
        return BenchRunner.run(spec, arguments, (suite, command) -> List.of(suite.timeouts(data, clients, limits,
                command)));
    }
}
