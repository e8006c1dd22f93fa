package org.homeward.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.homeward.build.BuildOperation;
import org.homeward.build.SoftwareVersion;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.io.FileException;
import org.homeward.server.AccessToken;
import org.homeward.server.HomewardServer;
import org.homeward.server.ServeOperation;
import org.homeward.server.ServerLimits;
import org.homeward.server.ServerStartException;
import org.homeward.server.Serving;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeward serve}: the SPARQL server, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serves the knowledge graph over SPARQL with an embedded Apache Jena Fuseki, until Ctrl-C.",
            "On first start it builds the documents of --input into a TDB2 database under --data; later starts "
                    + "open that database without extracting again."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR|FILE", defaultValue = "seeds",
            description = "Documents to fill an empty database from, or an N-Quads/TriG dump "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path input;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory: the database in DIR/tdb2, Fuseki's run area in DIR/run "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--mem",
            description = "Build a temporary database, deleted when the server stops, instead of the one under --data.")
    private boolean temporary;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "localhost",
            description = "The interface to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every one.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "The port; 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients may address writes and administration to, besides localhost, IP "
                    + "addresses and --host (repeatable); other Host headers get 403 there.")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token for update, ingestion and deletion; else $"
                    + AccessToken.ENVIRONMENT_VARIABLE + "; without either they are off.")
    private Path tokenFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a query may run (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "4",
            description = "Queries running at once; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    private int maxQueries;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most results a query without the token gets (default: ${DEFAULT-VALUE}).")
    private long maxRows;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBody;

    /** Serves until the process is told to stop; exit status 1 if it cannot start. */
    @Override
    public Integer call() throws InterruptedException {
        Optional<AccessToken> token;
        Serving serving;
        try {
            token = AccessToken.configured(tokenFile, System.getenv(AccessToken.ENVIRONMENT_VARIABLE));
            serving = new ServeOperation(build()).start(settings(token));
        } catch (FileException | ServerStartException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("HW-E058 invalid option: " + e.getMessage());
            return 1;
        }
        StopSignals.onStop(serving::close);
        Runtime.getRuntime().addShutdownHook(new Thread(serving::close, "homeward-shutdown"));
        report(serving, token.isPresent());
        serving.awaitStop();
        return 0;
    }

    private static BuildOperation build() {
        return new BuildOperation(new RuleBasedExtractor(), Clock.systemUTC(), SoftwareVersion.current());
    }

    private ServeOperation.Settings settings(Optional<AccessToken> token) {
        ServerLimits limits = new ServerLimits(Duration.ofSeconds(timeoutSeconds), maxQueries, maxRows, maxBody);
        return new ServeOperation.Settings(input, data, temporary, host, port, token, limits, Set.copyOf(allowedHosts));
    }

    private void report(Serving serving, boolean writable) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Serving.Startup startup = serving.startup();
        switch (startup.kind()) {
            case BUILT -> {
                startup.report().warnings().forEach(warning -> err.println("warning: " + warning));
                startup.report().failures().forEach(err::println);
                out.println(startup.report().summary());
            }
            case RESTORED -> out.println("restored " + startup.documents() + " document graphs from " + input);
            case OPENED -> out.println("opened " + (temporary ? "the database" : data.resolve(ServeOperation.DATABASE))
                    + ": " + startup.documents() + " documents" + (startup.documents() == 0
                            ? " (emptied since it was filled; --input fills only a database that never was)" : ""));
        }
        HomewardServer server = serving.server();
        out.println("Homeward is serving " + server.url() + " — SPARQL at " + server.sparqlUrl());
        out.println("Competency questions: " + server.url() + "queries");
        out.println("Explore the graph: " + server.url() + "explore — every resource has a page under "
                + server.url() + "resource/");
        out.println(writable ? "Update and ingestion: on, with the bearer token"
                : "Update and ingestion: off (set $" + AccessToken.ENVIRONMENT_VARIABLE + " or --token-file)");
        out.println("Ctrl-C stops it.");
        out.flush();
    }
}
