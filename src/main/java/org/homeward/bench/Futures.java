package org.homeward.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on other threads, with its failure thrown here as it was thrown there. */
final class Futures {

    private Futures() {}

    /** The result of a finished task, or its exception: unchecked as it was, or wrapped if checked. */
    static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
