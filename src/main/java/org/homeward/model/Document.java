package org.homeward.model;

import java.util.Objects;

/**
 * One input document: its identifier (the file name), its text exactly as stored, and its metadata.
 */
public record Document(String identifier, String text, ArticleMetadata metadata) {

    /** Requires an identifier and a text; missing metadata means unknown. */
    public Document {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? ArticleMetadata.UNKNOWN : metadata;
    }
}
