package org.homeward.store;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.homeward.extract.TextHash;
import org.homeward.io.DocumentSource;
import org.homeward.io.SourceEntry;

/**
 * Reads a document that arrives as bytes rather than as files, such as over HTTP or in a record of a batch,
 * with exactly the checks and error messages of {@link DocumentSource}; its file is the bare name.
 */
public final class DocumentUpload {

    /** A plain file name: no directories, no leading dot, ending in {@code .txt}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.txt");

    private DocumentUpload() {}

    /** Whether {@code name} may name an uploaded document. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The name given, or, if there is none, one made from the text's hash. */
    public static String nameOr(String name, byte[] text) {
        return name != null && !name.isBlank() ? name : TextHash.sha256(text).substring(0, 16) + ".txt";
    }

    /** The document {@code name} with its text and, unless null, its sidecar JSON. */
    public static SourceEntry read(String name, byte[] text, byte[] sidecar) {
        if (!isValidName(name)) {
            return new SourceEntry.Failed(Path.of("upload"), "HW-E065 '" + name
                    + "': a document name is a plain file name ending in .txt (letters, digits, '.', '_', '-')");
        }
        return DocumentSource.read(Path.of(name), text, sidecar);
    }
}
