package org.homeward.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The population groups of the ontology's concept scheme {@code hwpop:scheme}. */
public enum Population {
    CHILDREN("children"),
    ORPHANS("orphans"),
    WOMEN("women"),
    MEN("men"),
    FAMILIES("families"),
    CITIZENS("citizens"),
    REFUGEES("refugees"),
    INTERNALLY_DISPLACED_PERSONS("internally-displaced-persons"),
    MIGRANTS("migrants"),
    ASYLUM_SEEKERS("asylum-seekers"),
    DETAINEES("detainees"),
    FOREIGN_FIGHTERS("foreign-fighters"),
    PEOPLE("people");

    private final String slug;

    Population(String slug) {
        this.slug = slug;
    }

    /** The concept's local name, also its JSON form. */
    @JsonValue
    public String slug() {
        return slug;
    }

    /** The population whose slug this is ("internally-displaced-persons"). */
    public static Population ofSlug(String slug) {
        for (Population p : values()) {
            if (p.slug.equals(slug)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no population '" + slug + "'");
    }
}
