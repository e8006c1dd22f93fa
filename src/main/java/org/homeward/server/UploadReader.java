package org.homeward.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.homeward.io.SourceEntry;
import org.homeward.store.DocumentUpload;

/**
 * Reads the documents sent to {@code POST /homeward/documents}, in one of three forms:
 * <ul>
 *   <li>{@code text/plain}: the body is the text; the query parameters {@code name} (the file name) and
 *       {@code metadata} (the sidecar JSON) are optional;</li>
 *   <li>{@code multipart/form-data}: a part {@code text} (its file name names the document) and optional
 *       parts {@code metadata} (the sidecar JSON) and {@code name}; several {@code text} parts make a batch,
 *       each followed by its own {@code metadata} and {@code name};</li>
 *   <li>JSON Lines ({@code application/x-ndjson} or {@code application/jsonl}): a batch, one document a line,
 *       as {@link JsonLinesReader} reads it.</li>
 * </ul>
 * A document without a name is called after its text's SHA-256, as {@code <first 16 hex digits>.txt}.
 */
final class UploadReader {

    private static final String TEXT = "text";
    private static final String METADATA = "metadata";
    private static final String NAME = "name";

    private UploadReader() {}

    /** The documents the request carries, one or a batch; a malformed request ends the action with 400 or 415. */
    static List<SourceEntry> read(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("text/plain")) {
                return List.of(plain(request));
            }
            if (type.startsWith("multipart/form-data")) {
                return multipart(request);
            }
            if (JsonLinesReader.accepts(type)) {
                return JsonLinesReader.read(request.getInputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "HW-E064 send the text as text/plain, text and "
                + "metadata as multipart/form-data, or a batch as multipart/form-data or application/x-ndjson");
        return null;
    }

    private static SourceEntry plain(HttpServletRequest request) throws IOException {
        byte[] text = request.getInputStream().readAllBytes();
        String metadata = request.getParameter(METADATA);
        byte[] sidecar = metadata == null ? null : metadata.getBytes(StandardCharsets.UTF_8);
        return DocumentUpload.read(DocumentUpload.nameOr(request.getParameter(NAME), text), text, sidecar);
    }

    private static List<SourceEntry> multipart(HttpServletRequest request) throws IOException {
        List<Parts> documents = new ArrayList<>();
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                byte[] content = part.getInputStream().readAllBytes();
                // A text part after one that already has a text begins the next document of a batch.
                if (documents.isEmpty() || (TEXT.equals(part.getFieldName()) && last(documents).text != null)) {
                    documents.add(new Parts());
                }
                Parts document = last(documents);
                switch (part.getFieldName()) {
                    case TEXT -> {
                        document.text = content;
                        document.name = document.name == null ? fileName(part.getName()) : document.name;
                    }
                    case METADATA -> document.sidecar = content;
                    case NAME -> document.name = new String(content, StandardCharsets.UTF_8).strip();
                    default -> ServletOps.errorBadRequest("HW-E064 unknown part '" + part.getFieldName()
                            + "' (the parts are text, metadata and name)");
                }
            }
        } catch (FileUploadException e) {
            ServletOps.errorBadRequest("HW-E064 malformed multipart body: " + e.getMessage());
        }
        if (documents.isEmpty() || documents.stream().anyMatch(document -> document.text == null)) {
            ServletOps.errorBadRequest("HW-E064 the multipart body has no part 'text'");
        }
        return documents.stream()
                .map(document -> DocumentUpload.read(DocumentUpload.nameOr(document.name, document.text), document.text,
                        document.sidecar))
                .toList();
    }

    private static Parts last(List<Parts> documents) {
        return documents.get(documents.size() - 1);
    }

    /** The parts of one document of a multipart body. */
    private static final class Parts {
        private byte[] text;
        private byte[] sidecar;
        private String name;
    }

    /** The last segment of a submitted file name: some browsers send the whole path. */
    private static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return null;
        }
        String name = submitted.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
