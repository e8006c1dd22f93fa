package org.homeward.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The response {@link Answers} hands on: it holds back an error's body to rewrite it, holds a buffered
 * answer until it is complete, and drops what is written after a query was cancelled.
 */
final class AnswerResponse extends HttpServletResponseWrapper {

    private static final int PIECE = 64 * 1024;
    private static final long GRACE_NANOS = 5_000_000_000L;

    /** Where a buffered answer waits, and how much and how long it may take. */
    static final class Buffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long maxBytes;
        private final Duration timeout;
        private final long deadline;
        private String problem;
        private int problemStatus;

        Buffer(long maxBytes, Duration timeout) {
            this.maxBytes = maxBytes;
            this.timeout = timeout;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        void write(byte[] data, int offset, int length) throws IOException {
            if (bytes.size() + (long) length > maxBytes) {
                fail(422, "HW-E095 the answer is larger than " + maxBytes + " bytes, the most a client without the"
                        + " token gets; narrow the query, ask for one graph, or send the token");
            }
            if (System.nanoTime() - deadline > 0) {
                fail(503, ErrorIds.TIMED_OUT + " the answer took longer than " + timeout.toSeconds() + " s to make,"
                        + " the limit for a client without the token; narrow the query");
            }
            bytes.write(data, offset, length);
        }

        private void fail(int status, String message) throws IOException {
            problem = message;
            problemStatus = status;
            throw new IOException(message);
        }
    }

    private final HttpServletRequest request;
    private final Buffer buffer;
    private final ServletOutputStream stream = new Stream();
    private int errorStatus;
    private String errorMessage;
    private ByteArrayOutputStream errorBody;
    private PrintWriter writer;

    AnswerResponse(HttpServletResponse response, HttpServletRequest request, Buffer buffer) {
        super(response);
        this.request = request;
        this.buffer = buffer;
    }

    @Override
    public void setStatus(int status) {
        if (status >= 400 && !super.isCommitted()) {
            startError(status, null);
        } else {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status, String message) {
        startError(status, message);
    }

    @Override
    public void sendError(int status) {
        startError(status, null);
    }

    @Override
    public int getStatus() {
        return errorStatus != 0 ? errorStatus : super.getStatus();
    }

    @Override
    public void setContentLength(int length) {
        if (passesThrough()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (passesThrough()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setContentType(String type) {
        if (errorStatus == 0) {
            super.setContentType(type);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (errorStatus == 0) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passesThrough()) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return passesThrough() && super.isCommitted();
    }

    @Override
    public void reset() {
        super.reset();
        errorStatus = 0;
        errorMessage = null;
        errorBody = null;
        if (buffer != null) {
            buffer.bytes.reset();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (buffer != null) {
            buffer.bytes.reset();
        }
    }

    /** Sends what was held back: the error, the buffered answer, or, for a cancelled stream, a cut. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            if (cancelled()) {
                throw new IOException("the query was cancelled after its answer had begun; the answer is cut off");
            }
            return;
        }
        if (buffer != null && buffer.problem != null) {
            refuse(response, buffer.problemStatus, buffer.problem);
        } else if (cancelled()) {
            refuse(response, 503, ErrorIds.identify(503, "Query timed out"));
        } else if (errorStatus != 0) {
            String body = errorBody == null ? "" : errorBody.toString(StandardCharsets.UTF_8);
            refuse(response, errorStatus, ErrorIds.identify(errorStatus, errorMessage != null ? errorMessage : body));
        } else if (buffer != null) {
            response.setContentLengthLong(buffer.bytes.size());
            sendAtMinimumRate(buffer.bytes.toByteArray(), response.getOutputStream());
        }
    }

    /**
     * Writes the answer piece by piece and cuts the connection off once the client has read it slower than
     * {@link Guards#MIN_DATA_RATE}, after a few seconds' grace: a slow reader holds no query slot, but it
     * should not hold a connection and a thread for as long as it likes either. A client that reads nothing
     * at all is cut off by the connector's idle timeout.
     */
    private static void sendAtMinimumRate(byte[] answer, OutputStream out) throws IOException {
        long start = System.nanoTime();
        for (int offset = 0; offset < answer.length; offset += PIECE) {
            int length = Math.min(PIECE, answer.length - offset);
            out.write(answer, offset, length);
            out.flush();
            long allowed = GRACE_NANOS + (offset + length) * 1_000_000_000L / Guards.MIN_DATA_RATE;
            if (offset + length < answer.length && System.nanoTime() - start > allowed) {
                throw new IOException("the client reads the answer slower than " + Guards.MIN_DATA_RATE
                        + " bytes a second; the answer is cut off");
            }
        }
    }

    /** The refusal in place of whatever part of an answer the container still holds unsent. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        Refusal.send(response, status, message);
    }

    private void startError(int status, String message) {
        errorStatus = status;
        errorMessage = message;
        errorBody = new ByteArrayOutputStream();
    }

    private boolean passesThrough() {
        return errorStatus == 0 && buffer == null;
    }

    private boolean cancelled() {
        return request.getAttribute(Answers.CANCELLED) != null;
    }

    private void write(byte[] data, int offset, int length) throws IOException {
        if (errorStatus != 0) {
            errorBody.write(data, offset, length);
        } else if (cancelled()) {
            return;
        } else if (buffer != null) {
            buffer.write(data, offset, length);
        } else {
            super.getOutputStream().write(data, offset, length);
        }
    }

    /** The stream every body goes through, whatever writes it. */
    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            AnswerResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            AnswerResponse.this.write(data, offset, length);
        }

        @Override
        public void print(String text) throws IOException {
            byte[] bytes = (text == null ? "null" : text).getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
        }

        @Override
        public void flush() throws IOException {
            if (passesThrough() && !cancelled()) {
                AnswerResponse.super.getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("answers are written blocking");
        }
    }
}
