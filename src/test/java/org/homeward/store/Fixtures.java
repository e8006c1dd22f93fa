package org.homeward.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.homeward.build.BuildOperation;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HWT;

/** The build the store and server tests share: the real extractor, a fixed clock, version "test". */
public final class Fixtures {

    /** The documents the project started from. */
    public static final Path SEEDS = Path.of("seeds");

    /** When every test extraction runs, as the query fixtures expect it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** The name on the count of returns to Russia, in the summary of the seeds; older versions wrote none. */
    private static final Quad RUSSIAS_NAME = Quad.create(ResourceIris.summaryGraph(),
            ResourceIris.count("destination", "RU"), HWT.name,
            NodeFactory.createLiteralDT("Russia", XSDDatatype.XSDstring));

    private Fixtures() {}

    /** A build with the real extractor, dated by {@link #CLOCK}, recording software version "test". */
    public static BuildOperation build() {
        return new BuildOperation(new RuleBasedExtractor(), CLOCK, "test");
    }

    /** Whether the summary of {@code store} gives Russia's name on its count. */
    public static boolean namesRussia(GraphStore store) {
        return store.summaryQuads().contains(RUSSIAS_NAME);
    }

    /** Takes Russia's name off its count in the summary of {@code store}, as an older version's summary lacks it. */
    public static void forgetRussiasName(GraphStore store) {
        Txn.executeWrite(store.dataset(), () -> store.dataset().delete(RUSSIAS_NAME));
    }
}
