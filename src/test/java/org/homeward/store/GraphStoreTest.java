package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.lang.CollectorStreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.homeward.RdfAssertions;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.map.ResourceIris;
import org.homeward.vocab.HW;
import org.homeward.vocab.PROV;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

    @TempDir
    Path dir;

    private GraphStore store;
    private Ingestion ingestion;

    @BeforeEach
    void openAnEmptyStore() throws FileException {
        store = GraphStore.temporary();
        ingestion = new Ingestion(Fixtures.build(), store);
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @Test
    void aTemporaryDatabaseKeepsItsFilesOnDiskUntilItIsClosed() throws Exception {
        GraphStore temporary = GraphStore.temporary();
        ingestion = new Ingestion(Fixtures.build(), temporary);
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));
        long size = temporary.sizeOnDisk();

        temporary.close();

        assertTrue(size > 0, "a temporary database is stored in files, not in Jena's in-memory storage");
        assertThrows(IOException.class, temporary::sizeOnDisk, "its directory is gone once it is closed");
    }

    @Test
    void aNewDatabaseAppearsWholeAndWhatAKilledCreationLeftIsRemoved() throws Exception {
        Path target = dir.resolve("created").resolve("tdb2");
        Path leftover = Files.createDirectories(dir.resolve("created").resolve("tdb2.creating-killed"));
        Files.write(leftover.resolve("SPO.bpt"), new byte[8192]);

        try (GraphStore created = GraphStore.open(target)) {
            assertTrue(created.isEmpty());
        }

        assertTrue(GraphStore.exists(target));
        assertFalse(Files.exists(leftover), "the half-made database of a killed creation is gone");
        try (var children = Files.list(target.getParent())) {
            assertEquals(List.of(target), children.toList());
        }
    }

    @Test
    void queriesSeeTheUnionOfTheGraphsAsTheDefaultGraphAndGraphStillReachesEach() throws FileException {
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));

        long union = count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a hw:NewsArticle }");
        long named = count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s a hw:NewsArticle } }");
        long provenance = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + ResourceIris.provenanceGraph().getURI()
                + "> { ?g a hw:DocumentGraph } }");

        assertEquals(3, union);
        assertEquals(3, named);
        assertEquals(3, provenance);
        assertEquals(3, store.documentGraphs().size());
    }

    @Test
    void removingADocumentTakesItsGraphAndProvenanceAndLeavesTheOthersWhole() throws FileException {
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));
        List<Node> graphs = store.documentGraphs();
        Node gone = graphs.get(0);
        DatasetGraph before = snapshot();

        long removed = store.remove(gone);

        assertTrue(removed > 0);
        Txn.executeRead(store.dataset(), () -> {
            assertFalse(store.dataset().contains(gone, Node.ANY, Node.ANY, Node.ANY));
            assertFalse(store.dataset().contains(ResourceIris.provenanceGraph(), gone, Node.ANY, Node.ANY));
            for (Node kept : graphs.subList(1, graphs.size())) {
                assertEquals(Txn.calculateRead(before, () -> before.getGraph(kept).size()),
                        store.dataset().getGraph(kept).size());
            }
        });
        assertEquals(0, store.remove(gone), "a second removal finds nothing");
    }

    @Test
    void removingTheLastDocumentLeavesNothingBehindNotEvenTheSoftware() throws FileException {
        ingestion.ingestAll(DocumentSource.read(Fixtures.SEEDS.resolve("001_ac15ab967086067e.txt")));

        store.remove(store.documentGraphs().get(0));

        assertTrue(store.isEmpty(), () -> "left behind: " + snapshot().stream().toList());
    }

    @Test
    void theSoftwareStaysWhileAnotherDocumentNeedsIt() throws FileException {
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));

        store.remove(store.documentGraphs().get(0));

        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(
                ResourceIris.provenanceGraph(), Node.ANY, PROV.wasAssociatedWith, ResourceIris.software())));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(
                ResourceIris.provenanceGraph(), ResourceIris.software(), Node.ANY, Node.ANY)));
    }

    @Test
    void aDumpRestoresIntoAnEmptyStoreAsItWas() throws FileException {
        ingestion.buildAll(DocumentSource.read(Fixtures.SEEDS));
        CollectorStreamRDF dump = new CollectorStreamRDF();
        long quads = store.dump(dump);
        DatasetGraph backup = DatasetGraphFactory.createGeneral();
        dump.getQuads().forEach(backup::add);

        try (GraphStore restored = GraphStore.temporary()) {
            restored.restore(backup);

            assertEquals(quads, dump.getQuads().size());
            RdfAssertions.assertIsomorphic(snapshot(), Txn.calculateRead(restored.dataset(),
                    () -> copy(restored.dataset())));
        }
    }

    @Test
    void aDatabaseOnDiskIsFoundAgainAndAnEmptyDirectoryIsNotOne() throws FileException {
        Path database = dir.resolve("tdb2");
        try (GraphStore onDisk = GraphStore.open(database)) {
            new Ingestion(Fixtures.build(), onDisk).buildAll(DocumentSource.read(Fixtures.SEEDS));
        }

        assertTrue(GraphStore.exists(database));
        try (GraphStore reopened = GraphStore.openExisting(database)) {
            assertEquals(3, reopened.documentGraphs().size());
        }
        FileException missing = assertThrows(FileException.class, () -> GraphStore.openExisting(dir.resolve("none")));
        assertTrue(missing.getMessage().startsWith("HW-E050 "), missing.getMessage());
    }

    private long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                    .query("PREFIX hw: <" + HW.NS + ">\n" + query).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private DatasetGraph snapshot() {
        return Txn.calculateRead(store.dataset(), () -> copy(store.dataset()));
    }

    private static DatasetGraph copy(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(copy::add);
        return copy;
    }
}
