package org.homeward.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing answers: a body of a media type in UTF-8, and refusals that carry their error id. */
final class Answers {

    private Answers() {}

    /** Sends {@code body} as {@code mediaType} in UTF-8. */
    static void send(HttpServletResponse response, int status, String mediaType, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(mediaType);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A refusal: an HTML page for a browser, plain text for any other client, the message with its id in both. */
    static void refuse(HttpServletResponse response, int status, String message, boolean html) throws IOException {
        if (html) {
            send(response, status, "text/html", Html.page("Not here", "<h1>Not here</h1>\n<p>"
                    + Html.escape(message) + "</p>"));
        } else {
            send(response, status, "text/plain", message + "\n");
        }
    }
}
