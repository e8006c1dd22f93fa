package org.homeward.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.homeward.server.web.WebRoutes;
import org.homeward.store.Ingestion;

/**
 * Homeward's SPARQL server: an embedded Apache Jena Fuseki over a {@link org.homeward.store.GraphStore},
 * read-only and bounded for anyone, writable with a bearer token, listening on loopback unless told
 * otherwise. The dataset {@code /homeward} offers SPARQL Query at {@code sparql} and {@code query}, Graph
 * Store Protocol reads at {@code get} and, with a token, SPARQL Update at {@code update} and ingestion at
 * {@code documents}; {@code /} is the Fuseki UI, {@code /queries} the competency questions and
 * {@code /$/ping} the health check. Every route, those added later too, passes the {@link Guards}.
 *
 * <pre>{@code
 * HomewardServer server = HomewardServer.builder()
 *         .ingestion(new Ingestion(buildOperation, GraphStore.open(Path.of("data/tdb2"))))
 *         .runArea(Path.of("data/run"))
 *         .port(3030)
 *         .build()
 *         .start();
 * System.out.println(server.url());   // http://localhost:3030/
 * server.stop();
 * }</pre>
 */
public final class HomewardServer {

    /** The name of the dataset in every endpoint's path. */
    public static final String DATASET = "homeward";

    private static final String PATH = "/" + DATASET;
    private static final long IDLE_AT_STOP_MILLIS = 100;

    private final FusekiServer fuseki;
    private final String host;

    private HomewardServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder; {@link Builder#ingestion} and {@link Builder#runArea} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns once the server answers. */
    public HomewardServer start() {
        fuseki.start();
        return this;
    }

    /** Stops taking requests, lets those in flight finish within the grace period, then stops. */
    public void stop() {
        fuseki.stop();
    }

    /** The port it listens on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address of the query page, such as {@code http://localhost:3030/}. */
    public String url() {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : name) + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    /** Builds a {@link HomewardServer}; every setting but the ingestion and the run area has a default. */
    public static final class Builder {
        private Ingestion ingestion;
        private Path runArea;
        private String host = "localhost";
        private int port = 3030;
        private Optional<AccessToken> token = Optional.empty();
        private ServerLimits limits = ServerLimits.DEFAULTS;
        private Duration gracePeriod = Duration.ofSeconds(10);
        private Set<String> allowedHosts = Set.of();

        private Builder() {}

        /** The ingestion, and through it the store, to serve. */
        public Builder ingestion(Ingestion ingestion) {
            this.ingestion = ingestion;
            return this;
        }

        /** Where Fuseki keeps its run area (configuration, backups, logs): under the data directory. */
        public Builder runArea(Path runArea) {
            this.runArea = runArea;
            return this;
        }

        /** The interface to listen on; {@code localhost} unless told otherwise. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The bearer token that opens the write endpoints; without one they are off. */
        public Builder token(Optional<AccessToken> token) {
            this.token = token;
            return this;
        }

        /** Timeouts and caps; {@link ServerLimits#DEFAULTS} unless given. */
        public Builder limits(ServerLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Host names besides {@code localhost}, IP addresses and {@link #host} that writes may be sent to. */
        public Builder allowedHosts(Set<String> allowedHosts) {
            this.allowedHosts = Set.copyOf(allowedHosts);
            return this;
        }

        /** How long a stop waits for requests in flight. */
        public Builder gracePeriod(Duration gracePeriod) {
            this.gracePeriod = gracePeriod;
            return this;
        }

        /** Checks the settings and builds the server, not yet started. */
        public HomewardServer build() {
            Objects.requireNonNull(ingestion, "ingestion: the store to serve is missing");
            Objects.requireNonNull(runArea, "runArea: the directory for Fuseki's run area is missing");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(limits, "limits");
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host is empty");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            if (gracePeriod == null || gracePeriod.isNegative()) {
                throw new IllegalArgumentException("the grace period must not be negative: " + gracePeriod);
            }
            if ("true".equals(System.getProperty(ARQ.systemPropertyScripting))) {
                throw new IllegalStateException("HW-E056 the system property " + ARQ.systemPropertyScripting
                        + "=true would let queries run JavaScript; this server refuses to start with it");
            }
            return new HomewardServer(fuseki(), host);
        }

        private FusekiServer fuseki() {
            Routes routes = new Routes(Set.of(PATH + "/sparql", PATH + "/query"), staticPaths());
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(port)
                    .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                    .add(PATH, DatasetService.of(ingestion, token.isPresent(), limits))
                    .addServlet("/queries/*", new QueriesPage(CompetencyQueries.load(), DATASET));
            WebRoutes.addTo(builder, ingestion.store());
            Guards.install(builder, routes, token, limits, Guards.hostNames(host, allowedHosts));
            FusekiServer server = RunArea.build(builder, runArea);
            configureJetty(server.getJettyServer());
            return server;
        }

        /** Jetty's own layer: the interface, the body limit, graceful stops and the access log. */
        private void configureJetty(Server jetty) {
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    // What Fuseki's loopback(true) does for localhost, for whichever host is asked for.
                    serverConnector.setHost(host);
                    // On stop, idle keep-alive connections close after this instead of a second.
                    serverConnector.setShutdownIdleTimeout(IDLE_AT_STOP_MILLIS);
                }
                Guards.limitConnections(connector);
            }
            Handler application = jetty.getHandler();
            BodyLimit bodyLimit = new BodyLimit(limits.maxBodyBytes());
            bodyLimit.setHandler(application);
            jetty.setHandler(new GracefulHandler(bodyLimit));
            jetty.setStopTimeout(gracePeriod.toMillis());
            jetty.setStopAtShutdown(false);
            jetty.setRequestLog(new AccessLog());
        }
    }

    /** The files served as they are: the UI's pages and the competency questions. */
    static Set<String> staticPaths() {
        return Set.of("/", "/index.html", "/favicon.ico", "/static/", "/queries", "/queries/");
    }

    /** The endpoints that pages of any origin may read (CORS). */
    static Set<String> readPaths() {
        return Set.of(PATH + "/sparql", PATH + "/query", PATH + "/get", "/$/ping");
    }
}
