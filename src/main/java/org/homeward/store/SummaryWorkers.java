package org.homeward.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.summary.Counts;
import org.homeward.summary.SummaryRows;

/**
 * Derives documents' summary rows on a thread of its own while the thread that feeds the loader parses on, and
 * writes them to the loader's stream from that thread (a stream takes one thread), in the order of the
 * documents; the counts of all of them add up in {@link #counts()}.
 */
final class SummaryWorkers implements AutoCloseable {

    /** How many documents may wait for their rows before the feeding thread waits for the oldest. */
    private static final int AHEAD = 256;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "homeward-summary");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<List<Quad>>> pending = new ArrayDeque<>();
    private final Counts counts = new Counts();
    private final StreamRDF target;

    /** Writes rows to {@code target}. */
    SummaryWorkers(StreamRDF target) {
        this.target = target;
    }

    /** Queues the document graph {@code graph}, made of {@code quads}; its counts go to {@link #counts()}. */
    Counts submit(Node graph, List<Quad> quads) {
        pending.add(worker.submit(() -> {
            List<Quad> rows = SummaryRows.of(graph, SummaryTable.graphOf(quads, graph));
            counts.add(Counts.ofDocument(rows), 1);
            return rows;
        }));
        boolean full = pending.size() > AHEAD;
        while (!pending.isEmpty() && (full || pending.peek().isDone())) {
            writeOldest();
            full = false;
        }
        return new Counts();
    }

    /** Writes the rows of every document queued, waiting for those still being derived. */
    void finish() {
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    /** The counts of every document whose rows were written. */
    Counts counts() {
        return counts;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void writeOldest() {
        try {
            pending.poll().get().forEach(target::quad);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deriving the summary", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot derive the summary: " + e.getCause(), e.getCause());
        }
    }
}
