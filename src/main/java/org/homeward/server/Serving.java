package org.homeward.server;

import java.util.concurrent.CountDownLatch;
import org.homeward.build.BuildReport;
import org.homeward.store.GraphStore;

/**
 * A running server and its database. Closing it stops the server gracefully (requests in flight finish,
 * and their transactions commit, within the grace period) and then releases the database; a transaction
 * still open after that is never committed, and TDB2 rolls it back.
 */
public final class Serving implements AutoCloseable {

    private final HomewardServer server;
    private final GraphStore store;
    private final Startup startup;
    private final CountDownLatch stopped = new CountDownLatch(1);

    Serving(HomewardServer server, GraphStore store, Startup startup) {
        this.server = server;
        this.store = store;
        this.startup = startup;
    }

    /**
     * How the database came to be served.
     *
     * @param kind whether it was built, restored or opened as it was
     * @param report what the build extracted, when it was built
     * @param documents the document graphs restored or found
     */
    public record Startup(Kind kind, BuildReport report, int documents) {

        /** How the database came to be served. */
        public enum Kind { BUILT, RESTORED, OPENED }

        static Startup built(BuildReport report) {
            return new Startup(Kind.BUILT, report, report.documents());
        }

        static Startup restored(int documents) {
            return new Startup(Kind.RESTORED, null, documents);
        }

        static Startup opened(int documents) {
            return new Startup(Kind.OPENED, null, documents);
        }
    }

    /** The server. */
    public HomewardServer server() {
        return server;
    }

    /** How the database came to be served. */
    public Startup startup() {
        return startup;
    }

    /** Blocks until {@link #close()} has finished, from another thread or a shutdown hook. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server, then releases the database; does nothing the second time. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            server.stop();
        } finally {
            store.close();
            stopped.countDown();
        }
    }
}
