package org.homeward.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.io.DocumentSource;
import org.homeward.io.FileException;
import org.homeward.io.SourceEntry;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a corpus to disk, in the layout the input reader reads. */
class CorpusWriterTest {

    private static final int DOCS = 40;

    @TempDir
    Path dir;

    @Test
    void theInputReaderLoadsEveryWrittenArticleAsGenerated() throws FileException {
        CorpusGenerator corpus = CorpusGenerator.of(7);
        Path out = dir.resolve("corpus");

        CorpusSummary summary = CorpusWriter.write(corpus, DOCS, out);
        List<SourceEntry> entries = DocumentSource.read(out);

        assertEquals(DOCS, summary.documents());
        assertEquals(DOCS, entries.size());
        for (int i = 0; i < DOCS; i++) {
            SourceEntry.Loaded loaded = assertInstanceOf(SourceEntry.Loaded.class, entries.get(i), entries.get(i)::toString);
            assertEquals(corpus.article(i), loaded.document());
        }
    }

    @Test
    void sidecarsAreWrittenOnlyForArticlesWithMetadata() throws FileException, IOException {
        CorpusGenerator corpus = CorpusGenerator.of(7);

        CorpusWriter.write(corpus, DOCS, dir);

        long withMetadata = IntStream.range(0, DOCS)
                .filter(i -> !corpus.article(i).metadata().equals(ArticleMetadata.UNKNOWN)).count();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(withMetadata, files.filter(f -> f.toString().endsWith(".json")).count());
        }
    }

    @Test
    void theSummaryCountsCharactersAndWords() throws FileException {
        CorpusGenerator corpus = CorpusGenerator.of(7);
        List<Document> documents = IntStream.range(0, DOCS).mapToObj(corpus::article).toList();

        CorpusSummary summary = CorpusWriter.write(corpus, DOCS, dir);

        assertEquals(documents.stream().mapToLong(d -> d.text().length()).sum(), summary.characters());
        assertEquals(documents.stream().mapToLong(d -> Words.count(d.text())).sum(), summary.words());
    }

    @Test
    void aDirectoryThatAlreadyHoldsDocumentsIsRefused() throws IOException {
        Files.writeString(dir.resolve("0000000_old.txt"), "An earlier corpus.");

        FileException e = assertThrows(FileException.class, () -> CorpusWriter.write(CorpusGenerator.of(7), 3, dir));

        assertTrue(e.getMessage().startsWith("HW-E070 " + dir), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
