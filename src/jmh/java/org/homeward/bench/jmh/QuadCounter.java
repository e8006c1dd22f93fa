package org.homeward.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The quads a thread handled; JMH reports the count as a rate ({@code quads} per second) beside the score. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class QuadCounter {

    /** Quads handled in the current iteration; JMH reads the public field. */
    public long quads;

    /** Starts each iteration's count afresh. */
    @Setup(Level.Iteration)
    public void reset() {
        quads = 0;
    }
}
