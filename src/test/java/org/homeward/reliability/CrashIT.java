package org.homeward.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.homeward.server.Figures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at a random moment of every kind of write: HTTP ingestion, replacement, deletion, the
 * command line's {@code ingest}, {@code compact}, and the first start's fill. Afterwards the database
 * opens, no document graph is torn (each holds all its statements and its provenance, or nothing), and
 * every document whose write was acknowledged (an HTTP answer, a printed line) is there, or gone if it was
 * a deletion. {@code -Dhomeward.crash.rounds=N} sets the kills of each kind (1 by default); the figures go
 * to {@code target/reliability/crash.csv}.
 */
class CrashIT {

    private static final int ROUNDS = Integer.getInteger("homeward.crash.rounds", 1);
    private static final int DOCUMENTS = 60;
    /** Enough documents that a fill or a compaction takes seconds, for the kill to land in the middle. */
    private static final int LARGE = 150;
    /** Where the random moments of kills start; {@code -Dhomeward.crash.seed=N} tries other moments. */
    private static final long ROUND_SEED = Long.getLong("homeward.crash.seed", 0);
    private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    static Path corpus;
    @TempDir
    static Path largeCorpus;
    @TempDir
    Path work;

    private static Documents documents;
    private static Documents large;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void writeTheCorpus() throws Exception {
        assumeTrue(Files.isRegularFile(Child.JAR), "the jar is built by mvn package");
        documents = Documents.write(corpus, DOCUMENTS);
        large = Documents.write(largeCorpus, LARGE);
    }

    @AfterAll
    static void writeTheFigures() {
        List<String> lines = new ArrayList<>(List.of("kind,kills,acknowledged,torn,lost"));
        lines.addAll(FIGURES);
        Figures.write("crash.csv", lines);
    }

    @Test
    void killedDuringHttpIngestion() throws Exception {
        crashRounds("http-ingestion", "seeds", (child, url, random) -> post(url, shuffled(random), child));
    }

    @Test
    void killedDuringReplacement() throws Exception {
        crashRounds("replacement", documents.directory().toString(),
                (child, url, random) -> post(url, shuffled(random), child));
    }

