package org.homeward.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.homeward.io.FileException;
import org.homeward.server.web.Html;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the server: the token, the limits, the access log line, the query page. */
class ServerPartsTest {

    @TempDir
    Path dir;

    @Test
    void aTokenComesFromItsFileBeforeTheEnvironmentAndNoneMeansNone() throws IOException, FileException {
        Path file = Files.writeString(dir.resolve("token"), "from-the-file-0123456789\n");

        assertTrue(AccessToken.configured(file, "from-the-environment-0123").orElseThrow()
                .matches("from-the-file-0123456789"));
        assertTrue(AccessToken.configured(null, "from-the-environment-0123").orElseThrow()
                .matches("from-the-environment-0123"));
        assertEquals(Optional.empty(), AccessToken.configured(null, null));
        assertEquals(Optional.empty(), AccessToken.configured(null, "  "));
    }

    @Test
    void aShortTokenIsRefusedByItsSource() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "short");

        FileException fromFile = assertThrows(FileException.class, () -> AccessToken.configured(file, null));
        FileException fromEnvironment = assertThrows(FileException.class, () -> AccessToken.configured(null, "short"));
        FileException missing = assertThrows(FileException.class,
                () -> AccessToken.configured(dir.resolve("none"), null));

        assertTrue(fromFile.getMessage().startsWith("HW-E052 " + file), fromFile.getMessage());
        assertTrue(fromEnvironment.getMessage().startsWith("HW-E052 $HOMEWARD_TOKEN"), fromEnvironment.getMessage());
        assertTrue(missing.getMessage().startsWith("HW-E052 "), missing.getMessage());
    }

    @Test
    void aTokenMatchesOnlyItself() {
        AccessToken token = AccessToken.of("exactly-this-token-1234");

        assertTrue(token.matches("exactly-this-token-1234"));
        assertFalse(token.matches("exactly-this-token-123"));
        assertFalse(token.matches(null));
    }

    @Test
    void limitsArePositiveAndRetryAfterCoversATimeout() {
        assertThrows(IllegalArgumentException.class, () -> ServerLimits.DEFAULTS.withMaxConcurrentQueries(0));
        assertThrows(IllegalArgumentException.class, () -> ServerLimits.DEFAULTS.withQueryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerLimits.DEFAULTS.withMaxRows(-1));
        assertEquals(10, ServerLimits.DEFAULTS.retryAfterSeconds());
        assertEquals(2, ServerLimits.DEFAULTS.withQueryTimeout(Duration.ofMillis(1500)).retryAfterSeconds());
    }

    @Test
    void anAccessLogLineHasOneTokenPerField() {
        assertEquals("method=GET path=/homeward/sparql status=200 ms=12 bytes=345 client=127.0.0.1",
                AccessLog.line("GET", "/homeward/sparql", 200, 12, 345, "127.0.0.1"));
        assertEquals("method=GET path=/a+b status=404 ms=0 bytes=0 client=-",
                AccessLog.line("GET", "/a b", 404, 0, 0, null));
    }

    @Test
    void theQueryPageEscapesWhatItShows() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp;", Html.escape("<a href=\"x\"> &"));
    }

    @Test
    void everyCompetencyQueryIsOnTheClasspathWithItsQuestion() throws IOException {
        long files;
        try (var queries = Files.list(Path.of("queries"))) {
            files = queries.filter(file -> file.toString().endsWith(".rq")).count();
        }

        var examples = CompetencyQueries.load();

        assertEquals(files, examples.size());
        examples.forEach(example -> assertFalse(example.question().isEmpty(), example.name()));
    }
}
