package org.homeward.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal in plain text, whatever the client accepts: the servlet container's error page would leave the
 * body empty for a client that accepts only, say, SPARQL results, and the message with its error id is
 * what tells the client what to do.
 */
final class Refusal {

    private Refusal() {}

    /** Sends {@code status} with {@code message} as the body. */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
