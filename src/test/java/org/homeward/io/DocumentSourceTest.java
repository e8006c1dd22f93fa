package org.homeward.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentSourceTest {

    private static final String TEXT = "VIENNA, February 12. Over 150 children have returned.";

    @TempDir
    Path dir;

    private Map<String, SourceEntry> entries;

    @BeforeEach
    void readABatchWithEveryKindOfProblem() throws IOException, FileException {
        write("001_good.txt", TEXT);
        write("001_good.json",
                "{\"publisher\": \"TASS\", \"published\": \"2020-02-12\", \"url\": \"https://tass.com/x\"}");
        write("002_bare.txt", TEXT);
        write("002_bare.gold.json", "{}"); // gold annotations of an evaluation set: neither sidecar nor orphan
        write("003_broken.txt", TEXT);
        write("003_broken.json", "{\"publisher\": \"TASS\",");
        write("004_baddate.txt", TEXT);
        write("004_baddate.json", "{\"published\": \"12 February 2020\"}");
        write("005_badurl.txt", TEXT);
        write("005_badurl.json", "{\"url\": \"tass.com/x\"}");
        write("006_unknown.txt", TEXT);
        write("006_unknown.json", "{\"author\": \"A. Writer\"}");
        Files.write(dir.resolve("007_latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        write("008_empty.txt", " \n\t ");
        write("009_orphan.json", "{}");
        write("notes.md", "not a document");
        entries = DocumentSource.read(dir).stream()
                .collect(Collectors.toMap(e -> e.file().getFileName().toString(), Function.identity()));
    }

    @Test
    void readsTheGoodDocumentWithItsSidecar() {
        // when
        Document document = loaded("001_good.txt");

        // then
        assertEquals("001_good.txt", document.identifier());
        assertEquals(TEXT, document.text());
        assertEquals(new ArticleMetadata(null, "TASS", "2020-02-12", "https://tass.com/x", null), document.metadata());
    }

    @Test
    void readsADocumentWithoutSidecarAsUnknownMetadata() {
        assertEquals(ArticleMetadata.UNKNOWN, loaded("002_bare.txt").metadata());
    }

    @Test
    void listsOneEntryPerFileInNameOrder() throws FileException {
        // when
        List<String> names = DocumentSource.read(dir).stream().map(e -> e.file().getFileName().toString()).toList();

        // then
        assertEquals(List.of("001_good.txt", "002_bare.txt", "003_broken.json", "004_baddate.json",
                "005_badurl.json", "006_unknown.json", "007_latin1.txt", "008_empty.txt", "009_orphan.json"), names);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("003_broken.json", "HW-E002", "sidecar is not valid JSON"),
                Arguments.of("004_baddate.json", "HW-E004", "'published' is not an ISO date"),
                Arguments.of("005_badurl.json", "HW-E004", "'url' is not an absolute http(s) URL"),
                Arguments.of("006_unknown.json", "HW-E003", "unknown field 'author'"),
                Arguments.of("007_latin1.txt", "HW-E006", "not valid UTF-8 (malformed byte at offset 3)"),
                Arguments.of("008_empty.txt", "HW-E007", "text is empty"),
                Arguments.of("009_orphan.json", "HW-E005", "has no matching 009_orphan.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void reportsAFailureNamingTheFileAndTheError(String file, String errorId, String problem) {
        // when
        SourceEntry.Failed failed = assertInstanceOf(SourceEntry.Failed.class, entries.get(file));

        // then
        String message = failed.message();
        assertTrue(message.startsWith(errorId + " " + dir.resolve(file) + ": "), message);
        assertTrue(message.contains(problem), message);
    }

    @ParameterizedTest(name = "U+{0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0x00, 0x01, 0x1B, 0x7F, 0x85})
    void refusesATextWithAControlCharacterByOffsetAndLine(int control) throws IOException {
        Path text = dir.resolve("control.txt");
        Files.writeString(text, "Forty children\nwere " + (char) control + "returned.");

        SourceEntry.Failed failed = assertInstanceOf(SourceEntry.Failed.class, DocumentSource.readDocument(text));

        assertTrue(failed.message().startsWith("HW-E009 " + text + ": text holds the control character U+"
                + String.format("%04X", control) + " at offset 20 (line 2)"), failed.message());
    }

    @Test
    void keepsTabsLineFeedsAndCarriageReturns() throws IOException {
        Path text = dir.resolve("white.txt");
        Files.writeString(text, "Forty\tchildren\r\nwere returned.");

        assertInstanceOf(SourceEntry.Loaded.class, DocumentSource.readDocument(text));
    }

    @Test
    void refusesASidecarValueWithAControlCharacter() throws IOException {
        Path text = dir.resolve("titled.txt");
        Files.writeString(text, "Forty children were returned.");
        Files.writeString(dir.resolve("titled.json"), "{ \"title\": \"Forty\\u0000children\" }");

        SourceEntry.Failed failed = assertInstanceOf(SourceEntry.Failed.class, DocumentSource.readDocument(text));

        assertTrue(failed.message().startsWith("HW-E009 " + dir.resolve("titled.json")
                + ": sidecar field 'title' holds the control character U+0000 at offset 5"), failed.message());
    }

    @Test
    void refusesADirectoryWithoutDocuments() throws IOException {
        // given
        Path empty = Files.createDirectory(dir.resolve("empty"));

        // when
        FileException e = assertThrows(FileException.class, () -> DocumentSource.read(empty));

        // then
        assertTrue(e.getMessage().startsWith("HW-E001 " + empty + ": "), e.getMessage());
    }

    @Test
    void readsASingleTextFile() throws FileException {
        // when
        List<SourceEntry> single = DocumentSource.read(dir.resolve("001_good.txt"));

        // then
        assertEquals(1, single.size());
        Document document = assertInstanceOf(SourceEntry.Loaded.class, single.get(0)).document();
        assertEquals("TASS", document.metadata().publisher());
    }

    private Document loaded(String file) {
        return assertInstanceOf(SourceEntry.Loaded.class, entries.get(file)).document();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
