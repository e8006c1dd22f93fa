package org.homeward.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ActionLib;

/**
 * What kind of request this is, decided from its method and path alone, so that every guard sorts a route
 * added later the same way without knowing of it: a read is a {@code GET}, {@code HEAD} or {@code OPTIONS},
 * or a SPARQL query sent by {@code POST} to a query endpoint; everything else writes. The admin routes are
 * those under {@code /$/}. Paths are compared as Fuseki's dispatcher sees them ({@link ActionLib#actionURI}),
 * so no spelling of a path reaches an endpoint as another kind.
 */
final class Routes {

    /** The prefix of Fuseki's admin routes. */
    static final String ADMIN = "/$/";
    /** The health check, open to anyone and never limited. */
    static final String PING = "/$/ping";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> queryPaths;
    private final Set<String> staticPaths;

    /**
     * @param queryPaths the endpoints that take a SPARQL query by {@code POST}
     * @param staticPaths files served as they are (exact paths, or prefixes ending in {@code /}; {@code /} alone
     *     is the root page)
     */
    Routes(Set<String> queryPaths, Set<String> staticPaths) {
        this.queryPaths = Set.copyOf(queryPaths);
        this.staticPaths = Set.copyOf(staticPaths);
    }

    /** The request's path as Fuseki dispatches it. */
    static String path(HttpServletRequest request) {
        return ActionLib.actionURI(request);
    }

    /** Whether the request is under {@code /$/}. */
    static boolean isAdmin(HttpServletRequest request) {
        return path(request).startsWith(ADMIN);
    }

    /** Whether the request only reads: it changes nothing whoever sends it. */
    boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return READ_METHODS.contains(method) || "POST".equals(method) && queryPaths.contains(path(request));
    }

    /** Whether the request asks for a file served as it is, or for the health check: cheap, never queued. */
    boolean isCheap(HttpServletRequest request) {
        String path = path(request);
        if (path.equals(PING)) {
            return true;
        }
        if (!READ_METHODS.contains(request.getMethod())) {
            return false;
        }
        return staticPaths.stream().anyMatch(entry -> entry.length() > 1 && entry.endsWith("/")
                ? path.startsWith(entry) : path.equals(entry));
    }
}
