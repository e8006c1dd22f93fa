package org.homeward.server;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over a size with 413, before any servlet reads them: by their Content-Length if
 * they state one; a body sent in chunks, whose size shows only as it arrives, is read here up to the limit
 * and handed on from memory, so that an oversized one is refused the same way rather than failing midway
 * through a servlet's read.
 */
final class BodyLimit extends Handler.Wrapper {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length > maxBytes) {
            return refuse(request, response, callback, length + " bytes");
        }
        if (length >= 0 || !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        byte[] body;
        try {
            body = Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes)).join();
        } catch (CompletionException e) {
            return refuse(request, response, callback, "more than " + maxBytes + " bytes");
        }
        return super.handle(new Buffered(request, body), response, callback);
    }

    /** 413 in plain text, as every other refusal; the connection closes, as the body is left unread. */
    private boolean refuse(Request request, Response response, Callback callback, String size) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE_413);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, "HW-E063 the request body has " + size + "; this server accepts at most "
                + maxBytes + "\n", callback);
        return true;
    }

    /** A request whose body has been read already. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk chunk;

        Buffered(Request request, byte[] body) {
            super(request);
            this.chunk = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk next = chunk;
            chunk = Content.Chunk.EOF;
            return next;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
