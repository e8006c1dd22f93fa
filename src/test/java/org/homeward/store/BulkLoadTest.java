package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.homeward.build.BuildReport;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.map.ResourceIris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database filled by Jena's bulk loader holds what a transaction would have written, summary and all. */
class BulkLoadTest {

    @TempDir
    Path dir;

    @Test
    void theBulkLoaderWritesWhatOneTransactionWrites() throws FileException {
        Path database = dir.resolve("tdb2");

        BuildReport report = BulkLoad.build(Fixtures.build(), DocumentSource.read(Fixtures.SEEDS), database);

        assertEquals(3, report.documents());
        Set<Quad> bulk = quads(database);
        Set<Quad> transactional;
        try (GraphStore store = GraphStore.temporary()) {
            new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
            transactional = quads(store);
        }
        assertEquals(transactional, bulk);
        try (GraphStore store = GraphStore.openExisting(database)) {
            Set<Quad> kept = new HashSet<>(store.summaryQuads());
            store.rebuildSummary();
            assertEquals(new HashSet<>(store.summaryQuads()), kept, "the bulk summary is its rebuild");
        }
    }

    @Test
    void aLoadOfABuildsQuadsWritesTheSummaryThatARebuildGives() throws FileException {
        Path database = dir.resolve("tdb2");
        CollectorStreamRDF built = new CollectorStreamRDF();
        Fixtures.build().exec(DocumentSource.read(Fixtures.SEEDS), built, null);

        BulkLoad.load(database, sink -> {
            built.getQuads().forEach(sink::quad);
            return null;
        });

        try (GraphStore store = GraphStore.openExisting(database)) {
            Set<Quad> kept = new HashSet<>(store.summaryQuads());
            store.rebuildSummary();
            assertTrue(kept.size() > 100, "the load writes rows and counts");
            assertEquals(new HashSet<>(store.summaryQuads()), kept, "the loaded summary is its rebuild");
        }
    }

    @Test
    void aLoadThatFailsLeavesNoDatabaseBehind() {
        Path database = dir.resolve("tdb2");

        assertThrows(IllegalStateException.class, () -> BulkLoad.load(database, sink -> {
            sink.quad(Quad.create(ResourceIris.documentGraph("00"), Quad.defaultGraphIRI,
                    Quad.defaultGraphIRI, Quad.defaultGraphIRI));
            throw new IllegalStateException("stopped halfway");
        }));

        assertFalse(GraphStore.exists(database));
        assertFalse(Files.exists(dir.resolve("tdb2.loading")), "the staging directory is removed");
        assertTrue(BulkLoad.canFill(database));
    }

    private static Set<Quad> quads(Path database) throws FileException {
        try (GraphStore store = GraphStore.openExisting(database)) {
            return quads(store);
        }
    }

    private static Set<Quad> quads(GraphStore store) {
        CollectorStreamRDF collector = new CollectorStreamRDF();
        store.dump(collector);
        return new HashSet<>(collector.getQuads());
    }
}
