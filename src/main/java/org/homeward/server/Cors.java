package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ActionLib;

/**
 * Cross-origin access to the read endpoints, so that SPARQL editors and notebooks in a browser can query
 * from any page. No credentials ride along (no cookies are used), so any origin may read; the write
 * endpoints get no CORS headers, and a browser page elsewhere cannot call them.
 */
final class Cors extends HttpFilter {

    private final Set<String> readPaths;

    Cors(Set<String> readPaths) {
        this.readPaths = Set.copyOf(readPaths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Origin") == null || !readPaths.contains(ActionLib.actionURI(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Content-Type, Retry-After, " + RowCappedQuery.HEADER);
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", "86400");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
