package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every answer well-formed. An error becomes a plain-text body with its id, counted in bytes whatever
 * characters it holds (Fuseki's own error pages count characters and break on any other than ASCII). An
 * answer to a client without the token is buffered, up to a size and a time limit, and sent only once it is
 * complete: it can still turn into an error when the query times out midway, and a slow reader holds no
 * query slot while it reads. A streamed answer whose query is cancelled after the first byte is cut off,
 * so that the client sees a broken transfer rather than a complete-looking one.
 */
final class Answers extends HttpFilter {

    /** The request attribute a query sets when its results stop because it timed out. */
    static final String CANCELLED = "org.homeward.cancelled";

    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

    private final Routes routes;
    private final long maxBytes;
    private final Duration timeout;

    Answers(Routes routes, long maxBytes, Duration timeout) {
        this.routes = routes;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean buffered = routes.isRead(request) && !routes.isCheap(request) && hasBody(request.getMethod())
                && !Boolean.TRUE.equals(request.getAttribute(AccessControl.AUTHENTICATED));
        AnswerResponse answer = new AnswerResponse(response, request,
                buffered ? new AnswerResponse.Buffer(maxBytes, timeout) : null);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.warn("{} {}: {}", request.getMethod(), Routes.path(request), e.toString(), e);
            answer.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
        }
        answer.finish();
    }

    /** Whether the answer to a request with this method has a body to hold back. */
    private static boolean hasBody(String method) {
        return "GET".equals(method) || "POST".equals(method);
    }
}
