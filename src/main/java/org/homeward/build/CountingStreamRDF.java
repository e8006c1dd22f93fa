package org.homeward.build;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes everything through to another stream, counting the statements. */
public final class CountingStreamRDF extends StreamRDFWrapper {

    private long count;

    /** Counts what passes on to {@code other}. */
    public CountingStreamRDF(StreamRDF other) {
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

    /** How many triples and quads have passed. */
    public long count() {
        return count;
    }
}
