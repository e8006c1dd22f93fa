package org.homeward.server;

/** The server cannot start, typically because its port is taken; the message starts with an error id. */
public final class ServerStartException extends Exception {

    /** A failure to start, with its cause. */
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
