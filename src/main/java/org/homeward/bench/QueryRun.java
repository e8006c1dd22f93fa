package org.homeward.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a number of clients got from one query in a given time.
 *
 * @param query the query's name
 * @param clients how many clients sent it at once, each its next as soon as it had its answer
 * @param rows the result rows of an answer (at most the server's row cap), -1 if none was answered
 * @param latencies the latencies of the answered requests (status 200), to the last byte
 * @param errors the other outcomes and how many: the HTTP status, {@code 200 cut short} for results that
 *     stop halfway, {@code no answer} for a request that got none in time
 * @param nanos from the first request sent to the last answer received
 * @param bytes the bytes of the answers
 */
public record QueryRun(String query, int clients, int rows, Latencies latencies, Map<String, Long> errors,
        long nanos, long bytes) {

    /** Copies the errors. */
    public QueryRun {
        errors = Map.copyOf(errors);
    }

    /** Answered queries per second. */
    public double perSecond() {
        return latencies.count() / (Math.max(nanos, 1) / 1e9);
    }

    /** All requests that got no answer with status 200. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The errors as {@code 12 × 503, 1 × no answer}, or {@code 0} if there were none. */
    public String describeErrors() {
        if (errors.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(errors).forEach((outcome, count) -> out.append(out.length() == 0 ? "" : ", ")
                .append(count).append(" × ").append(outcome));
        return out.toString();
    }
}
