package org.homeward.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.map.TemporalLiterals;
import org.homeward.model.ArticleMetadata;
import org.homeward.model.Document;

/**
 * Reads input documents: each {@code name.txt} with its optional sidecar {@code name.json}. A file that
 * cannot be read becomes a {@link SourceEntry.Failed} and the rest of the batch is still read.
 */
public final class DocumentSource {

    private static final String TEXT = ".txt";
    private static final String SIDECAR = ".json";
    private static final String GOLD = ".gold.json";

    private DocumentSource() {}

    /** The documents of a directory (every {@code *.txt}, sorted by name) or of a single {@code .txt} file. */
    public static List<SourceEntry> read(Path input) throws FileException {
        if (Files.isRegularFile(input) && isText(input)) {
            return List.of(readDocument(input));
        }
        if (!Files.isDirectory(input)) {
            throw new FileException("HW-E001", input, "input is neither a directory nor a .txt file");
        }
        List<Path> files = list(input);
        if (files.stream().noneMatch(DocumentSource::isText)) {
            throw new FileException("HW-E001", input, "directory contains no .txt documents");
        }
        List<SourceEntry> entries = new ArrayList<>();
        for (Path file : files) {
            if (isText(file)) {
                entries.add(readDocument(file));
            } else if (isSidecar(file) && !Files.exists(textOf(file))) {
                entries.add(orphanSidecar(file));
            }
        }
        return List.copyOf(entries);
    }

    /** A sidecar without a text of its own name: an error of its own, the batch goes on. */
    public static SourceEntry orphanSidecar(Path sidecar) {
        return new SourceEntry.Failed(
                sidecar, "HW-E005 " + sidecar + ": sidecar has no matching " + textOf(sidecar).getFileName());
    }

    /** One document from its text file and, if present, its sidecar. */
    public static SourceEntry readDocument(Path text) {
        try {
            byte[] bytes = readBytes(text);
            Path sidecar = sidecarOf(text);
            return read(text, bytes, Files.exists(sidecar) ? readBytes(sidecar) : null);
        } catch (FileException problem) {
            return new SourceEntry.Failed(problem.file(), problem.getMessage());
        }
    }

    /**
     * One document from the bytes of its text and of its sidecar ({@code null} if it has none), with the checks
     * and messages of a file: {@code text} names it, and its sidecar is named as if it stood beside it.
     */
    public static SourceEntry read(Path text, byte[] content, byte[] sidecarContent) {
        try {
            String decoded = decode(text, content);
            if (decoded.isBlank()) {
                throw new FileException("HW-E007", text, "text is empty");
            }
            int control = ControlCharacters.firstIn(decoded);
            if (control >= 0) {
                throw new FileException("HW-E009", text, "text holds the control character "
                        + ControlCharacters.name(decoded, control) + " at offset " + control + " (line "
                        + ControlCharacters.line(decoded, control) + "); only tab, line feed and carriage return are"
                        + " allowed");
            }
            ArticleMetadata metadata = sidecarContent == null ? ArticleMetadata.UNKNOWN
                    : metadata(sidecarOf(text), sidecarContent);
            return new SourceEntry.Loaded(text, new Document(text.getFileName().toString(), decoded, metadata));
        } catch (FileException problem) {
            return new SourceEntry.Failed(problem.file(), problem.getMessage());
        }
    }

    private static List<Path> list(Path directory) throws FileException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new FileException("HW-E008", directory, "cannot list directory: " + e.getMessage());
        }
    }

    /** The text, decoded as strict UTF-8: a malformed byte is an error, never a replacement character. */
    private static String decode(Path text, byte[] bytes) throws FileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new FileException(
                    "HW-E006", text, "text is not valid UTF-8 (malformed byte at offset " + in.position() + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static byte[] readBytes(Path file) throws FileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileException("HW-E008", file, "cannot read: " + e.getMessage());
        }
    }

    private static ArticleMetadata metadata(Path sidecar, byte[] json) throws FileException {
        ArticleMetadata metadata;
        try {
            metadata = AnnotationJson.readMetadata(json);
        } catch (UnrecognizedPropertyException e) {
            throw new FileException("HW-E003", sidecar, "sidecar has unknown field '" + e.getPropertyName()
                    + "' (known fields: title, publisher, published, url, language)");
        } catch (JsonProcessingException e) {
            throw new FileException("HW-E002", sidecar, "sidecar is not valid JSON: " + describe(e));
        } catch (IOException e) {
            throw new FileException("HW-E008", sidecar, "cannot read: " + e.getMessage());
        }
        if (metadata == null) {
            throw new FileException("HW-E002", sidecar, "sidecar is not valid JSON: expected an object, found null");
        }
        check(metadata, sidecar);
        return metadata;
    }

    private static void check(ArticleMetadata metadata, Path sidecar) throws FileException {
        checkControls(sidecar, "title", metadata.title());
        checkControls(sidecar, "publisher", metadata.publisher());
        checkControls(sidecar, "published", metadata.published());
        checkControls(sidecar, "url", metadata.url());
        checkControls(sidecar, "language", metadata.language());
        String published = metadata.published();
        if (published != null && TemporalLiterals.datatypeOf(published).isEmpty()) {
            throw new FileException("HW-E004", sidecar, "sidecar field 'published' is not an ISO date"
                    + " (yyyy-MM-dd, yyyy-MM or yyyy): '" + published + "'");
        }
        if (metadata.url() != null && !isWebAddress(metadata.url())) {
            throw new FileException("HW-E004", sidecar, "sidecar field 'url' is not an absolute http(s) URL: '"
                    + metadata.url() + "'");
        }
    }

    private static void checkControls(Path sidecar, String field, String value) throws FileException {
        int control = value == null ? -1 : ControlCharacters.firstIn(value);
        if (control >= 0) {
            throw new FileException("HW-E009", sidecar, "sidecar field '" + field + "' holds the control character "
                    + ControlCharacters.name(value, control) + " at offset " + control
                    + "; only tab, line feed and carriage return are allowed");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return e.getOriginalMessage() + where;
    }

    private static boolean isText(Path file) {
        return isTextName(file.getFileName().toString());
    }

    /** Whether a file of this name, or path, is a document's text. */
    public static boolean isTextName(String name) {
        return name.endsWith(TEXT);
    }

    private static boolean isSidecar(Path file) {
        return isSidecarName(file.getFileName().toString());
    }

    /**
     * Whether a file of this name, or path, is a sidecar: a {@code .json} beside the texts, except gold
     * annotations ({@code name.gold.json}) of an evaluation set.
     */
    public static boolean isSidecarName(String name) {
        return name.endsWith(SIDECAR) && !name.endsWith(GOLD);
    }

    /** The name, or path, of the text that a sidecar of this name or path belongs to. */
    public static String textNameOf(String sidecar) {
        return sidecar.substring(0, sidecar.length() - SIDECAR.length()) + TEXT;
    }

    private static Path sidecarOf(Path text) {
        String name = text.getFileName().toString();
        return text.resolveSibling(name.substring(0, name.length() - TEXT.length()) + SIDECAR);
    }

    private static Path textOf(Path sidecar) {
        return sidecar.resolveSibling(textNameOf(sidecar.getFileName().toString()));
    }
}
