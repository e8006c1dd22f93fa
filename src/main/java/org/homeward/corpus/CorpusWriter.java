package org.homeward.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.io.FileException;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;

/**
 * Writes a synthetic corpus into a directory: each article as {@code NNNNNNN_slug.txt} and, if it has
 * metadata, a sidecar {@code NNNNNNN_slug.json}, the layout {@link org.homeward.io.DocumentSource} reads.
 * Articles are generated and written in parallel; each is independent of the others.
 */
public final class CorpusWriter {

    private static final String TEXT = ".txt";
    private static final String SIDECAR = ".json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // An unknown field is left out of the sidecar, never written as null.
            .defaultPropertyInclusion(JsonInclude.Value.construct(Include.NON_NULL, Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CorpusWriter() {}

    /** Writes articles 0 to {@code docs - 1} into {@code dir}, created if need be, which must hold no .txt yet. */
    public static CorpusSummary write(CorpusGenerator generator, int docs, Path dir) throws FileException {
        if (docs < 0 || docs > CorpusGenerator.MAX_INDEX + 1) {
            throw new IllegalArgumentException("corpus size " + docs + " is outside 0.." + (CorpusGenerator.MAX_INDEX + 1));
        }
        prepare(dir);
        try {
            return IntStream.range(0, docs).parallel()
                    .mapToObj(i -> write(generator.article(i), dir))
                    .reduce(CorpusSummary.EMPTY, CorpusSummary::plus);
        } catch (UncheckedIOException e) {
            throw new FileException("HW-E071", dir, "cannot write the corpus: " + e.getCause().getMessage());
        }
    }

    private static CorpusSummary write(Document document, Path dir) {
        String name = document.identifier();
        try {
            Files.writeString(dir.resolve(name), document.text(), StandardCharsets.UTF_8);
            if (!document.metadata().equals(ArticleMetadata.UNKNOWN)) {
                String sidecar = name.substring(0, name.length() - TEXT.length()) + SIDECAR;
                Files.write(dir.resolve(sidecar), MAPPER.writeValueAsBytes(document.metadata()));
            }
            return CorpusSummary.of(document.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus is written only into a directory without documents, so two corpora never mix. */
    private static void prepare(Path dir) throws FileException {
        boolean holdsDocuments;
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                holdsDocuments = files.anyMatch(f -> f.getFileName().toString().endsWith(TEXT));
            }
        } catch (IOException e) {
            throw new FileException("HW-E071", dir, "cannot create or list the corpus directory: " + e);
        }
        if (holdsDocuments) {
            throw new FileException("HW-E070", dir,
                    "directory already holds .txt documents; write the corpus to an empty or new directory");
        }
    }
}
