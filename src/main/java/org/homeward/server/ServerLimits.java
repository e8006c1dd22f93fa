package org.homeward.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may cost the server.
 *
 * @param queryTimeout how long a query may run before it is cancelled
 * @param maxConcurrentQueries how many queries may run at once; more are refused with 503 and Retry-After
 * @param maxRows how many results a query without a token may return at most
 * @param maxBodyBytes the largest request body accepted; a larger one is refused with 413
 */
public record ServerLimits(Duration queryTimeout, int maxConcurrentQueries, long maxRows, long maxBodyBytes) {

    /** Ten seconds per query, four queries at once, 10,000 rows without a token, bodies up to 1 MiB. */
    public static final ServerLimits DEFAULTS = new ServerLimits(Duration.ofSeconds(10), 4, 10_000, 1 << 20);

    /** Checks that every limit is positive. */
    public ServerLimits {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive: " + queryTimeout);
        }
        requirePositive("maxConcurrentQueries", maxConcurrentQueries);
        requirePositive("maxRows", maxRows);
        requirePositive("maxBodyBytes", maxBodyBytes);
    }

    /** The same limits with another query timeout. */
    public ServerLimits withQueryTimeout(Duration timeout) {
        return new ServerLimits(timeout, maxConcurrentQueries, maxRows, maxBodyBytes);
    }

    /** The same limits with another number of concurrent queries. */
    public ServerLimits withMaxConcurrentQueries(int queries) {
        return new ServerLimits(queryTimeout, queries, maxRows, maxBodyBytes);
    }

    /** The same limits with another cap on anonymous results. */
    public ServerLimits withMaxRows(long rows) {
        return new ServerLimits(queryTimeout, maxConcurrentQueries, rows, maxBodyBytes);
    }

    /** The same limits with another largest request body. */
    public ServerLimits withMaxBodyBytes(long bytes) {
        return new ServerLimits(queryTimeout, maxConcurrentQueries, maxRows, bytes);
    }

    /** Seconds a refused client should wait: by then a running query has finished or timed out. */
    long retryAfterSeconds() {
        return Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
