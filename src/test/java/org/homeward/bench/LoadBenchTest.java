package org.homeward.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.corpus.CorpusGenerator;
import org.homeward.corpus.CorpusWriter;
import org.homeward.io.DocumentSource;
import org.homeward.server.ServeOperation;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load benchmark's ingestion steps write where they are told: a fresh database, or a given one. */
class LoadBenchTest {

    @TempDir
    Path work;

    @Test
    void batchIngestionIntoAGivenDataDirectoryAddsToTheDatabaseThatHoldsAlready() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusWriter.write(CorpusGenerator.of(5), 6, corpus);
        Path data = work.resolve("existing");
        Path database = data.resolve(ServeOperation.DATABASE);
        try (GraphStore store = GraphStore.open(database)) {
            new Ingestion(Fixtures.build(), store).ingestAll(DocumentSource.read(Fixtures.SEEDS));
        }

        List<LoadBench.Stage> stages = new LoadBench(Fixtures.build(), work, line -> { })
                .run(corpus, Set.of(LoadBench.Step.BATCH), new LoadBench.Ingest(6, 2, Optional.of(data)));

        assertEquals(5, stages.get(0).throughput().documents(), "the first document is stored before the clock");
        try (GraphStore store = GraphStore.openExisting(database)) {
            assertEquals(3 + 6, store.documentGraphs().size());
        }
        assertFalse(Files.exists(work.resolve("batch")), "no fresh database beside it");
    }
}
