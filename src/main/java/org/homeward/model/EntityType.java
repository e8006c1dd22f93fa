package org.homeward.model;

/** The kinds of entity the extractor recognises: named ones, and sources a document describes without naming. */
public enum EntityType {
    PERSON("person"),
    ORGANISATION("organisation"),
    COUNTRY("country"),
    PLACE("place"),
    /** A source the document describes but does not name ("officials", "Iraqi officials"), known only within it. */
    SOURCE("source");

    private final String slug;

    EntityType(String slug) {
        this.slug = slug;
    }

    /** The path segment of this type's resource IRIs (for a source, under its article's). */
    public String slug() {
        return slug;
    }
}
