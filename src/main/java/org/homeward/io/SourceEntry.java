package org.homeward.io;

import java.nio.file.Path;
import org.homeward.model.Document;

/** One input file as read: a document, or the reason it could not be read. */
public sealed interface SourceEntry permits SourceEntry.Loaded, SourceEntry.Failed {

    /** The file this entry is about. */
    Path file();

    /** A document read from its text file and, if there is one, its sidecar. */
    record Loaded(Path file, Document document) implements SourceEntry {}

    /** A file that yields no document; the message starts with an error id and names the file. */
    record Failed(Path file, String message) implements SourceEntry {}
}
