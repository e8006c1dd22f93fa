package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.jena.fuseki.servlets.ActionLib;

/**
 * Lets a bounded number of queries run at once and refuses the rest at once with 503 and Retry-After. The
 * query timeout does not stop every query shape in Jena 5.6 (apache/jena#3535), and such a query holds its
 * thread until it is done; this cap is what keeps the server answering meanwhile.
 */
final class QueryLimiter extends HttpFilter {

    private final Semaphore slots;
    private final int maxQueries;
    private final long retryAfterSeconds;
    private final Set<String> queryPaths;

    QueryLimiter(int maxQueries, long retryAfterSeconds, Set<String> queryPaths) {
        this.slots = new Semaphore(maxQueries);
        this.maxQueries = maxQueries;
        this.retryAfterSeconds = retryAfterSeconds;
        this.queryPaths = Set.copyOf(queryPaths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isQuery(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!slots.tryAcquire()) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            Refusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "HW-E062 " + maxQueries + " queries are running, as many as this server runs at once; retry later");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private boolean isQuery(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "POST".equals(method)) && queryPaths.contains(ActionLib.actionURI(request));
    }
}
