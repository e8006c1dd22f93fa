package org.homeward.server;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's guards, as filters on {@code /*} so that every route passes them, those added later too:
 * CORS for the reads, the same-origin check on writes and administration, the token, well-formed and
 * bounded answers, and the shared query slots; and, on the connectors, the idle timeout.
 */
final class Guards {

    /** The largest answer a client without the token gets; with the row cap, answers are well under it. */
    static final long MAX_ANSWER_BYTES = 32L << 20;
    /** How long a read waits for a query slot before it is refused. */
    static final Duration SLOT_WAIT = Duration.ofSeconds(1);
    /** How long a connection may sit without any byte moving. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The slowest a client without the token may read an answer, in bytes a second, before it is cut off. */
    static final long MIN_DATA_RATE = 16 * 1024;

    private Guards() {}

    /** Adds the filters, in the order they see a request. */
    static FusekiServer.Builder install(FusekiServer.Builder builder, Routes routes, Optional<AccessToken> token,
            ServerLimits limits, Set<String> hostNames) {
        return builder
                // CORS headers go on refusals too; only authorised reads are buffered and take a slot.
                .addFilter("/*", new Cors(HomewardServer.readPaths()))
                .addFilter("/*", new SameOrigin(hostNames, routes))
                .addFilter("/*", new AccessControl(token, routes))
                .addFilter("/*", new Answers(routes, MAX_ANSWER_BYTES, limits.queryTimeout()))
                .addFilter("/*", new QueryLimiter(limits.maxConcurrentQueries(), SLOT_WAIT, limits.retryAfterSeconds(),
                        routes));
    }

    /** The host names besides {@code localhost} and IP addresses that writes may be addressed to. */
    static Set<String> hostNames(String host, Set<String> allowed) {
        Set<String> names = new HashSet<>(allowed);
        names.add(host);
        return names;
    }

    /**
     * The idle timeout on every connector: a write that a client does not read for that long fails. Jetty's
     * own minimum data rates are left off: the request rate counts from the start of the request, so it
     * refuses a small body that arrives a moment late, and the response rate is not enforced by the servlet
     * layer; {@link AnswerResponse} enforces {@link #MIN_DATA_RATE} on the answers it holds back.
     */
    static void limitConnections(Connector connector) {
        if (connector instanceof ServerConnector serverConnector) {
            serverConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        }
    }
}
