package org.homeward.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a number is hedged in the text: the concept scheme {@code hwq:scheme}. */
public enum Qualifier {
    EXACTLY("exactly"),
    APPROXIMATELY("approximately"),
    MORE_THAN("more-than"),
    AT_LEAST("at-least"),
    NEARLY("nearly"),
    UP_TO("up-to"),
    FEWER_THAN("fewer-than");

    private final String slug;

    Qualifier(String slug) {
        this.slug = slug;
    }

    /** The concept's local name, also its JSON form. */
    @JsonValue
    public String slug() {
        return slug;
    }
}
