package org.homeward.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.homeward.io.DocumentSource;
import org.homeward.io.SourceEntry;

/**
 * Reads a document that arrives as bytes rather than as files, such as over HTTP, with exactly the checks
 * and error messages of {@link DocumentSource}: the text and its sidecar are staged as files in a private
 * temporary directory, read there, and deleted.
 */
public final class DocumentUpload {

    /** A plain file name: no directories, no leading dot, ending in {@code .txt}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.txt");

    private DocumentUpload() {}

    /** Whether {@code name} may name an uploaded document. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * The document {@code name} with its text and, unless null, its sidecar JSON; its file is the bare name,
     * and a failure's message names that, not the staging directory.
     */
    public static SourceEntry read(String name, byte[] text, byte[] sidecar) {
        if (!isValidName(name)) {
            return new SourceEntry.Failed(Path.of("upload"), "HW-E065 '" + name
                    + "': a document name is a plain file name ending in .txt (letters, digits, '.', '_', '-')");
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory("homeward-upload");
            Path textFile = Files.write(staging.resolve(name), text);
            if (sidecar != null) {
                Files.write(staging.resolve(name.substring(0, name.length() - ".txt".length()) + ".json"), sidecar);
            }
            return unstaged(DocumentSource.readDocument(textFile), staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage an uploaded document", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static SourceEntry unstaged(SourceEntry entry, Path staging) {
        Path file = staging.relativize(entry.file());
        if (entry instanceof SourceEntry.Loaded loaded) {
            return new SourceEntry.Loaded(file, loaded.document());
        }
        String prefix = staging + staging.getFileSystem().getSeparator();
        return new SourceEntry.Failed(file, ((SourceEntry.Failed) entry).message().replace(prefix, ""));
    }

    private static void deleteQuietly(Path staging) {
        if (staging == null) {
            return;
        }
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            // A leftover in the temporary directory is harmless; the upload itself has been read.
        }
    }
}
