package org.homeward.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what Java's client will not send: a {@code Host} header of one's own,
 * a body in chunks of one's choosing, a client that never reads.
 */
final class RawHttp {

    private RawHttp() {}

    /** Opens a connection and sends {@code head} (the request line and headers, without the blank line) and body. */
    static Socket open(int port, String head, byte[] body) throws IOException {
        return open(port, head, body, null);
    }

    /** As {@link #open(int, String, byte[])}, from the loopback address {@code from} if not null. */
    static Socket open(int port, String head, byte[] body, String from) throws IOException {
        Socket socket = from == null ? new Socket("localhost", port)
                : new Socket(InetAddress.getByName("localhost"), port, InetAddress.getByName(from), 0);
        OutputStream out = socket.getOutputStream();
        out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        return socket;
    }

    /** Sends a request and reads the whole answer, status line first. */
    static String exchange(int port, String head, byte[] body) throws IOException {
        return exchange(port, head, body, null);
    }

    /** As {@link #exchange(int, String, byte[])}, from the loopback address {@code from} if not null. */
    static String exchange(int port, String head, byte[] body, String from) throws IOException {
        try (Socket socket = open(port, head + "\r\nConnection: close", body, from)) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The status code of an answer. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
    }

    /** The body of an answer (as sent, chunked or not). */
    static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
