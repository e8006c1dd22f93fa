package org.homeward.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.SampleAnnotations;
import org.homeward.model.Article;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.DocumentAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws IOException {
        // given
        DocumentAnnotations annotations = SampleAnnotations.annotations();
        Path file = dir.resolve("000_example.json");

        // when
        AnnotationJson.write(annotations, file);

        // then
        assertEquals(annotations, AnnotationJson.read(file));
    }

    @Test
    void leavesOutAbsentValuesAndReadsThemBackAsAbsent() throws IOException {
        // given annotations with no facts, no run and unknown metadata
        Article article = new Article("a.txt", SampleAnnotations.SHA, 10, ArticleMetadata.UNKNOWN, List.of(), null,
                null, List.of());
        DocumentAnnotations bare = new DocumentAnnotations(DocumentAnnotations.FORMAT, article, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Path file = dir.resolve("a.json");

        // when
        AnnotationJson.write(bare, file);

        // then
        String json = Files.readString(file);
        assertFalse(json.contains("null") || json.contains("[ ]") || json.contains("statistics"), json);
        assertEquals(bare, AnnotationJson.read(file));
    }

    @Test
    void refusesUnknownFields() throws IOException {
        // given
        Path file = dir.resolve("odd.json");
        Files.writeString(file, "{\"format\": \"homeward-annotations/1\", \"surprise\": 1}");

        // when / then
        assertThrows(IOException.class, () -> AnnotationJson.read(file));
    }
}
