package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may do what. Reads are open; every request that writes, on any route (those added later too), needs
 * the bearer token, and is off (404) on a server without one; the admin routes are as {@link AdminRoutes}
 * says, whatever machine the client is on. A request that presents a wrong token is refused wherever it
 * goes, so that no client takes itself for authenticated when it is not.
 */
final class AccessControl extends HttpFilter {

    /** The request attribute set on requests that carry the token. */
    static final String AUTHENTICATED = "org.homeward.authenticated";

    private static final String BEARER = "Bearer ";

    private final Optional<AccessToken> token;
    private final Routes routes;

    AccessControl(Optional<AccessToken> token, Routes routes) {
        this.token = Objects.requireNonNull(token, "token");
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String presented = bearerToken(request);
        boolean authenticated = presented != null && token.isPresent() && token.get().matches(presented);
        if (presented != null && !authenticated) {
            challenge(response, "invalid_token", "HW-E060 the bearer token is not this server's token");
            return;
        }
        Refused refused = refusal(request, authenticated);
        if (refused != null) {
            if (refused.status() == HttpServletResponse.SC_UNAUTHORIZED) {
                challenge(response, null, refused.message());
            } else {
                Refusal.send(response, refused.status(), refused.message());
            }
            return;
        }
        request.setAttribute(AUTHENTICATED, authenticated);
        chain.doFilter(request, response);
    }

    /** Why the request may not pass, or null if it may. */
    private Refused refusal(HttpServletRequest request, boolean authenticated) {
        String route = request.getMethod() + " " + Routes.path(request);
        boolean read = routes.isRead(request);
        AdminRoutes.Access access = Routes.isAdmin(request) ? AdminRoutes.access(Routes.path(request), read)
                : read ? AdminRoutes.Access.OPEN : AdminRoutes.Access.TOKEN;
        if (access == AdminRoutes.Access.OPEN || access == AdminRoutes.Access.TOKEN && authenticated) {
            return null;
        }
        if (access == AdminRoutes.Access.REFUSED) {
            return new Refused(HttpServletResponse.SC_FORBIDDEN,
                    "HW-E096 " + route + " is not offered by this server, with or without the token");
        }
        if (token.isEmpty()) {
            return new Refused(HttpServletResponse.SC_NOT_FOUND, "HW-E067 " + route + " is off: this server has no"
                    + " token (set $" + AccessToken.ENVIRONMENT_VARIABLE + " or --token-file)");
        }
        return new Refused(HttpServletResponse.SC_UNAUTHORIZED,
                "HW-E060 " + route + " needs the bearer token (Authorization: Bearer ...)");
    }

    /** A refusal's status and message. */
    private record Refused(int status, String message) {}

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    /** 401 with the challenge RFC 6750 asks for. */
    private static void challenge(HttpServletResponse response, String error, String message) throws IOException {
        String challenge = "Bearer realm=\"homeward\"" + (error == null ? "" : ", error=\"" + error + "\"");
        response.setHeader("WWW-Authenticate", challenge);
        Refusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
