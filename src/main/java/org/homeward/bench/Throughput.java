package org.homeward.bench;

/**
 * How fast one stage went.
 *
 * @param stage what was measured
 * @param threads the threads that shared the work
 * @param documents documents processed
 * @param quads quads produced, written, parsed or loaded
 * @param nanos wall-clock time
 * @param peakHeapBytes the heap's peak during the stage, -1 if not measured
 */
public record Throughput(String stage, int threads, long documents, long quads, long nanos, long peakHeapBytes) {

    /** Documents per second. */
    public double documentsPerSecond() {
        return documents / seconds();
    }

    /** Quads per second. */
    public double quadsPerSecond() {
        return quads / seconds();
    }

    /** Documents per second and thread: the rate per core when each thread has a core of its own. */
    public double documentsPerSecondPerThread() {
        return documentsPerSecond() / threads;
    }

    /** This stage's quads per second as a share of {@code ceiling}'s. */
    public double ratioTo(Throughput ceiling) {
        return quadsPerSecond() / ceiling.quadsPerSecond();
    }

    private double seconds() {
        return Math.max(nanos, 1) / 1e9;
    }
}
