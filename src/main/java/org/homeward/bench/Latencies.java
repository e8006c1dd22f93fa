package org.homeward.bench;

import java.util.Arrays;

/** The latencies of many requests, sorted once, to read percentiles from. */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** The latencies given in nanoseconds, in any order; the array is copied. */
    public static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    /** How many latencies there are. */
    public int count() {
        return sortedNanos.length;
    }

    /**
     * The latency that {@code percent} percent of the requests did not exceed (nearest rank), in nanoseconds;
     * 0 if there are none.
     */
    public long percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + percent);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }
}
