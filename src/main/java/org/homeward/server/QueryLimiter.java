package org.homeward.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets a bounded number of reads run at once, on every route but the cheap ones, and shares them out: one
 * client (an address, or whoever holds the token) runs all but one of them at most, so that one slot is
 * always left for the others; a read that finds no slot free to it waits a moment for one, in a short
 * queue, and beyond that is refused with 503 and Retry-After rather than left hanging.
 */
final class QueryLimiter extends HttpFilter {

    private final int maxQueries;
    private final int share;
    private final int maxWaiting;
    private final Duration wait;
    private final long retryAfterSeconds;
    private final Routes routes;
    private final Map<String, Integer> running = new HashMap<>();
    private int inUse;
    private int waiting;

    /**
     * @param maxQueries the reads that run at once
     * @param wait how long a read waits for a slot before it is refused
     * @param retryAfterSeconds what a refusal tells the client to wait
     * @param routes which requests are reads, and which of those are cheap
     */
    QueryLimiter(int maxQueries, Duration wait, long retryAfterSeconds, Routes routes) {
        this.maxQueries = maxQueries;
        this.share = Math.max(1, maxQueries - 1);
        this.maxWaiting = 4 * maxQueries;
        this.wait = wait;
        this.retryAfterSeconds = retryAfterSeconds;
        this.routes = routes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!routes.isRead(request) || routes.isCheap(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = Boolean.TRUE.equals(request.getAttribute(AccessControl.AUTHENTICATED))
                ? "the token" : request.getRemoteAddr();
        String refusal;
        try {
            refusal = acquire(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refusal = "HW-E062 the server is stopping";
        }
        if (refusal != null) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            Refusal.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, refusal);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            release(client);
        }
    }

    /** Takes a slot for {@code client}, waiting a moment if none is free to it; null if taken, else why not. */
    synchronized String acquire(String client) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        if (waiting >= maxWaiting && !isFreeTo(client)) {
            return refusal(client);
        }
        waiting++;
        try {
            while (!isFreeTo(client)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return refusal(client);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } finally {
            waiting--;
        }
        inUse++;
        running.merge(client, 1, Integer::sum);
        return null;
    }

    /** Gives back {@code client}'s slot. */
    synchronized void release(String client) {
        inUse--;
        running.computeIfPresent(client, (key, count) -> count == 1 ? null : count - 1);
        notifyAll();
    }

    private boolean isFreeTo(String client) {
        return inUse < maxQueries && running.getOrDefault(client, 0) < share;
    }

    private String refusal(String client) {
        if (inUse < maxQueries) {
            return "HW-E062 this client already runs " + share + " queries, its share of the " + maxQueries
                    + " this server runs at once; retry when one has ended";
        }
        return "HW-E062 " + maxQueries + " queries are running, as many as this server runs at once, and "
                + waiting + " are waiting; retry later";
    }
}
