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
 * Who may pass, decided without a server: the endpoint tests run on loopback only, so a client from
 * elsewhere is played here with a request whose remote address is not this machine's.
 */
class AccessControlTest {

    private static final String TOKEN = "a-token-of-enough-length";
    private static final String REMOTE = "203.0.113.7";
    private static final String LOCAL = "127.0.0.1";

    private final AccessControl filter = new AccessControl(Optional.of(AccessToken.of(TOKEN)),
            Set.of("/homeward/update", "/homeward/documents"));

    @ParameterizedTest(name = "{0} from {1} with token {2}: {3}")
    @CsvSource({
        "/homeward/sparql,    203.0.113.7, false, 200",
        "/homeward/update,    127.0.0.1,   false, 401",
        "/homeward/update,    203.0.113.7, true,  200",
        "/homeward/documents, 127.0.0.1,   false, 401",
        "/$/ping,             203.0.113.7, false, 200",
        "/$/server,           203.0.113.7, false, 401",
        "/$/datasets/x,       203.0.113.7, false, 401",
        "/$/compact/homeward, 203.0.113.7, true,  200",
        "/$/server,           127.0.0.1,   false, 200",
        "/$/server,           ::1,         false, 200",
    })
    void decides(String path, String client, boolean withToken, int status) throws Exception {
        Exchange exchange = new Exchange(path, client, withToken ? "Bearer " + TOKEN : null);

        filter.doFilter(exchange.request(), exchange.response(), (request, response) -> exchange.passed = true);

        assertEquals(status, exchange.passed ? 200 : exchange.status);
        assertEquals(status == 200, exchange.passed);
    }

    @Test
    void aRefusalSaysWhyAndHowToAuthenticate() throws Exception {
        Exchange exchange = new Exchange("/$/server", REMOTE, null);

        filter.doFilter(exchange.request(), exchange.response(), (request, response) -> exchange.passed = true);

        assertTrue(exchange.body.toString().startsWith("HW-E061 /$/server"), exchange.body.toString());
        assertEquals("Bearer realm=\"homeward\"", exchange.headers.get("WWW-Authenticate"));
    }

    @Test
    void theTokenMarksTheRequestAuthenticatedAndAWrongOneIsRefused() throws Exception {
        Exchange right = new Exchange("/homeward/sparql", LOCAL, "Bearer " + TOKEN);
        Exchange wrong = new Exchange("/homeward/sparql", LOCAL, "Bearer " + TOKEN + "x");

        filter.doFilter(right.request(), right.response(), (request, response) -> right.passed = true);
        filter.doFilter(wrong.request(), wrong.response(), (request, response) -> wrong.passed = true);

        assertEquals(Boolean.TRUE, right.attributes.get(AccessControl.AUTHENTICATED));
        assertFalse(wrong.passed);
        assertEquals(401, wrong.status);
        assertTrue(wrong.headers.get("WWW-Authenticate").contains("invalid_token"));
    }

    @Test
    void withoutATokenNothingAuthenticatesAndTheWriteEndpointsAreOff() throws Exception {
        AccessControl open = new AccessControl(Optional.empty(), Set.of("/homeward/update"));
        Exchange presented = new Exchange("/homeward/sparql", LOCAL, "Bearer " + TOKEN);
        Exchange update = new Exchange("/homeward/update", LOCAL, null);

        open.doFilter(presented.request(), presented.response(), (request, response) -> presented.passed = true);
        open.doFilter(update.request(), update.response(), (request, response) -> update.passed = true);

        assertEquals(401, presented.status);
        assertEquals(404, update.status);
        assertTrue(update.body.toString().startsWith("HW-E067 "), update.body.toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource({"127.0.0.1, true", "127.1.2.3, true", "::1, true", "[::1], true", "0:0:0:0:0:0:0:1, true",
        "192.0.2.1, false", "2001:db8::1, false", "'', false"})
    void knowsALoopbackAddress(String address, boolean loopback) {
        assertEquals(loopback, AccessControl.isLoopback(address));
    }

    /** A request and its response, as far as the filter looks at them. */
    private static final class Exchange {
        private final String path;
        private final String client;
        private final String authorization;
        private final Map<String, Object> attributes = new HashMap<>();
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = 200;
        private boolean passed;

        Exchange(String path, String client, String authorization) {
            this.path = path;
            this.client = client;
            this.authorization = authorization;
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getRequestURI" -> path;
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