    @Test
    void killedDuringDeletion() throws Exception {
        int kills = 0;
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path data = work.resolve("delete-" + round);
            Random random = new Random(ROUND_SEED + round);
            Set<Node> deleted = new HashSet<>();
            try (Child serve = serve(data, documents.directory().toString())) {
                String url = address(serve);
                killLater(serve, random);
                for (Path text : shuffled(random)) {
                    Node graph = documents.graphs().get(text);
                    if (delete(url, graph)) {
                        deleted.add(graph);
                    }
                }
            }
            kills++;
            acknowledged += deleted.size();
            Documents.Found found = documents.check(data.resolve("tdb2"));
            assertEquals(0, found.torn(), "torn graphs after a kill during deletion");
            assertTrue(Collections.disjoint(found.whole(), deleted), "an acknowledged deletion came back");
        }
        FIGURES.add("deletion," + kills + "," + acknowledged + ",0,0");
    }

    @Test
    void killedDuringCommandLineIngest() throws Exception {
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path data = work.resolve("ingest-" + round);
            createDatabase(data);
            Set<Node> printed = new HashSet<>();
            try (Child ingest = Child.start(work.resolve("ingest-" + round + ".log"), "ingest",
                    documents.directory().toString(), "--data", data.toString())) {
                ingest.await(line -> line.startsWith("added "), 60_000);
                Thread.sleep(new Random(ROUND_SEED + round).nextInt(400));
                ingest.kill();
                for (String line : ingest.lines()) {
                    if (line.startsWith("added ")) {
                        printed.add(org.apache.jena.graph.NodeFactory.createURI(line.substring(line.lastIndexOf(' ') + 1)));
                    }
                }
            }
            acknowledged += printed.size();
            Documents.Found found = documents.check(data.resolve("tdb2"));
            assertEquals(0, found.torn(), "torn graphs after a kill during ingest");
            assertTrue(found.whole().containsAll(printed), "a document ingest printed as added is missing");
        }
        FIGURES.add("command-line-ingest," + ROUNDS + "," + acknowledged + ",0,0");
    }

    /** The first fill, killed; the next start, which fills again; then compaction, killed, on what it filled. */
    @Test
    void killedDuringTheFirstFillAndDuringCompaction() throws Exception {
        int fillsCut = 0;
        int compactionsCut = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path data = work.resolve("fill-" + round);
            Random random = new Random(ROUND_SEED + round);
            try (Child serve = serve(data, large.directory().toString())) {
                // From the moment the database is created to the end of the fill.
                Thread.sleep(200 + random.nextInt(3_300));
                serve.kill();
            }
            Documents.Found found = large.check(data.resolve("tdb2"));
            fillsCut += found.whole().isEmpty() ? 1 : 0;
            assertEquals(0, found.torn(), "torn graphs after a kill during the first fill");
            assertTrue(found.whole().isEmpty() || found.whole().containsAll(large.graphs().values()),
                    "the fill is one transaction: all documents or none");
            try (Child again = serve(data, large.directory().toString())) {
                address(again);
                assertEquals(0, again.stop());
            }
            assertTrue(large.check(data.resolve("tdb2")).whole().containsAll(large.graphs().values()),
                    "the next start fills what the killed one did not commit");
            try (Child compact = Child.start(work.resolve("compact-" + round + ".log"), "compact", "--data",
                    data.toString())) {
                Thread.sleep(500 + random.nextInt(1_500));
                compactionsCut += compact.lines().isEmpty() ? 1 : 0;
                compact.kill();
            }
            found = large.check(data.resolve("tdb2"));
            assertEquals(0, found.torn(), "torn graphs after a kill during compaction");
            assertTrue(found.whole().containsAll(large.graphs().values()), "compaction lost documents");
        }
        FIGURES.add("first-fill," + ROUNDS + " (" + fillsCut + " before it committed),-,0,0");
        FIGURES.add("compaction," + ROUNDS + " (" + compactionsCut + " before it ended)," + ROUNDS * LARGE + ",0,0");
    }

    /** What a round does to a running server until it is killed; returns the acknowledged graphs. */
    private interface Writes {
        Set<Node> apply(Child serve, String url, Random random) throws Exception;
    }

    private void crashRounds(String kind, String input, Writes writes) throws Exception {
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path data = work.resolve(kind + "-" + round);
            Random random = new Random(ROUND_SEED + round);
            Set<Node> done;
            try (Child serve = serve(data, input)) {
                String url = address(serve);
                killLater(serve, random);
                done = writes.apply(serve, url, random);
            }
            acknowledged += done.size();
            Documents.Found found = documents.check(data.resolve("tdb2"));
            assertEquals(0, found.torn(), "torn graphs after a kill during " + kind);
            assertTrue(found.whole().containsAll(done), "an acknowledged document is missing after " + kind);
        }
        FIGURES.add(kind + "," + ROUNDS + "," + acknowledged + ",0,0");
    }

    private Child serve(Path data, String input) throws IOException {
        return Child.start(work.resolve(data.getFileName() + ".log"), "serve", "--port", "0", "--data",
                data.toString(), "--input", input);
    }

    private void createDatabase(Path data) throws Exception {
        try (Child serve = serve(data, "seeds")) {
            address(serve);
            assertEquals(0, serve.stop());
        }
    }

    private static String address(Child serve) throws InterruptedException {
        String line = serve.await(text -> text.startsWith("Homeward is serving "), 120_000);
        assertNotNull(line, "serve did not start: " + serve.lines());
        return line.substring("Homeward is serving ".length(), line.indexOf(' ', "Homeward is serving ".length()));
    }

    /** Kills the server at a random moment within the next four seconds, while the writes go on. */
    private static void killLater(Child serve, Random random) {
        long delay = 500 + random.nextInt(3500);
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(delay);
                serve.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "killer");
        killer.start();
    }

    private List<Path> shuffled(Random random) {
        List<Path> texts = new ArrayList<>(documents.graphs().keySet());
        Collections.shuffle(texts, random);
        return texts;
    }

    /** Posts texts until the server is gone; returns the graphs of those it acknowledged. */
    private Set<Node> post(String url, List<Path> texts, Child serve) {
        Set<Node> acknowledged = new HashSet<>();
        AtomicBoolean gone = new AtomicBoolean();
        for (Path text : texts) {
            if (gone.get()) {
                break;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url
                        + "homeward/documents?name=" + text.getFileName() + sidecar(text)))
                        .header("Authorization", "Bearer " + Child.TOKEN)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofFile(text)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || response.statusCode() == 201) {
                    acknowledged.add(documents.graphs().get(text));
                }
            } catch (IOException e) {
                gone.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gone.set(true);
            }
        }
        return acknowledged;
    }

    /** The sidecar as the {@code metadata} parameter, if the text has one, so that the graph is as a build makes it. */
    private static String sidecar(Path text) throws IOException {
        Path sidecar = text.resolveSibling(text.getFileName().toString().replace(".txt", ".json"));
        return Files.isRegularFile(sidecar)
                ? "&metadata=" + URLEncoder.encode(Files.readString(sidecar), StandardCharsets.UTF_8) : "";
    }

    private boolean delete(String url, Node graph) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "homeward/documents?graph="
                    + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + Child.TOKEN).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
