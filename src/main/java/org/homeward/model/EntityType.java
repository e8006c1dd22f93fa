package org.homeward.model;

/** The kinds of named entity the extractor recognises. */
public enum EntityType {
    PERSON("person"),
    ORGANISATION("organisation"),
    COUNTRY("country"),
    PLACE("place");

    private final String slug;

    EntityType(String slug) {
        this.slug = slug;
    }

    /** The path segment of this type's resource IRIs. */
    public String slug() {
        return slug;
    }
}
