package org.homeward.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * Reads a document sent to {@code POST /homeward/documents}, in one of two forms:
 * <ul>
 *   <li>{@code text/plain}: the body is the text; the query parameters {@code name} (the file name) and
 *       {@code metadata} (the sidecar JSON) are optional;</li>
 *   <li>{@code multipart/form-data}: a part {@code text} (its file name names the document) and optional
 *       parts {@code metadata} (the sidecar JSON) and {@code name}.</li>
 * </ul>
 * A document without a name is called after its text's SHA-256, as {@code <first 16 hex digits>.txt}.
 */
final class UploadReader {

    private static final String TEXT = "text";
    private static final String METADATA = "metadata";
    private static final String NAME = "name";

    private UploadReader() {}

    /** The document the request carries; a malformed request ends the action with 400 or 415. */
    static SourceEntry read(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("text/plain")) {
                return plain(request);
            }
            if (type.startsWith("multipart/form-data")) {
                return multipart(request);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415,
                "HW-E064 send the text as text/plain, or text and metadata as multipart/form-data");
        return null;
    }

    private static SourceEntry plain(HttpServletRequest request) throws IOException {
        byte[] text = request.getInputStream().readAllBytes();
        String metadata = request.getParameter(METADATA);
        byte[] sidecar = metadata == null ? null : metadata.getBytes(StandardCharsets.UTF_8);
        return DocumentUpload.read(nameOr(request.getParameter(NAME), text), text, sidecar);
    }

    private static SourceEntry multipart(HttpServletRequest request) throws IOException {
        byte[] text = null;
        byte[] sidecar = null;
        String name = null;
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                byte[] content = part.getInputStream().readAllBytes();
                switch (part.getFieldName()) {
                    case TEXT -> {
                        text = content;
                        name = name == null ? fileName(part.getName()) : name;
                    }
                    case METADATA -> sidecar = content;
                    case NAME -> name = new String(content, StandardCharsets.UTF_8).strip();
                    default -> ServletOps.errorBadRequest("HW-E064 unknown part '" + part.getFieldName()
                            + "' (the parts are text, metadata and name)");
                }
            }
        } catch (FileUploadException e) {
            ServletOps.errorBadRequest("HW-E064 malformed multipart body: " + e.getMessage());
        }
        if (text == null) {
            ServletOps.errorBadRequest("HW-E064 the multipart body has no part 'text'");
        }
        return DocumentUpload.read(nameOr(name, text), text, sidecar);
    }

    /** The last segment of a submitted file name: some browsers send the whole path. */
    private static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return null;
        }
        String name = submitted.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String nameOr(String name, byte[] text) {
        return name != null && !name.isBlank() ? name : sha256(text).substring(0, 16) + ".txt";
    }

    /** The hash of the bytes as sent; for UTF-8 text it is the document's own hash. */
    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
