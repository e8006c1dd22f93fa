package org.homeward.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRanksOfTheSortedLatencies() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = 100 - i;
        }

        Latencies latencies = Latencies.of(nanos);

        assertEquals(100, latencies.count());
        assertEquals(50, latencies.percentile(50));
        assertEquals(99, latencies.percentile(99));
        assertEquals(100, latencies.percentile(100));
        assertEquals(100, nanos[0], "the caller's array is left as it was");
    }

    @Test
    void aSingleLatencyIsEveryPercentile() {
        Latencies latencies = Latencies.of(new long[] {7});

        assertEquals(7, latencies.percentile(50));
        assertEquals(7, latencies.percentile(99));
    }

    @Test
    void noLatenciesReadAsZeroAndAPercentileMustBeInRange() {
        assertEquals(0, Latencies.of(new long[0]).percentile(50));
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {1}).percentile(0));
    }
}
