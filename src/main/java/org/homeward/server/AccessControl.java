package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ActionLib;

/**
 * Who may do what. The write endpoints need the bearer token, and are off (404) on a server without one;
 * the admin endpoints ({@code /$/...} except ping) need the token or a client on this machine; everything
 * else is open. A request that presents a
 * wrong token is refused wherever it goes, so that no client takes itself for authenticated when it is not.
 * Paths are compared as Fuseki's dispatcher sees them ({@link ActionLib#actionURI}), so no spelling of a
 * path reaches an endpoint without passing here.
 */
final class AccessControl extends HttpFilter {

    /** The request attribute set on requests that carry the token. */
    static final String AUTHENTICATED = "org.homeward.authenticated";

    private static final String ADMIN = "/$/";
    private static final String PING = "/$/ping";
    private static final String BEARER = "Bearer ";

    private final Optional<AccessToken> token;
    private final Set<String> writePaths;

    AccessControl(Optional<AccessToken> token, Set<String> writePaths) {
        this.token = token;
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String presented = bearerToken(request);
        boolean authenticated = presented != null && token.isPresent() && token.get().matches(presented);
        if (presented != null && !authenticated) {
            refuse(response, "invalid_token", "HW-E060 the bearer token is not this server's token");
            return;
        }
        String path = ActionLib.actionURI(request);
        if (writePaths.contains(path) && token.isEmpty()) {
            Refusal.send(response, HttpServletResponse.SC_NOT_FOUND, "HW-E067 " + path + " is off: this server has no"
                    + " token (set $" + AccessToken.ENVIRONMENT_VARIABLE + " or --token-file)");
            return;
        }
        if (writePaths.contains(path) && !authenticated) {
            refuse(response, null, "HW-E060 " + path + " needs the bearer token (Authorization: Bearer ...)");
            return;
        }
        if (path.startsWith(ADMIN) && !path.equals(PING) && !authenticated && !isLoopback(request.getRemoteAddr())) {
            refuse(response, null, "HW-E061 " + path + " is open to this machine only, or with the bearer token");
            return;
        }
        request.setAttribute(AUTHENTICATED, authenticated);
        chain.doFilter(request, response);
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    /** 401 with the challenge RFC 6750 asks for. */
    private static void refuse(HttpServletResponse response, String error, String message) throws IOException {
        String challenge = "Bearer realm=\"homeward\"" + (error == null ? "" : ", error=\"" + error + "\"");
        response.setHeader("WWW-Authenticate", challenge);
        Refusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** Whether the client address, an IP literal as the servlet container gives it, is a loopback address. */
    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            // An IP literal, possibly in brackets; getByName parses it without a name lookup.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
