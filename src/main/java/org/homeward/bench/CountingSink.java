package org.homeward.bench;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Counts the statements it passes on: to another stream, or to nowhere, the cheapest end of a pipeline. */
final class CountingSink extends StreamRDFWrapper {

    private long count;

    CountingSink() {
        this(StreamRDFLib.sinkNull());
    }

    CountingSink(StreamRDF other) {
        super(other);
    }

    @Override
    public void triple(Triple triple) {
        count++;
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count++;
        super.quad(quad);
    }

    long count() {
        return count;
    }
}
