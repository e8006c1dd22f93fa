package org.homeward.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.homeward.summary.Counts;

/**
 * Passes quads on, and hands each document graph's quads, once they are complete, to a function that writes
 * its summary rows and returns its counts; the counts of all of them add up in {@link #counts()}. A build
 * sends each document's quads together, so a document graph is complete when a quad of another one arrives,
 * or at the end. A graph whose quads come in several runs (a hand-made file) is handed on at each run's end
 * with that run only; {@link #repeated()} lists such graphs, to be summarised again from the store.
 */
final class SummarisingStream extends StreamRDFWrapper {

    private final BiFunction<Node, List<Quad>, Counts> summarise;
    private final Consumer<SummarisingStream> atEnd;
    private final Counts counts = new Counts();
    private final Set<Node> seen = new HashSet<>();
    private final Set<Node> repeated = new HashSet<>();
    private Node current;
    private List<Quad> buffer = new ArrayList<>();

    /** Passes quads on to {@code other}; {@code atEnd} runs once the last document is summarised, before finish. */
    SummarisingStream(StreamRDF other, BiFunction<Node, List<Quad>, Counts> summarise,
            Consumer<SummarisingStream> atEnd) {
        super(other);
        this.summarise = summarise;
        this.atEnd = atEnd;
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad);
        Node graph = quad.getGraph();
        if (!SummaryTable.isDocumentGraph(graph)) {
            return;
        }
        if (!graph.equals(current)) {
            flush();
            current = graph;
            if (!seen.add(graph)) {
                repeated.add(graph);
            }
        }
        buffer.add(quad);
    }

    @Override
    public void finish() {
        flushDocuments();
        super.finish();
    }

    /** Summarises the last document and runs the end's work, without finishing the stream it passes on to. */
    void flushDocuments() {
        flush();
        atEnd.accept(this);
    }

    /** The counts of every document summarised. */
    Counts counts() {
        return counts;
    }

    /** The graphs whose quads came in more than one run. */
    Set<Node> repeated() {
        return repeated;
    }

    private void flush() {
        if (current != null && !buffer.isEmpty()) {
            counts.add(summarise.apply(current, buffer), 1);
        }
        current = null;
        buffer = new ArrayList<>();
    }
}
