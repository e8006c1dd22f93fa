package org.homeward.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over a size with 413, before any servlet reads them: by their Content-Length if
 * they state one, else, through Jetty's {@link SizeLimitHandler}, as soon as more has been read.
 */
final class BodyLimit extends SizeLimitHandler {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        super(maxBytes, -1);
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length > maxBytes) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "HW-E063 the request body has " + length + " bytes; this server accepts at most " + maxBytes);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
