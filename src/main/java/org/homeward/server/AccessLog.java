package org.homeward.server;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per HTTP request, logged by Jetty once the response is complete, so that refusals
 * made before any servlet (such as 413) are logged too:
 * {@code method=GET path=/homeward/sparql status=200 ms=12 bytes=5120 client=127.0.0.1}. The query string is
 * left out: it holds whole queries.
 */
final class AccessLog implements RequestLog {

    /** The logger the lines go to, for log configurations to route or silence. */
    static final String LOGGER = "org.homeward.server.access";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void log(Request request, Response response) {
        if (LOG.isInfoEnabled()) {
            long millis = TimeUnit.NANOSECONDS.toMillis(NanoTime.since(request.getBeginNanoTime()));
            LOG.info(line(request.getMethod(), request.getHttpURI().getPath(), response.getStatus(), millis,
                    Response.getContentBytesWritten(response), Request.getRemoteAddr(request)));
        }
    }

    /** The line for one request; every value is a single token, so the line splits on spaces. */
    static String line(String method, String path, int status, long millis, long bytes, String client) {
        return "method=" + method + " path=" + token(path) + " status=" + status + " ms=" + millis
                + " bytes=" + bytes + " client=" + token(client);
    }

    private static String token(String value) {
        return value == null || value.isEmpty() ? "-" : value.replace(' ', '+');
    }
}
