package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may pass, decided without a server: every route that writes needs the token, the admin routes are
 * open to read, need the token, or are not offered at all, and the client's machine changes nothing.
 */
class AccessControlTest {

    private static final String TOKEN = "a-token-of-enough-length";
    private static final String REMOTE = "203.0.113.7";
    private static final String LOCAL = "127.0.0.1";
    private static final Routes ROUTES = new Routes(Set.of("/homeward/sparql", "/homeward/query"),
            HomewardServer.staticPaths());

    private final AccessControl filter = new AccessControl(Optional.of(AccessToken.of(TOKEN)), ROUTES);

    @ParameterizedTest(name = "{0} {1} from {2} with token {3}: {4}")
    @CsvSource({
        "GET,    /homeward/sparql,       203.0.113.7, false, 200",
        "POST,   /homeward/sparql,       203.0.113.7, false, 200",
        "GET,    /homeward/get,          203.0.113.7, false, 200",
        "POST,   /homeward/update,       127.0.0.1,   false, 401",
        "POST,   /homeward/update,       203.0.113.7, true,  200",
        "POST,   /homeward/documents,    127.0.0.1,   false, 401",
        "DELETE, /homeward/documents,    127.0.0.1,   false, 401",
        "POST,   /homeward,              127.0.0.1,   false, 401",
        "PUT,    /homeward/get,          127.0.0.1,   false, 401",
        "POST,   /a/route/added/later,   127.0.0.1,   false, 401",
        "GET,    /$/ping,                203.0.113.7, false, 200",
        "GET,    /$/stats/homeward,      203.0.113.7, false, 200",
        "GET,    /$/metrics,             203.0.113.7, false, 200",
        "GET,    /$/server,              127.0.0.1,   false, 200",
        "GET,    /$/datasets,            127.0.0.1,   false, 200",
        "POST,   /$/datasets,            127.0.0.1,   false, 403",
        "POST,   /$/datasets,            127.0.0.1,   true,  403",
        "DELETE, /$/datasets/homeward,   127.0.0.1,   true,  403",
        "POST,   /$/reload,              127.0.0.1,   true,  403",
        "POST,   /$/sleep,               127.0.0.1,   true,  403",
        "GET,    /$/a-route-added-later, 127.0.0.1,   true,  403",
        "POST,   /$/compact/homeward,    127.0.0.1,   false, 401",
        "POST,   /$/compact/homeward,    203.0.113.7, true,  200",
        "POST,   /$/backup/homeward,     127.0.0.1,   false, 401",
        "GET,    /$/tasks,               127.0.0.1,   false, 401",
        "GET,    /$/tasks,               127.0.0.1,   true,  200",
    })
    void decides(String method, String path, String client, boolean withToken, int status) throws Exception {
        Exchange exchange = new Exchange(method, path, client, withToken ? "Bearer " + TOKEN : null);

        filter.doFilter(exchange.request(), exchange.response(), (request, response) -> exchange.passed = true);

        assertEquals(status, exchange.passed ? 200 : exchange.status);
        assertEquals(status == 200, exchange.passed);
    }

    @Test
    void aRefusalSaysWhyAndHowToAuthenticate() throws Exception {
        Exchange exchange = new Exchange("POST", "/$/compact/homeward", REMOTE, null);

        filter.doFilter(exchange.request(), exchange.response(), (request, response) -> exchange.passed = true);

        assertTrue(exchange.body.toString().startsWith("HW-E060 POST /$/compact/homeward"), exchange.body.toString());
        assertEquals("Bearer realm=\"homeward\"", exchange.headers.get("WWW-Authenticate"));
    }

    @Test
    void creatingADatasetIsNotOfferedEvenWithTheToken() throws Exception {
        Exchange exchange = new Exchange("POST", "/$/datasets", LOCAL, "Bearer " + TOKEN);

        filter.doFilter(exchange.request(), exchange.response(), (request, response) -> exchange.passed = true);

        assertEquals(403, exchange.status);
        assertTrue(exchange.body.toString().startsWith("HW-E096 POST /$/datasets"), exchange.body.toString());
    }

    @Test
    void theTokenMarksTheRequestAuthenticatedAndAWrongOneIsRefused() throws Exception {
        Exchange right = new Exchange("GET", "/homeward/sparql", LOCAL, "Bearer " + TOKEN);
        Exchange wrong = new Exchange("GET", "/homeward/sparql", LOCAL, "Bearer " + TOKEN + "x");

        filter.doFilter(right.request(), right.response(), (request, response) -> right.passed = true);
        filter.doFilter(wrong.request(), wrong.response(), (request, response) -> wrong.passed = true);

        assertEquals(Boolean.TRUE, right.attributes.get(AccessControl.AUTHENTICATED));
        assertFalse(wrong.passed);
        assertEquals(401, wrong.status);
        assertTrue(wrong.headers.get("WWW-Authenticate").contains("invalid_token"));
    }

    @Test
    void withoutATokenNothingAuthenticatesAndEveryWriteIsOff() throws Exception {
        AccessControl open = new AccessControl(Optional.empty(), ROUTES);
        Exchange presented = new Exchange("GET", "/homeward/sparql", LOCAL, "Bearer " + TOKEN);
        Exchange update = new Exchange("POST", "/homeward/update", LOCAL, null);
        Exchange backup = new Exchange("POST", "/$/backup/homeward", LOCAL, null);

        open.doFilter(presented.request(), presented.response(), (request, response) -> presented.passed = true);
        open.doFilter(update.request(), update.response(), (request, response) -> update.passed = true);
        open.doFilter(backup.request(), backup.response(), (request, response) -> backup.passed = true);

        assertEquals(401, presented.status);
        assertEquals(404, update.status);
        assertTrue(update.body.toString().startsWith("HW-E067 "), update.body.toString());
        assertEquals(404, backup.status);
    }

    /** A request and its response, as far as the filter looks at them. */
    private static final class Exchange {
        private final String method;
        private final String path;
        private final String client;
        private final String authorization;
        private final Map<String, Object> attributes = new HashMap<>();
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = 200;
        private boolean passed;

        Exchange(String method, String path, String client, String authorization) {
            this.method = method;
            this.path = path;
            this.client = client;
            this.authorization = authorization;
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getRequestURI" -> path;
                        case "getMethod" -> this.method;
                        case "getRemoteAddr" -> client;
                        case "getHeader" -> "Authorization".equals(args[0]) ? authorization : null;
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        default -> null;
                    });
        }

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> out;
                        default -> null;
                    });
        }
    }
}
