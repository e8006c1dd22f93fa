package org.homeward.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.store.IngestResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

    private static final Path DOCUMENT = Fixtures.SEEDS.resolve("001_ac15ab967086067e.txt");

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
    void theSameTextAgainReplacesItsGraphWithTheSameFacts() {
        IngestResult first = ingestion.ingest(DocumentSource.readDocument(DOCUMENT));
        long quads = quadCount();

        IngestResult second = ingestion.ingest(DocumentSource.readDocument(DOCUMENT));

        assertEquals(Outcome.ADDED, first.outcome());
        assertEquals(Outcome.REPLACED, second.outcome());
        assertEquals(first.graph(), second.graph());
        assertEquals(quads, quadCount(), "replacing must not leave the old statements behind");
        assertEquals(1, store.documentGraphs().size());
    }

    @Test
    void eachResultIsHandedOnOnceItsDocumentIsCommitted() throws FileException {
        List<String> seen = new java.util.ArrayList<>();

        ingestion.ingestEach(DocumentSource.read(Fixtures.SEEDS), result ->
                seen.add(result.outcome() + " " + store.documentGraphs().contains(result.graph())));

        assertEquals(List.of("ADDED true", "ADDED true", "ADDED true"), seen,
                "when a result is handed on, its graph is already in the store");
    }

    @Test
    void aDocumentThatFailsLeavesNoTrace() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "   ");

        IngestResult result = ingestion.ingest(DocumentSource.readDocument(bad));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.message().startsWith("HW-E007 "), result.message());
        assertNull(result.graph());
        assertTrue(store.isEmpty());
    }

    @Test
    void aRepeatedTextInOneBatchIsSkippedAsTheBuildSkipsIt() throws IOException, FileException {
        Files.copy(DOCUMENT, dir.resolve("a.txt"));
        Files.copy(DOCUMENT, dir.resolve("b.txt"));

        List<IngestResult> results = ingestion.ingestAll(DocumentSource.read(dir));

        assertEquals(List.of(Outcome.ADDED, Outcome.SKIPPED), results.stream().map(IngestResult::outcome).toList());
        assertTrue(results.get(1).message().startsWith("HW-E010 "), results.get(1).message());
    }

    @Test
    void anUploadIsReadWithTheChecksOfAFileAndItsErrorsNameTheUploadNotTheStagingArea() {
        SourceEntry entry = DocumentUpload.read("report.txt", "Some text.".getBytes(),
                "{ \"publisher\": \"AP\", \"colour\": \"red\" }".getBytes());

        String message = ((SourceEntry.Failed) entry).message();
        assertTrue(message.startsWith("HW-E003 report.json: "), message);
    }

    @Test
    void anUploadNeedsAPlainFileName() {
        for (String name : List.of("../escape.txt", "a/b.txt", ".hidden.txt", "report.json", "")) {
            SourceEntry entry = DocumentUpload.read(name, "Some text.".getBytes(), null);
            assertTrue(entry instanceof SourceEntry.Failed failed && failed.message().startsWith("HW-E065 "),
                    name + ": " + entry);
        }
        assertTrue(DocumentUpload.read("report-1_a.txt", "Some text.".getBytes(), null) instanceof SourceEntry.Loaded);
    }

    @Test
    void aDumpThatIsNotRdfIsRefusedByName() throws IOException {
        Path dump = Files.writeString(dir.resolve("backup.nq"), "this is not N-Quads");

        FileException e = assertThrows(FileException.class, () -> ingestion.restore(dump));

        assertTrue(e.getMessage().startsWith("HW-E055 " + dump), e.getMessage());
        assertTrue(store.isEmpty());
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
    }
}
