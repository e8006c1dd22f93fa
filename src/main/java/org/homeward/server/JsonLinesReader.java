package org.homeward.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.homeward.io.SourceEntry;
import org.homeward.store.DocumentUpload;

/**
 * Reads a batch of documents sent as JSON Lines: one JSON object a line, {@code {"name": "a.txt", "text": "...",
 * "metadata": {...}}}, where {@code text} is required and {@code metadata} is the sidecar object. Blank lines
 * are skipped; anything else that is not such an object ends the request with 400.
 */
final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "text", "metadata");

    private JsonLinesReader() {}

    /** Whether a content type is JSON Lines. */
    static boolean accepts(String contentType) {
        return contentType.startsWith("application/x-ndjson") || contentType.startsWith("application/jsonl")
                || contentType.startsWith("application/jsonlines");
    }

    /** The documents of the body, in order. */
    static List<SourceEntry> read(InputStream body) throws IOException {
        List<SourceEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                entries.add(document(line, number));
            }
        }
        if (entries.isEmpty()) {
            ServletOps.errorBadRequest("HW-E064 the JSON Lines body holds no document");
        }
        return entries;
    }

    private static SourceEntry document(String line, int number) {
        JsonNode object = null;
        try {
            object = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            ServletOps.errorBadRequest("HW-E064 line " + number + ": not JSON: " + e.getOriginalMessage());
        }
        if (object == null || !object.isObject() || !object.path("text").isTextual()) {
            ServletOps.errorBadRequest("HW-E064 line " + number + ": not an object with a string \"text\"");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                ServletOps.errorBadRequest("HW-E064 line " + number + ": unknown field \"" + field
                        + "\" (the fields are name, text and metadata)");
            }
        }
        byte[] text = object.get("text").asText().getBytes(StandardCharsets.UTF_8);
        JsonNode metadata = object.get("metadata");
        byte[] sidecar = metadata == null || metadata.isNull() ? null : metadata.toString().getBytes(StandardCharsets.UTF_8);
        String name = object.path("name").isTextual() ? object.get("name").asText() : null;
        return DocumentUpload.read(DocumentUpload.nameOr(name, text), text, sidecar);
    }
}
