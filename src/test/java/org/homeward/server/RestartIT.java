package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.homeward.build.BuildOperation;
import org.homeward.extract.Extractor;
import org.homeward.extract.RuleBasedExtractor;
import org.homeward.model.Document;
import org.homeward.model.DocumentAnnotations;
import org.homeward.store.FillMark;
import org.homeward.store.Fixtures;
import org.homeward.store.GraphStore;
import org.homeward.store.SummaryMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve, stop, serve again on the same data: the same answers, and no extraction the second time, even when
 * the database was emptied on purpose in between; a summary an older version wrote is rebuilt.
 */
class RestartIT {

    private static final String STATISTICS =
            "SELECT ?s ?value WHERE { ?s <https://w3id.org/homeward/ontology#value> ?value } ORDER BY ?s";

    private static final String TOKEN = "restart-token-0123456789";

    @TempDir
    Path data;

    private final CountingExtractor extractor = new CountingExtractor();

    @Test
    void aSecondStartOpensTheDatabaseWithoutExtractingAgain() throws Exception {
        String first;
        try (Serving serving = serve()) {
            assertEquals(Serving.Startup.Kind.BUILT, serving.startup().kind());
            first = answer(serving);
        }
        int extractions = extractor.calls.get();

        String second;
        try (Serving serving = serve()) {
            assertEquals(Serving.Startup.Kind.OPENED, serving.startup().kind());
            assertEquals(3, serving.startup().documents());
            second = answer(serving);
        }

        assertEquals(3, extractions, "the first start extracts each seed once");
        assertEquals(extractions, extractor.calls.get(), "the second start extracts nothing");
        assertEquals(first, second);
        assertTrue(first.lines().count() > 5, first);
        assertTrue(Files.isRegularFile(data.resolve("run/config.ttl")), "Fuseki's run area is under --data");
    }

    @Test
    void aDatabaseEmptiedOnPurposeIsNotFilledAgain() throws Exception {
        try (Serving serving = serve()) {
            assertEquals(Serving.Startup.Kind.BUILT, serving.startup().kind());
            UpdateExecutionHTTP.create().endpoint(serving.server().url() + "homeward/update")
                    .httpHeader("Authorization", "Bearer " + TOKEN).update("DROP ALL").execute();
        }
        int extractions = extractor.calls.get();

        try (Serving serving = serve()) {
            assertEquals(Serving.Startup.Kind.OPENED, serving.startup().kind());
            assertEquals(0, serving.startup().documents());
            assertEquals("", answer(serving).lines().skip(1).reduce("", String::concat), "still empty");
        }
        assertEquals(extractions, extractor.calls.get(), "the second start extracts nothing");
    }

    @Test
    void aFillCutOffBeforeItsCommitIsMadeAgain() throws Exception {
        try (GraphStore store = GraphStore.open(data.resolve(ServeOperation.DATABASE))) {
            assertTrue(store.isEmpty(), "a database created, never filled");
        }

        try (Serving serving = serve()) {
            assertEquals(Serving.Startup.Kind.BUILT, serving.startup().kind());
        }
        assertTrue(FillMark.isSet(data.resolve(ServeOperation.DATABASE)));
    }

    @Test
    void aSummaryAnOlderVersionWroteIsRebuiltAtTheNextStart() throws Exception {
        Path database = summarisedByAnOlderVersion();

        serve().close();

        assertTrue(namesRussia(database), "the row the older summary lacked is back");
        assertTrue(SummaryMark.recorded(database).isPresent(), "the layout is recorded");
    }

    @Test
    void aBenchServesTheSummaryAsFound() throws Exception {
        Path database = summarisedByAnOlderVersion();

        serve(ServeOperation.asFound(Fixtures.build())).close();

        assertFalse(namesRussia(database), "the summary is as the older version left it");
        assertTrue(SummaryMark.recorded(database).isEmpty());
    }

    /** A database of the seeds whose summary lacks Russia's name and records no layout, as older versions left it. */
    private Path summarisedByAnOlderVersion() throws Exception {
        serve().close();
        Path database = data.resolve(ServeOperation.DATABASE);
        try (GraphStore store = GraphStore.open(database)) {
            Fixtures.forgetRussiasName(store);
        }
        Files.delete(database.resolve(SummaryMark.FILE));
        assertFalse(namesRussia(database));
        return database;
    }

    private static boolean namesRussia(Path database) throws Exception {
        try (GraphStore store = GraphStore.open(database)) {
            return Fixtures.namesRussia(store);
        }
    }

    private Serving serve() throws Exception {
        return serve(new ServeOperation(new BuildOperation(extractor, Fixtures.CLOCK, "test")));
    }

    private Serving serve(ServeOperation operation) throws Exception {
        return operation.start(new ServeOperation.Settings(Fixtures.SEEDS, data, false, "localhost", 0,
                Optional.of(AccessToken.of(TOKEN)), ServerLimits.DEFAULTS));
    }

    private static String answer(Serving serving) {
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(serving.server().sparqlUrl())
                .query(STATISTICS).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, execution.execSelect());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The real extractor, counting its calls. */
    private static final class CountingExtractor implements Extractor {
        private final Extractor extractor = new RuleBasedExtractor();
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public DocumentAnnotations extract(Document document) {
            calls.incrementAndGet();
            return extractor.extract(document);
        }

        @Override
        public String version() {
            return extractor.version();
        }
    }
}
