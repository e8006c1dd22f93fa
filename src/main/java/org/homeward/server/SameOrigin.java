package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps web pages out of the routes that write or administer, on every route (those added later too): the
 * {@code Host} a request names must be one this server answers to, and a request from a browser must come
 * from a page of this server. A page elsewhere can make the user's browser post a form to the server or,
 * by DNS rebinding, send it requests under the attacker's host name; both are refused with 403. The host
 * names are {@code localhost}, any IP address (which DNS rebinding cannot produce), the name the server
 * listens on, and those configured.
 */
final class SameOrigin extends HttpFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+]");

    private final Set<String> hostNames;
    private final Routes routes;

    /** Guards the routes that {@code routes} does not count as reads, for the given host names. */
    SameOrigin(Set<String> hostNames, Routes routes) {
        this.hostNames = hostNames.stream().map(SameOrigin::normalised).collect(Collectors.toUnmodifiableSet());
        this.routes = routes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean guarded = Routes.isAdmin(request) ? !Routes.path(request).equals(Routes.PING) : !routes.isRead(request);
        String refusal = guarded ? refusal(request) : null;
        if (refusal != null) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN, "HW-E093 " + request.getMethod() + " "
                    + Routes.path(request) + ": " + refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the request is refused, or null. */
    private String refusal(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || !isKnown(hostOf(host))) {
            return "the Host '" + host + "' is not a name this server answers to (add it with --allowed-host)";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isSameOrigin(origin, host)) {
            return "a page of '" + origin + "' may not write to this server or administer it";
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "a page of another site (Sec-Fetch-Site: " + site + ") may not write to this server or administer it";
        }
        return null;
    }

    private boolean isKnown(String name) {
        return name.equals("localhost") || IP_LITERAL.matcher(name).matches() || hostNames.contains(name);
    }

    /** Whether an Origin header names the scheme-less host and port the request was sent to. */
    static boolean isSameOrigin(String origin, String host) {
        try {
            URI uri = new URI(origin);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            int hostPort = portOf(host, "https".equals(uri.getScheme()) ? 443 : 80);
            return normalised(uri.getHost()).equals(hostOf(host)) && port == hostPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The name in a Host header, without its port, in lower case. */
    static String hostOf(String header) {
        String host = header.strip();
        int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        return normalised(colon > 0 ? host.substring(0, colon) : host);
    }

    private static int portOf(String header, int fallback) {
        String host = header.strip();
        int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        try {
            return colon > 0 ? Integer.parseInt(host.substring(colon + 1)) : fallback;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String normalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
