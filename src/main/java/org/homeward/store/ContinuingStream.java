package org.homeward.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/**
 * Passes statements on, but not the start and finish of each file parsed into it: the load that started the
 * stream once, before the first file, finishes it once, after the last.
 */
public final class ContinuingStream extends StreamRDFWrapper {

    /** Passes statements on to {@code other}. */
    public ContinuingStream(StreamRDF other) {
        super(other);
    }

    @Override
    public void start() {
        // The load started the stream.
    }

    @Override
    public void finish() {
        // The load finishes the stream.
    }
}
