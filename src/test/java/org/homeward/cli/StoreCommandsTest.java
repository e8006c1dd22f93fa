package org.homeward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.Ingestion;
import org.homeward.store.SummaryMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The database commands: ingest, dump and compact, and the checks serve makes before it listens. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new Homeward());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"serve", "ingest", "compact", "dump", "export", "summarise"})
    void everyCommandExplainsItself(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: homeward " + command), out.toString());
    }

    @Test
    void ingestNeedsADatabase() {
        assertEquals(1, run("ingest", "seeds", "--data", dir.toString()));
        assertTrue(err.toString().startsWith("HW-E050 "), err.toString());
    }

    @Test
    void ingestAddsAndReplacesAndTheDumpRestoresElsewhere() throws IOException, FileException {
        Path data = seededDatabase("data");
        Path text = Files.writeString(dir.resolve("new.txt"), "Officials said 40 children were repatriated from "
                + "Syria to Kosovo on Monday, and the ministry said more would follow in the coming weeks.");

        assertEquals(0, run("ingest", text.toString(), "--data", data.toString()));
        assertTrue(out.toString().contains("added " + text), out.toString());
        assertEquals(0, run("ingest", text.toString(), "--data", data.toString()));
        assertTrue(out.toString().contains("replaced " + text), out.toString());
        Path dump = dir.resolve("backup/all.nq");
        assertEquals(0, run("dump", "--output", dump.toString(), "--data", data.toString()));
        Path other = emptyDatabase("other");
        assertEquals(0, run("ingest", dump.toString(), "--data", other.toString()));

        assertTrue(out.toString().startsWith("restored 4 document graphs"), out.toString());
        try (GraphStore restored = GraphStore.openExisting(other.resolve("tdb2"))) {
            assertEquals(4, restored.documentGraphs().size());
        }
    }

    @Test
    void aFailedDocumentIsNamedAndTheStatusSaysSo() throws IOException, FileException {
        Path data = seededDatabase("data");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " ");

        assertEquals(1, run("ingest", blank.toString(), "--data", data.toString()));
        assertTrue(err.toString().startsWith("HW-E007 " + blank), err.toString());
        assertTrue(out.toString().contains("failed=1"), out.toString());
    }

    @Test
    void compactKeepsTheData() throws FileException {
        Path data = seededDatabase("data");

        assertEquals(0, run("compact", "--data", data.toString()));

        assertTrue(out.toString().startsWith("compacted "), out.toString());
        try (GraphStore compacted = GraphStore.openExisting(data.resolve("tdb2"))) {
            assertEquals(3, compacted.documentGraphs().size());
        }
    }

    @Test
    void ingestFillsAnEmptyDatabaseThroughTheBulkLoader() throws FileException {
        Path data = emptyDatabase("data");

        assertEquals(0, run("ingest", "seeds", "--data", data.toString()));

        assertTrue(out.toString().startsWith("filled the empty database in bulk: documents=3 failed=0"),
                out.toString());
        try (GraphStore store = GraphStore.openExisting(data.resolve("tdb2"))) {
            assertEquals(3, store.documentCount());
            assertFalse(store.summaryQuads().isEmpty());
        }
    }

    @Test
    void ingestFirstRebuildsASummaryAnOlderVersionWrote() throws IOException, FileException {
        Path data = seededDatabase("data");
        Path database = data.resolve("tdb2");
        try (GraphStore store = GraphStore.openExisting(database)) {
            Fixtures.forgetRussiasName(store);
        }
        Files.delete(database.resolve(SummaryMark.FILE));
        Path text = Files.writeString(dir.resolve("new.txt"), "Officials said 12 women were repatriated from Iraq.");

        assertEquals(0, run("ingest", text.toString(), "--data", data.toString()), err.toString());

        try (GraphStore store = GraphStore.openExisting(database)) {
            assertTrue(Fixtures.namesRussia(store), "the row the older summary lacked is back");
        }
        assertTrue(SummaryMark.recorded(database).isPresent(), "the layout is recorded");
    }

    @Test
    void summariseRebuildsTheSummaryAsIngestionKeptItAndRecordsItsLayout() throws IOException, FileException {
        Path data = seededDatabase("data");
        Set<Quad> kept;
        try (GraphStore store = GraphStore.openExisting(data.resolve("tdb2"))) {
            kept = new HashSet<>(store.summaryQuads());
        }
        Files.delete(data.resolve("tdb2").resolve(SummaryMark.FILE));

        assertEquals(0, run("summarise", "--data", data.toString()));

        assertTrue(out.toString().startsWith("summarised 3 document graphs"), out.toString());
        try (GraphStore store = GraphStore.openExisting(data.resolve("tdb2"))) {
            assertFalse(kept.isEmpty());
            assertEquals(kept, new HashSet<>(store.summaryQuads()));
        }
        assertTrue(SummaryMark.recorded(data.resolve("tdb2")).isPresent(), "the layout is recorded");
    }

    @Test
    void serveRefusesAShortTokenBeforeItStarts() throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "short");

        assertEquals(1, run("serve", "--token-file", token.toString(), "--data", dir.toString(), "--port", "0"));
        assertTrue(err.toString().startsWith("HW-E052 "), err.toString());
    }

    @Test
    void serveSaysSoWhenItsPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int status = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--mem",
                    "--data", dir.toString());

            assertEquals(1, status);
            assertTrue(err.toString().startsWith("HW-E053 "), err.toString());
        }
    }

    @Test
    void exportWritesTheDatabaseOrDocumentsInTheFormatOfTheExtension() throws IOException, FileException {
        Path data = seededDatabase("data");
        Path fromDatabase = dir.resolve("out/homeward.nq");
        Path fromDocuments = dir.resolve("out/homeward.csv");

        assertEquals(0, run("export", "--data", data.toString(), "--output", fromDatabase.toString()), err.toString());
        assertEquals(0, run("export", "--input", "seeds", "--output", fromDocuments.toString()), err.toString());
        assertEquals(1, run("export", "--input", "seeds", "--output", dir.resolve("x.png").toString()));

        assertTrue(Files.readString(fromDatabase).contains("<https://w3id.org/homeward/resource/graph/provenance>"));
        assertEquals(10, Files.readAllLines(fromDocuments).stream().filter(line -> line.contains(".txt,")).count(),
                "one row per statistic of the seeds");
        assertTrue(err.toString().startsWith("HW-E022 "), err.toString());
    }

    private Path seededDatabase(String name) throws FileException {
        Path data = dir.resolve(name);
        try (GraphStore store = GraphStore.open(data.resolve("tdb2"))) {
            new Ingestion(Fixtures.build(), store).buildAll(DocumentSource.read(Fixtures.SEEDS));
        }
        return data;
    }

    private Path emptyDatabase(String name) throws FileException {
        Path data = dir.resolve(name);
        GraphStore.open(data.resolve("tdb2")).close();
        return data;
    }
}
