package org.homeward.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.DocumentAnnotations;

/** The annotation JSON files and the sidecar metadata files, read and written with one configured mapper. */
public final class AnnotationJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Absent and empty values are left out, so a file shows only what was found.
            .defaultPropertyInclusion(JsonInclude.Value.construct(Include.NON_EMPTY, Include.NON_EMPTY))
            // ...and an absent list reads back as the empty list it was; other absent values stay null.
            .withConfigOverride(List.class, list -> list.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            // Records' helper methods such as Period.isUnknown() are not fields of the format.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AnnotationJson() {}

    /** Writes one document's annotations to a file. */
    public static void write(DocumentAnnotations annotations, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), annotations);
    }

    /** Reads one document's annotations; unknown fields are an error. */
    public static DocumentAnnotations read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), DocumentAnnotations.class);
    }

    /** Reads a sidecar's metadata from its bytes; unknown fields are an error. */
    static ArticleMetadata readMetadata(byte[] json) throws IOException {
        return MAPPER.readValue(json, ArticleMetadata.class);
    }
}
