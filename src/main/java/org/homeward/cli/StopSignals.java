package org.homeward.cli;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into an orderly stop: the JVM's own handling would run the shutdown
 * hooks and then exit with 143 or 130, which service managers and scripts read as a failure; here the
 * stop runs and the command returns 0 as it does after any clean stop.
 */
final class StopSignals {

    private StopSignals() {}

    /** Runs {@code stop} on its own thread when the process is told to terminate or interrupted. */
    @SuppressWarnings("restriction")
    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> new Thread(stop, "homeward-stop").start());
        }
    }
}
