package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The query slots: shared out so that one client cannot take them all; a short wait, then a clear refusal. */
class QueryLimiterTest {

    private static final Routes ROUTES = new Routes(Set.of("/homeward/sparql"), Set.of());

    @Test
    void oneClientCannotTakeEverySlot() throws InterruptedException {
        QueryLimiter limiter = new QueryLimiter(4, Duration.ZERO, 10, ROUTES);

        for (int i = 0; i < 3; i++) {
            assertNull(limiter.acquire("203.0.113.7"));
        }
        String fourth = limiter.acquire("203.0.113.7");

        assertNotNull(fourth);
        assertTrue(fourth.startsWith("HW-E062 this client already runs 3 queries"), fourth);
        assertNull(limiter.acquire("198.51.100.2"), "the last slot is left for another client");
    }

    @Test
    void whenEverySlotIsTakenAReadWaitsForOneAndIsRefusedAfterTheWait() throws Exception {
        QueryLimiter limiter = new QueryLimiter(2, Duration.ofSeconds(30), 10, ROUTES);
        assertNull(limiter.acquire("a"));
        assertNull(limiter.acquire("b"));

        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> acquire(limiter, "c"));
        limiter.release("a");

        assertNull(waiting.get(30, TimeUnit.SECONDS), "the waiting read took the freed slot");
        QueryLimiter impatient = new QueryLimiter(1, Duration.ZERO, 10, ROUTES);
        assertNull(impatient.acquire("a"));
        String refused = impatient.acquire("b");
        assertNotNull(refused);
        assertTrue(refused.startsWith("HW-E062 1 queries are running"), refused);
    }

    private static String acquire(QueryLimiter limiter, String client) {
        try {
            return limiter.acquire(client);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
